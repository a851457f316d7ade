/**
 * Reading the workbook's template sheets into the core's grids in a fixed number of syncs,
 * whatever the number of units' sheets, until their size forces more: one for the sheet list,
 * one for each sheet's used range (of values only, where the host has it: a sheet formatted down
 * to its last row is not read whole) and first row (the marker and the column keys), one for the
 * cells the reader needs (a marked sheet by its plan, src/core/read/plan.ts: the header rows,
 * column A, codes and entries; any other sheet whole) and whether rows are hidden, and one for
 * the labels of rows whose code names nothing and for the rows a user hid. Each of those reads
 * is split where its request or its response would pass the budget (src/excel/read-blocks.ts),
 * which happens from several hundred units' sheets on.
 *
 * The grids are those the file reader (src/xlsx/read.ts) gives for the same workbook: error
 * values as errors, hidden rows listed, so that both readers find the same issues.
 */
import type { CellValue, SheetGrid } from "../core/grid";
import type { Programme } from "../core/programme/schema";
import { labelRows, readPlan, spans, type ReadPlan } from "../core/read/plan";
import { asCellError } from "../core/read/values";
import { parseReportMarker } from "../core/report/common";
import { parseMarker } from "../core/template/layout";
import { PAYLOAD_BUDGET_BYTES } from "./batch";
import type { Capabilities } from "./capabilities";
import { loadBytes, readBlocks, rowBlocks, syncLoads, type Answer, type Block, type Load } from "./read-blocks";
import type { SheetInfo } from "./sheets";

/**
 * Bytes Office needs per cell in a response, roughly, to split very large reads: a sheet read
 * whole averages about 22 (labels, citations); the cells a plan reads (codes, numbers,
 * statuses, dates, the odd explanation) about 10 in filled templates; a row's label (an area's
 * title, a row a unit added) about 100; an address of a visible row about the sheet's name and
 * 10 more. Should text make a response larger than Excel allows after all, the read is split
 * and asked again.
 */
const BYTES_PER_CELL = { whole: 24, planned: 12, label: 100, probe: 40, address: 12 } as const;

/** A sheet's used range and first row in a response: its four numbers, and a key row of a template's width or so. */
const USED_RESPONSE_BYTES = 600;

export interface WorkbookRead {
  /** Template sheets (and unmarked visible sheets unless `markedOnly`), with their values. */
  readonly sheets: SheetGrid[];
  /** Every sheet's name and visibility, in order. */
  readonly all: SheetInfo[];
  /**
   * Sheets that a consolidation of this add-in wrote (their A1 holds a report marker), with their
   * A1 and used range as read, for reading the report before it is replaced.
   */
  readonly reports: ReportSheetRead[];
}

/** A report sheet as readTemplateSheets found it. */
export interface ReportSheetRead {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  readonly id: string;
  /** Its A1: the report marker. */
  readonly a1: unknown;
  /** Rows and columns from A1 to the used range's last cell. */
  readonly rows: number;
  readonly cols: number;
}

