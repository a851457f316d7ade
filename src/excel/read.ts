/**
 * Reading the workbook's template sheets into the core's grids in a fixed number of syncs,
 * whatever the number of units' sheets: one for the sheet list, one for each sheet's used-range
 * size and first row (the marker and the column keys), one for the cells the reader needs (a
 * marked sheet by its plan, src/core/read/plan.ts: the header rows, column A, codes and
 * entries; any other sheet whole), and one for the labels of rows whose code names nothing.
 * A read larger than a response may carry (5 MB on the web) is split, which only happens past
 * several hundred units' sheets in one workbook.
 */
import { rangeA1 } from "../core/a1";
import type { CellValue, SheetGrid } from "../core/grid";
import type { Programme } from "../core/programme/schema";
import { labelRows, readPlan, spans, type ReadPlan } from "../core/read/plan";
import { recogniseSheets } from "../core/read/report";
import { parseReportMarker } from "../core/report/common";
import { parseMarker, type Marker } from "../core/template/layout";
import { PAYLOAD_BUDGET_BYTES } from "./batch";

/**
 * Bytes Office needs per cell in a response, roughly, to split very large reads: a sheet read
 * whole averages about 22 (labels, citations); the cells a plan reads (codes, numbers,
 * statuses, dates, the odd explanation) about 10 in filled templates. Should text make a
 * response larger than Excel allows after all, the read is split and asked again.
 */
const BYTES_PER_CELL = { whole: 24, planned: 12 } as const;

export interface ReadSheet extends SheetGrid {
  readonly marker: Marker | undefined;
}

export interface WorkbookRead {
  /** Template sheets (and unmarked visible sheets unless `markedOnly`), with their values. */
  readonly sheets: ReadSheet[];
  /** Every sheet's name, in order. */
  readonly names: string[];
  /** Sheets that a consolidation of this add-in wrote (their A1 holds a report marker). */
  readonly reportSheets: string[];
}

/** Office's values cleaned for the core: "" is empty; error strings stay text (the core knows them). */
function clean(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

interface Candidate {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly hidden: boolean;
  readonly used: Excel.Range;
  /** The used range's first row: row 1 with the marker and the keys when the sheet is marked. */
  readonly top: Excel.Range;
}

/** A sheet being read: its size, its plan if it has one, and its cells as they arrive. */
interface Reading {
  readonly c: Candidate;
  readonly rows: number;
  readonly cols: number;
  readonly plan: ReadPlan | undefined;
  readonly values: CellValue[][];
}

interface Block {
  readonly reading: Reading;
  /** Estimated response bytes. */
  readonly bytes: number;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly rows: number;
  readonly cols: number;
  readonly range: Excel.Range;
}

/**
 * The sheets worth reading: those with a template marker, and (to recognise templates whose
 * marker was lost) any other visible sheet, unless `markedOnly`.
 */
export async function readTemplateSheets(
  context: Excel.RequestContext,
  programme: Programme,
  options: { markedOnly?: boolean; skip?: readonly string[] } = {},
): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const candidates: Candidate[] = sheets.items
    .filter((ws) => !(options.skip ?? []).includes(ws.name))
    .map((ws) => {
      const used = ws.getUsedRange();
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const top = used.getRow(0);
      top.load("values");
      return { ws, name: ws.name, hidden: ws.visibility !== "Visible", used, top };
    });
  await context.sync();
  // A1 is the first cell of the used range whenever it holds anything.
  const a1 = (c: Candidate): unknown => (c.used.rowIndex === 0 && c.used.columnIndex === 0 ? c.top.values[0]?.[0] : undefined);
  const reportSheets = candidates.filter((c) => parseReportMarker(a1(c)) !== undefined).map((c) => c.name);
  const readings: Reading[] = candidates
    .filter((c) => parseMarker(a1(c)) !== undefined || (!options.markedOnly && !c.hidden && !reportSheets.includes(c.name)))
    .map((c) => {
      const marker = parseMarker(a1(c));
      const keyRow = marker ? (c.top.values[0]?.map(clean) ?? []) : [];
      const plan = marker ? readPlan(marker.role, keyRow, programme) : undefined;
      const rows = c.used.rowIndex + c.used.rowCount;
      const cols = c.used.columnIndex + c.used.columnCount;
      const values = Array.from({ length: rows }, (_, r): CellValue[] => (r === 0 && plan ? [...keyRow] : []));
      return { c, rows, cols, plan, values };
    });
  await readBlocks(context, readings.flatMap(cellBlocks));
  await readBlocks(context, readings.flatMap(labelBlocks));
  return {
    sheets: readings.map(toGrid),
    names: sheets.items.map((s) => s.name),
    reportSheets,
  };
}

/** Loads the blocks' values in as few syncs as the response budget allows (none for no blocks), then places them. */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[]): Promise<void> {
  const loaded: Block[] = [];
  for (const group of groupByBudget(blocks)) loaded.push(...(await loadGroup(context, group)));
  for (const b of loaded)
    b.range.values.forEach((row, i) => {
      const target = b.reading.values[b.firstRow + i];
      if (target) row.forEach((v, j) => (target[b.firstCol + j] = clean(v)));
    });
}

