/**
 * Reads an .xlsx file into the core's plain grids, cleaning ExcelJS's cell objects. The file is
 * inspected first (src/xlsx/inspect.ts): what cannot or must not be parsed is refused with an
 * UnreadableWorkbookError saying why, before ExcelJS sees it.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";
import { refuse, UnreadableWorkbookError } from "../core/check/unreadable";
import { inspectWorkbook, READ_LIMITS, type Inflate, type ReadLimits } from "./inspect";

export { READ_LIMITS, type ReadLimits } from "./inspect";

export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** How to inflate the parts while inspecting them (default: the platform's DecompressionStream). */
  readonly inflate?: Inflate;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569; // serial of 1970-01-01

/** Excel serial number of a Date that ExcelJS decoded as UTC. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

type RawValue = ExcelJS.CellValue | undefined;

/** A cell's value as the core expects it: formulas by their result, dates as serials, rich text as text. */
export function cleanCellValue(value: RawValue): CellValue {
  if (value === null || value === undefined) return null;
  // A copy: the parser's strings are slices of the file's XML, which a kept slice keeps whole in memory.
  if (typeof value === "string") return (" " + value).slice(1);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cleanCellValue((value as { result?: RawValue }).result);
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // As in Excel's range.values, only the top-left cell of a merged area holds the value.
      // A formula's result of 0, FALSE or "" is missing from cell.value; cell.result has it.
      const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      cells[colNumber - 1] = cell.isMerged && cell.master !== cell ? null : cleanCellValue(value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return {
    name: ws.name,
    ...(ws.state !== "visible" ? { hidden: true } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    values: Array.from(rows, (r) => r ?? []),
  };
}

/**
 * The grids of every sheet of an .xlsx held in memory. A file that is not an .xlsx, is
 * encrypted, damaged or over a limit throws UnreadableWorkbookError (its `problem` says which).
 */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer, file?: string, options: ReadOptions = {}): Promise<WorkbookGrids> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await inspectWorkbook(bytes, options.limits ?? READ_LIMITS, options.inflate);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw refuse("corrupt", { detail: e instanceof Error ? e.message : String(e) });
  }
  return { ...(file !== undefined ? { file } : {}), sheets: wb.worksheets.map(sheetToGrid) };
}