/** Office's values cleaned for the core: "" is empty; an error's text (Office gives no other sign of it) an error. */
function clean(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return asCellError(value) ?? value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

interface Candidate {
  readonly ws: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly hidden: boolean;
  /** The used range: where it starts and how far it goes. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The used range's first row: row 1 with the marker and the keys when the sheet is marked. */
  readonly top: readonly unknown[];
}

/** A sheet being read: its size, its plan if it has one, its cells and hidden rows as they arrive. */
interface Reading {
  readonly c: Candidate;
  readonly rows: number;
  readonly cols: number;
  readonly plan: ReadPlan | undefined;
  readonly values: CellValue[][];
  readonly hiddenRows: Set<number>;
}

const USED = ["rowIndex", "columnIndex", "rowCount", "columnCount"] as const;

/** A sheet's used range (of values only where the host has it) and its first row, read on new, untracked ranges. */
function usedLoad(ws: Excel.Worksheet, info: { id: string; name: string; hidden: boolean }, valuesOnly: boolean): Load<Candidate> {
  const args = valuesOnly ? [true] : [];
  return {
    ws,
    sheetId: info.id,
    request: loadBytes("GetUsedRange", args, USED) + loadBytes("GetRow", [0], ["values"]),
    response: USED_RESPONSE_BYTES,
    queue: () => {
      const used = valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
      ws.context.trackedObjects.remove(used);
      used.load([...USED]);
      const top = used.getRow(0);
      ws.context.trackedObjects.remove(top);
      top.load("values");
      return () => candidate(ws, info, used, top);
    },
    halve: () => undefined,
  };
}

/** A sheet's used range and first row, once the sync has answered; undefined when Excel gave the row no values. */
function candidate(
  ws: Excel.Worksheet,
  info: { id: string; name: string; hidden: boolean },
  used: Excel.Range,
  top: Excel.Range,
): Candidate | undefined {
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const values = top.values as unknown[][] | null;
  return values === null ? undefined : { ...info, ws, rowIndex, columnIndex, rowCount, columnCount, top: values[0] ?? [] };
}

/**
 * The sheets worth reading: those with a template marker, and (to recognise templates whose
 * marker was lost) any other visible sheet, unless `markedOnly`. `budget` caps every request and
 * response (Excel on the web's 5 MB, with room to spare).
 */
export async function readTemplateSheets(
  context: Excel.RequestContext,
  programme: Programme,
  caps: Capabilities,
  options: { markedOnly?: boolean; skip?: readonly string[]; budget?: number } = {},
): Promise<WorkbookRead> {
  const budget = options.budget ?? PAYLOAD_BUDGET_BYTES;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/id");
  await context.sync();
  const loads = sheets.items
    .filter((ws) => !(options.skip ?? []).includes(ws.name))
    .map((ws) => usedLoad(ws, { id: ws.id, name: ws.name, hidden: ws.visibility !== "Visible" }, caps.usedValuesOnly));
  const candidates = await syncLoads(context, loads, budget);
  // A1 is the first cell of the used range whenever it holds anything.
  const a1 = (c: Candidate): unknown => (c.rowIndex === 0 && c.columnIndex === 0 ? c.top[0] : undefined);
  const reports = candidates
    .filter((c) => parseReportMarker(a1(c)) !== undefined)
    .map((c) => ({ name: c.name, ws: c.ws, id: c.id, a1: a1(c), rows: c.rowIndex + c.rowCount, cols: c.columnIndex + c.columnCount }));
  const reportNames = new Set(reports.map((r) => r.name));
  const readings = candidates
    .filter((c) => parseMarker(a1(c)) !== undefined || (!options.markedOnly && !c.hidden && !reportNames.has(c.name)))
    .map((c) => startReading(c, a1(c), programme));
  const probes = caps.readHiddenRows ? readings.flatMap(hiddenProbes) : [];
  const first = await readBlocks(context, [...readings.flatMap((r) => cellBlocks(r, budget)), ...probes], budget);
  place(first);
  // Labels where codes name nothing, and which rows are hidden where a probe found some but not all.
  const second = [...readings.flatMap((r) => labelBlocks(r, budget)), ...first.flatMap((a) => hiddenDetail(a, budget))];
  place(await readBlocks(context, second, budget));
  return {
    sheets: readings.map(toGrid),
    all: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility })),
    reports,
  };
}

function startReading(c: Candidate, marked: unknown, programme: Programme): Reading {
  const marker = parseMarker(marked);
  const keyRow = marker ? c.top.map(clean) : [];
  const plan = marker ? readPlan(marker.role, keyRow, programme) : undefined;
  const rows = c.rowIndex + c.rowCount;
  const cols = c.columnIndex + c.columnCount;
  const values = Array.from({ length: rows }, (_, r): CellValue[] => (r === 0 && plan ? [...keyRow] : []));
  return { c, rows, cols, plan, values, hiddenRows: new Set() };
}