const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

/**
 * One sync for a response-sized group. Reading changes nothing, so when Excel refuses the
 * response as too large after all (cells holding far more text than estimated), the group is
 * halved (a lone block by its rows) and each half asked again; only a single cell too large fails.
 */
async function loadGroup(context: Excel.RequestContext, group: readonly Block[]): Promise<Block[]> {
  for (const b of group) b.range.load("values");
  try {
    // One request per response-sized group: a single one below several hundred units' sheets.
    await context.sync();
    return [...group];
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
    const halves = typeof code === "string" && TOO_LARGE.has(code) ? halve(group) : undefined;
    if (!halves) throw e;
    const out: Block[] = [];
    for (const half of halves) out.push(...(await loadGroup(context, half)));
    return out;
  }
}

function halve(group: readonly Block[]): [Block[], Block[]] | undefined {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const b = group[0];
  if (!b || b.rows < 2) return undefined;
  const top = b.rows >> 1;
  const part = (firstRow: number, rows: number): Block => {
    const range = b.reading.c.ws.getRange(rangeA1(firstRow, b.firstCol, firstRow + rows - 1, b.firstCol + b.cols - 1));
    return { ...b, firstRow, rows, bytes: (b.bytes * rows) / b.rows, range };
  };
  return [[part(b.firstRow, top)], [part(b.firstRow + top, b.rows - top)]];
}

function groupByBudget(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let bytes = Infinity;
  for (const b of blocks) {
    if (bytes + b.bytes > PAYLOAD_BUDGET_BYTES) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1]?.push(b);
    bytes += b.bytes;
  }
  return groups;
}

/** A rectangle of a sheet, in row blocks small enough for one response each. */
function blocks(reading: Reading, firstRow: number, lastRow: number, firstCol: number, lastCol: number): Block[] {
  const cols = lastCol - firstCol + 1;
  const perCell = reading.plan ? BYTES_PER_CELL.planned : BYTES_PER_CELL.whole;
  const perBlock = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / perCell / Math.max(1, cols)));
  const out: Block[] = [];
  for (let first = firstRow; first <= lastRow; first += perBlock) {
    const n = Math.min(perBlock, lastRow - first + 1);
    const range = reading.c.ws.getRange(rangeA1(first, firstCol, first + n - 1, lastCol));
    out.push({ reading, bytes: n * cols * perCell, firstRow: first, firstCol, rows: n, cols, range });
  }
  return out;
}

/** What the plan reads of a sheet below its key row (the whole used range from A1 without a plan). */
function cellBlocks(r: Reading): Block[] {
  const { plan, rows, cols } = r;
  if (!plan) return blocks(r, 0, rows - 1, 0, cols - 1);
  const full = Math.min(plan.fullRows, rows);
  const out = full > 1 ? blocks(r, 1, full - 1, 0, cols - 1) : [];
  if (rows > full)
    for (const [first, last] of spans(plan.columns.filter((c) => c < cols))) out.push(...blocks(r, full, rows - 1, first, last));
  return out;
}

/** The labels of the rows whose code names no programme item. */
function labelBlocks(r: Reading): Block[] {
  const label = r.plan?.label;
  if (!r.plan || !label || label.column >= r.cols) return [];
  return spans(labelRows(r.plan, r.values, r.rows)).flatMap(([first, last]) => blocks(r, first, last, label.column, label.column));
}

function toGrid(r: Reading): ReadSheet {
  // Trailing empty cells carry nothing; dropping them keeps grids as small as the file's.
  const trimmed = r.values.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return Array.from(row.slice(0, end), (v) => v ?? null);
  });
  const { c } = r;
  return { name: c.name, ...(c.hidden ? { hidden: true } : {}), values: trimmed, marker: parseMarker(trimmed[0]?.[0]) };
}

/** Groups the sheets read by the unit and period of their markers; unmarked sheets form one more group. */
export function groupByUnit(sheets: readonly ReadSheet[]): ReadSheet[][] {
  // One group holds at most one sheet per role: a second copy of a unit's template in the
  // workbook becomes a second report (consolidation then lists it as a duplicate), never ignored.
  const out: ReadSheet[][] = [];
  const unmarked: ReadSheet[] = [];
  for (const s of sheets) {
    const m = s.marker;
    if (!m) {
      unmarked.push(s);
      continue;
    }
    const fits = out.find(
      (g) => g[0]?.marker?.unit === m.unit && g[0].marker.period === m.period && !g.some((x) => x.marker?.role === m.role),
    );
    if (fits) fits.push(s);
    else out.push([s]);
  }
  // Sheets without a marker count only when their headers make them a template's sheets.
  const recognised = [...recogniseSheets({ sheets: unmarked }).roles.values()];
  if (recognised.length > 0) out.push(unmarked.filter((s) => recognised.includes(s)));
  return out;
}
