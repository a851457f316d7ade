/**
 * Reading the workbook's template sheets into the core's grids in a fixed number of syncs:
 * one for the sheet list, one for each sheet's marker cell and used-range size, then the
 * values of the template sheets in as few requests as the 5 MB response limit allows.
 */
import { rangeA1 } from "../core/a1";
import type { CellValue, SheetGrid } from "../core/grid";
import { recogniseSheets } from "../core/read/report";
import { parseReportMarker } from "../core/report/common";
import { parseMarker, type Marker } from "../core/template/layout";
import { PAYLOAD_BUDGET_BYTES } from "./batch";

/** Bytes Office needs per cell in a response, roughly; used to split very large reads. */
const BYTES_PER_CELL = 24;

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
  readonly marker: Excel.Range;
}

/**
 * The sheets worth reading: those with a template marker, and (to recognise templates whose
 * marker was lost) any other visible sheet, unless `markedOnly`.
 */
export async function readTemplateSheets(
  context: Excel.RequestContext,
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
      const marker = ws.getRange("A1");
      marker.load("values");
      return { ws, name: ws.name, hidden: ws.visibility !== "Visible", used, marker };
    });
  await context.sync();
  const reportSheets = candidates.filter((c) => parseReportMarker(c.marker.values[0]?.[0]) !== undefined).map((c) => c.name);
  const wanted = candidates.filter(
    (c) => parseMarker(c.marker.values[0]?.[0]) !== undefined || (!options.markedOnly && !c.hidden && !reportSheets.includes(c.name)),
  );
  const blocks = wanted.flatMap((c) => rowBlocks(c));
  const budget = PAYLOAD_BUDGET_BYTES / BYTES_PER_CELL;
  // Group the blocks into requests under the response budget (one request for ordinary workbooks).
  for (const group of groupByBudget(blocks, budget)) {
    for (const b of group) b.range.load("values");
    // One request per response-sized group: a single one unless the sheets hold millions of cells.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return {
    sheets: wanted.map((c) =>
      toGrid(
        c,
        blocks.filter((b) => b.candidate === c),
      ),
    ),
    names: sheets.items.map((s) => s.name),
    reportSheets,
  };
}

function groupByBudget(blocks: readonly Block[], budgetCells: number): Block[][] {
  const groups: Block[][] = [];
  let cells = Infinity;
  for (const b of blocks) {
    const n = b.rows * b.cols;
    if (cells + n > budgetCells) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1]?.push(b);
    cells += n;
  }
  return groups;
}

interface Block {
  readonly candidate: Candidate;
  readonly firstRow: number;
  readonly rows: number;
  readonly cols: number;
  readonly range: Excel.Range;
}

/** The used range from A1, in row blocks small enough for one response each. */
function rowBlocks(c: Candidate): Block[] {
  const rows = c.used.rowIndex + c.used.rowCount;
  const cols = c.used.columnIndex + c.used.columnCount;
  const perBlock = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / BYTES_PER_CELL / Math.max(1, cols)));
  const out: Block[] = [];
  for (let first = 0; first < rows; first += perBlock) {
    const n = Math.min(perBlock, rows - first);
    out.push({ candidate: c, firstRow: first, rows: n, cols, range: c.ws.getRange(rangeA1(first, 0, first + n - 1, cols - 1)) });
  }
  return out;
}

function toGrid(c: Candidate, blocks: readonly Block[]): ReadSheet {
  const values: CellValue[][] = [];
  for (const b of blocks) for (const row of b.range.values) values.push(row.map(clean));
  // Trailing empty cells carry nothing; dropping them keeps grids as small as the file's.
  const trimmed = values.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return row.slice(0, end);
  });
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
