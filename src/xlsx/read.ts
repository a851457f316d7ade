/** Reads an .xlsx file into the core's plain grids, cleaning ExcelJS's cell objects. */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrids } from "../core/grid";

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
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
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
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
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
    values: Array.from(rows, (r) => r ?? []),
  };
}

/** The grids of every sheet of an .xlsx held in memory. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer, file?: string): Promise<WorkbookGrids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return { ...(file !== undefined ? { file } : {}), sheets: wb.worksheets.map(sheetToGrid) };
}
