/**
 * A declarative description of a workbook: cells, styles, validations, protections,
 * conditional formats, print setup. The ExcelJS and Office.js adapters both render it,
 * so the .xlsx template and the template the add-in inserts cannot drift apart.
 */

/** Zero-based, inclusive rectangle. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RGB hex without '#'. */
  readonly color?: string;
  readonly fill?: string;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: boolean;
  /** Excel number format, e.g. "0%", "#,##0", "dd/mm/yyyy", "@". */
  readonly numFmt?: string;
}

export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "area"
  | "code"
  | "label"
  | "text"
  /** A whole number that counts no quantity: a row number, a rank, a year, an area (no thousands separator). */
  | "ordinal"
  | "entryText"
  | "entryCount"
  | "entryPercent"
  | "entryDate"
  | "entryChoice"
  | "computedPercent"
  | "targetPercent"
  | "targetNumber"
  | "status"
  | "note"
  | "marker"
  // the consolidated report's own
  | "orgHeader"
  | "number"
  | "percent"
  | "met"
  | "missed"
  | "metPercent"
  | "missedPercent"
  | "metNumber"
  | "missedNumber"
  | "areaNumber"
  | "areaOrdinal"
  | "dateText"
  // comparisons across periods: a change in percent, a rate's change in percent points
  | "changePercent"
  | "changePoints"
  | "changeCount";

export interface CellSpec {
  readonly row: number;
  readonly col: number;
  /** A literal value; text is always written as text, never as a formula. */
  readonly value?: string | number | boolean;
  /** A formula the template itself builds, in English syntax, with its leading '='. */
  readonly formula?: string;
  /** The formula's result as computed by the core, stored for readers that do not recalculate. */
  readonly result?: string | number;
  readonly style?: StyleName;
  /** Entry cells are unlocked; everything else stays locked under sheet protection. */
  readonly entry?: boolean;
}

export type ValidationRule =
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "whole"; readonly min: number }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "date"; readonly min: string };

export interface ValidationSpec {
  readonly range: Rect;
  readonly rule: ValidationRule;
  readonly promptVi: string;
  readonly errorVi: string;
}

export interface ConditionalSpec {
  readonly range: Rect;
  /** Formula relative to the range's top-left cell, with its leading '='. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface PrintSpec {
  readonly orientation: "portrait" | "landscape";
  /** Zero-based rows repeated at the top of every page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly footerVi: string;
}

export type SheetRole = "info" | "tasks" | "indicators" | "targets";

/** Sheets of the consolidated report (the comparison sheets only with earlier reports; the data sheet hidden). */
export type ReportRole =
  "summary" | "units" | "task_progress" | "charts" | "submissions" | "issues" | "provenance" | "comparison" | "comparison_units" | "data";

/** Sheets of the programme's evaluation workbook (báo cáo tổng kết). */
export type EvaluationRole = "evaluation_targets" | "evaluation_units" | "evaluation_tasks" | "evaluation_charts" | "evaluation_sources";

/** A chart over a range of the sheet (rendered where the host can draw charts: the add-in). */
export interface ChartSpec {
  readonly kind: "column" | "bar";
  readonly titleVi: string;
  /** Labels in the first column, values in the second, header in the first row. */
  readonly source: Rect;
  /** Where the chart is placed. */
  readonly anchor: Rect;
}

/** One cell of a generated row: its value and style (entry cells and formulas stay in `cells`). */
export interface RowCell {
  readonly value: string | number | boolean;
  readonly style?: StyleName;
}

/**
 * A long run of uniform rows produced on demand instead of held as cells: the report's
 * provenance sheet has a row per value of every unit (hundreds of thousands at national size),
 * which a writer streams row by row.
 */
export interface RowsSpec {
  /** Zero-based row of the first; the sheet's `cells` lie above it. */
  readonly first: number;
  readonly count: number;
  /** The cells of the i-th row (0-based within the run), from column A. */
  row(i: number): readonly RowCell[];
  /** The height (points) a row of these cells needs, undefined for the default (see heights.ts). */
  readonly height?: (cells: readonly RowCell[]) => number | undefined;
}

export interface SheetSpec {
  readonly name: string;
  readonly role: SheetRole | ReportRole | EvaluationRole;
  readonly columns: readonly { readonly width: number; readonly hidden?: boolean }[];
  readonly hiddenRows: readonly number[];
  /** Heights (points) of the rows of `cells` that need more than the default, by zero-based row (see heights.ts). */
  readonly rowHeights?: ReadonlyMap<number, number>;
  readonly merges: readonly Rect[];
  readonly cells: readonly CellSpec[];
  /** Rows after the cells, generated on demand (see RowsSpec); absent for most sheets. */
  readonly rows?: RowsSpec;
  readonly validations: readonly ValidationSpec[];
  readonly conditionals: readonly ConditionalSpec[];
  /** Rows and columns frozen at the top and left. */
  readonly freeze: { readonly rows: number; readonly cols: number };
  readonly protect: boolean;
  readonly print: PrintSpec;
  readonly tabColor?: string;
  readonly charts?: readonly ChartSpec[];
  /** Hidden sheets (the report's machine-readable data); visible when absent. */
  readonly visibility?: "hidden";
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Font of every cell (official documents use Times New Roman). */
  readonly fontName: string;
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
  /** Title of the message a host shows when a validation refuses an entry. */
  readonly validationTitleVi: string;
}

/** A1 reference to a cell of another sheet, quoted as Excel requires. */
export function sheetRef(sheetName: string, a1: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}
