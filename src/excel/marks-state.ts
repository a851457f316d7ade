/**
 * What marking reads before it changes anything: the sheets, the marks recorded in the very
 * hidden helper sheet, each sheet's protection and the fills of the cells to mark, in as few
 * syncs as the budget allows, on untracked ranges (src/excel/read-blocks.ts).
 */
import { actionBytes, objectBytes, rangeBytes } from "./batch";
import type { Capabilities } from "./capabilities";
import { loadBytes, readRange, syncLoads, type Load } from "./read-blocks";

export const MARKS_SHEET = "_cchc_danh_dau";

export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  /** Fill before marking; "" for none. */
  readonly original: string;
  /** Worksheet.id of the marked sheet; "" in marks written before ids were kept. */
  readonly sheetId: string;
}

export interface Target {
  readonly sheet: string;
  readonly cell: string;
}

export interface SheetState {
  readonly ws: Excel.Worksheet;
  readonly id: string;
  readonly visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  /** Loaded when the host has worksheet protection (ExcelApi 1.2). */
  readonly protection: { readonly protected: boolean; readonly options: Excel.WorksheetProtectionOptions } | undefined;
}

export interface Loaded {
  readonly sheets: ReadonlyMap<string, SheetState>;
  /** Recorded marks whose sheet is still the one marked. */
  readonly previous: readonly Mark[];
  /** The targets' fills now, by "sheet!cell". */
  readonly fills: ReadonlyMap<string, string>;
}

/** What one of the state's loads answers. */
type Part =
  | { readonly kind: "protection"; readonly sheet: string; readonly value: NonNullable<SheetState["protection"]> }
  | { readonly kind: "recorded"; readonly rows: readonly (readonly unknown[])[] }
  | { readonly kind: "fill"; readonly key: string; readonly color: string };

/** The helper sheet's rows in a response: about a sheet name, a cell, a colour and an id (a guess; a refusal says otherwise). */
const RECORDED_RESPONSE_BYTES = 200_000;

const WHOLE_PROTECTION = ["protected", "options"];

function protectionLoad(name: string, s: { ws: Excel.Worksheet; id: string }): Load<Part> {
  return {
    ws: s.ws,
    sheetId: s.id,
    request: objectBytes("Protection") + actionBytes("", [WHOLE_PROTECTION]),
    response: 400,
    queue: () => {
      const p = s.ws.protection.load(WHOLE_PROTECTION);
      return () => protectionPart(name, p);
    },
    halve: () => undefined,
  };
}

function protectionPart(sheet: string, p: Excel.WorksheetProtection): Part {
  return { kind: "protection", sheet, value: { protected: p.protected, options: p.options } };
}

function recordedLoad(s: { ws: Excel.Worksheet; id: string }, valuesOnly: boolean): Load<Part> {
  return {
    ws: s.ws,
    sheetId: s.id,
    request: loadBytes("GetUsedRange", valuesOnly ? [true] : [], ["values"]),
    response: RECORDED_RESPONSE_BYTES,
    queue: () => {
      const used = valuesOnly ? s.ws.getUsedRange(true) : s.ws.getUsedRange();
      s.ws.context.trackedObjects.remove(used);
      used.load("values");
      return () => recordedPart(used);
    },
    halve: () => undefined,
  };
}

function recordedPart(used: Excel.Range): Part {
  return { kind: "recorded", rows: used.values };
}

function fillLoad(t: Target, s: { ws: Excel.Worksheet; id: string }): Load<Part> {
  return {
    ws: s.ws,
    sheetId: s.id,
    request: rangeBytes(t.cell) + objectBytes("Format") + objectBytes("Fill") + actionBytes("", [["color"]]),
    response: 60,
    queue: () => {
      const fill = readRange(s.ws, t.cell).format.fill.load("color");
      return () => fillPart(t, fill);
    },
    halve: () => undefined,
  };
}

function fillPart(t: Target, fill: Excel.RangeFill): Part {
  return { kind: "fill", key: `${t.sheet}!${t.cell}`, color: fill.color };
}

/**
 * The sheets (one sync), then the recorded marks, the sheets' protection and the targets' fills
 * (one more, or as many as their requests and responses need within the budget).
 */
export async function loadState(
  context: Excel.RequestContext,
  caps: Capabilities,
  targets: readonly Target[],
  budget: number,
): Promise<Loaded> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/id,items/visibility");
  await context.sync();
  const found = new Map(collection.items.map((ws) => [ws.name, { ws, id: ws.id, visibility: ws.visibility }]));
  const helper = found.get(MARKS_SHEET);
  const loads: Load<Part>[] = [
    ...(helper ? [recordedLoad(helper, caps.usedValuesOnly)] : []),
    ...(caps.protection ? [...found].filter(([name]) => name !== MARKS_SHEET).map(([name, s]) => protectionLoad(name, s)) : []),
    ...targets.flatMap((t) => {
      const s = t.sheet === MARKS_SHEET ? undefined : found.get(t.sheet);
      return s ? [fillLoad(t, s)] : [];
    }),
  ];
  const parts = await syncLoads(context, loads, budget);
  const protections = new Map(parts.flatMap((p) => (p.kind === "protection" ? [[p.sheet, p.value] as const] : [])));
  const sheets = new Map<string, SheetState>([...found].map(([name, s]) => [name, { ...s, protection: protections.get(name) }]));
  const recorded = parts.find((p) => p.kind === "recorded")?.rows ?? [];
  const fills = new Map(parts.flatMap((p) => (p.kind === "fill" ? [[p.key, p.color] as const] : [])));
  return { sheets, previous: recordedMarks(recorded, sheets), fills };
}

/** Marks of the helper sheet whose sheet still exists and is the sheet that was marked. */
function recordedMarks(rows: readonly (readonly unknown[])[], sheets: ReadonlyMap<string, SheetState>): Mark[] {
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  return rows
    .map((r) => ({ sheet: text(r[0]), cell: text(r[1]), original: text(r[2]), sheetId: text(r[3]) }))
    .filter((m) => {
      const sheet = m.sheet && m.cell ? sheets.get(m.sheet) : undefined;
      return sheet !== undefined && (m.sheetId === "" || m.sheetId === sheet.id);
    });
}
