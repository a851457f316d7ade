/**
 * The core's boundary: plain grids of cell values, as Excel's `range.values` gives them,
 * after an adapter has cleaned the host's quirks (Office's "" for empty, ExcelJS's
 * formula and error objects, Date objects turned into Excel serial numbers).
 */

/** An Excel error value such as #DIV/0!, #REF! or #N/A. */
export interface CellError {
  readonly error: string;
}

/** One cell's value. Dates arrive as Excel serial numbers or as text. */
export type CellValue = string | number | boolean | null | CellError;

/** Rows of cells; rows may differ in length, missing cells are empty. */
export type Grid = readonly (readonly CellValue[])[];

export interface SheetGrid {
  readonly name: string;
  /** Hidden or very hidden in the workbook. */
  readonly hidden?: boolean;
  /** Zero-based rows hidden in the sheet, where the adapter can tell (the template hides its key row). */
  readonly hiddenRows?: readonly number[];
  readonly values: Grid;
}

export interface WorkbookGrids {
  /** File the workbook came from, when there is one. */
  readonly file?: string;
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The value at zero-based row and column, `null` outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid[row]?.[col] ?? null;
}

/** True for null, "" and text made only of spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