/** Puts each answer where it belongs: values into the grid, hidden rows into the sheet's set. */
function place(answers: readonly Answer<Reading>[]): void {
  for (const { block: b, values, hidden } of answers) {
    const r = b.reading;
    if (b.kind === "values")
      values.forEach((row, i) => {
        const target = r.values[b.firstRow + i];
        if (target) row.forEach((v, j) => (target[b.firstCol + j] = clean(v)));
      });
    else if (b.kind === "hidden" && hidden === true) for (let i = 0; i < b.rows; i++) r.hiddenRows.add(b.firstRow + i);
    else if (b.kind === "visible") {
      const visible = new Set(values.map((row) => rowOfAddress(row[0])));
      for (let i = b.firstRow; i < b.firstRow + b.rows; i++) if (!visible.has(i)) r.hiddenRows.add(i);
    }
  }
}

/** Zero-based row of an address such as "'Chỉ tiêu'!A12" or "A12". */
function rowOfAddress(address: unknown): number {
  const m = typeof address === "string" ? /(\d+)$/.exec(address) : null;
  return m ? Number(m[1]) - 1 : -1;
}

const rect = (firstRow: number, lastRow: number, firstCol: number, lastCol: number) => ({ firstRow, lastRow, firstCol, lastCol });

const sheetOf = (r: Reading): { ws: Excel.Worksheet; id: string } => ({ ws: r.c.ws, id: r.c.id });

/** What the plan reads of a sheet below its key row (the whole used range from A1 without a plan). */
function cellBlocks(r: Reading, budget: number): Block<Reading>[] {
  const { plan, rows, cols } = r;
  const blocks = (rc: ReturnType<typeof rect>, perCell: number) => rowBlocks(r, sheetOf(r), "values", rc, perCell, budget);
  if (!plan) return blocks(rect(0, rows - 1, 0, cols - 1), BYTES_PER_CELL.whole);
  const full = Math.min(plan.fullRows, rows);
  const out = full > 1 ? blocks(rect(1, full - 1, 0, cols - 1), BYTES_PER_CELL.planned) : [];
  if (rows > full)
    for (const [first, last] of spans(plan.columns.filter((col) => col < cols)))
      out.push(...blocks(rect(full, rows - 1, first, last), BYTES_PER_CELL.planned));
  return out;
}

/**
 * Whether rows are hidden, asked of row 1 (the template hides its key row) and of the rows
 * below it apart (a unit rarely hides any): `rowHidden` is null when some are and some are not.
 */
function hiddenProbes(r: Reading): Block<Reading>[] {
  const probe = (firstRow: number, rows: number): Block<Reading> => ({
    reading: r,
    kind: "hidden",
    ws: r.c.ws,
    sheetId: r.c.id,
    perCell: BYTES_PER_CELL.probe,
    firstRow,
    firstCol: 0,
    rows,
    cols: 1,
  });
  return r.rows > 1 ? [probe(0, 1), probe(1, r.rows - 1)] : r.rows === 1 ? [probe(0, 1)] : [];
}

/** For a probe that found some rows hidden and some not: the addresses of the visible rows. */
function hiddenDetail(a: Answer<Reading>, budget: number): Block<Reading>[] {
  const { block: b, hidden } = a;
  if (b.kind !== "hidden" || hidden !== null) return [];
  const perRow = BYTES_PER_CELL.address + new TextEncoder().encode(b.reading.c.name).length;
  return rowBlocks(b.reading, sheetOf(b.reading), "visible", rect(b.firstRow, b.firstRow + b.rows - 1, 0, 0), perRow, budget);
}

/** The labels of the rows whose code names no programme item. */
function labelBlocks(r: Reading, budget: number): Block<Reading>[] {
  const label = r.plan?.label;
  if (!r.plan || !label || label.column >= r.cols) return [];
  return spans(labelRows(r.plan, r.values, r.rows)).flatMap(([first, last]) =>
    rowBlocks(r, sheetOf(r), "values", rect(first, last, label.column, label.column), BYTES_PER_CELL.label, budget),
  );
}

function toGrid(r: Reading): SheetGrid {
  // Trailing empty cells carry nothing; dropping them keeps grids as small as the file's.
  const trimmed = r.values.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return Array.from(row.slice(0, end), (v) => v ?? null);
  });
  const hiddenRows = [...r.hiddenRows].sort((a, b) => a - b);
  return {
    name: r.c.name,
    ...(r.c.hidden ? { hidden: true } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    values: trimmed,
  };
}
