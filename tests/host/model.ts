/**
 * The host's workbook: plain, structured-cloneable data (so a sync can be rolled back and a
 * snapshot taken), changed only by the commands a sync applies.
 */
import type { Rect } from "./a1";
import { HostApiError, invalidArgument } from "./errors";

export type Scalar = string | number | boolean;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";
export type HAlign = "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
export type VAlign = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
export type Side = "top" | "bottom" | "left" | "right";
export type LineStyle = "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
export type LineWeight = "Hairline" | "Thin" | "Medium" | "Thick";

export interface BorderModel {
  style: LineStyle;
  weight: LineWeight;
  color: string;
}

export interface FontModel {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** One cell; absent properties hold Excel's defaults. */
export interface CellModel {
  value?: Scalar;
  /** With its leading "=". */
  formula?: string;
  /** A formula's result as read from an imported file; the host never calculates. */
  cached?: Scalar;
  numberFormat?: string;
  fill?: string;
  font?: FontModel;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  borders?: Partial<Record<Side, BorderModel>>;
  /** Absent means locked, as in Excel. */
  locked?: boolean;
  /** Key into SheetModel.validations. */
  validation?: number;
}

export type RuleKind = "wholeNumber" | "decimal" | "date" | "textLength";
export type ValidationRuleModel =
  | { kind: "list"; inCellDropDown: boolean; source: string }
  | { kind: RuleKind; operator: string; formula1: string | number; formula2?: string | number }
  | { kind: "custom"; formula: string };

export interface ValidationModel {
  rule?: ValidationRuleModel;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalModel {
  id: number;
  rect: Rect;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ProtectionOptionsModel {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

export type MarginName = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";
export type HeaderFooterPart = "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

/** Page setup; absent fields were never set and are not exported. */
export interface PageModel {
  orientation?: "Portrait" | "Landscape";
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: { first: number; last: number };
  /** Points. */
  margins: Partial<Record<MarginName, number>>;
  headerFooter: Partial<Record<HeaderFooterPart, string>>;
}

export interface SheetModel {
  readonly id: number;
  name: string;
  visibility: Visibility;
  /** By cellKey(row, col), zero-based (a number: the host's hottest lookup; keyRow and keyCol read it back). */
  cells: Map<number, CellModel>;
  /** Points. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  merges: Rect[];
  validations: Map<number, ValidationModel>;
  conditionals: ConditionalModel[];
  protection: { protected: boolean; options: ProtectionOptionsModel; password?: string };
  freeze: { rows: number; cols: number };
  tabColor?: string;
  page: PageModel;
  /** The sheet's own selection, shown when it is active. */
  selection: Rect;
  charts: ChartModel[];
}

/** A chart: its type, the range it plots, its title and the cells it covers. */
export interface ChartModel {
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: { start: string; end: string } | undefined;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: number | undefined;
  /** Ids for sheets, validations and conditional formats. */
  nextId: number;
}

export const DEFAULT_FONT = "Calibri";
export const DEFAULT_FONT_SIZE = 11;
/** Excel's default column: 8.43 characters of Calibri 11 = 64 px = 48 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_SHEET_NAME = "Sheet1";

/** The password of a sheet imported with one: not in the file, so any non-empty password unprotects it. */
export const UNKNOWN_PASSWORD = "\u0000unknown";

/** Excel's number of columns: a cell's key is row * COLUMNS + col. */
const COLUMNS = 16384;
export const cellKey = (row: number, col: number): number => row * COLUMNS + col;
export const keyRow = (key: number): number => Math.floor(key / COLUMNS);
export const keyCol = (key: number): number => key % COLUMNS;

export const defaultProtectionOptions = (): ProtectionOptionsModel => ({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
});

export function newSheet(id: number, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
    validations: new Map(),
    conditionals: [],
    protection: { protected: false, options: defaultProtectionOptions() },
    freeze: { rows: 0, cols: 0 },
    page: { margins: {}, headerFooter: {} },
    selection: { row: 0, col: 0, lastRow: 0, lastCol: 0 },
    charts: [],
  };
}

/** A workbook with one visible, active "Sheet1", as a new Excel workbook. */
export function newWorkbook(): WorkbookModel {
  return { sheets: [newSheet(1, DEFAULT_SHEET_NAME)], activeSheetId: 1, nextId: 2 };
}

export const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

export const sheetById = (wb: WorkbookModel, id: number): SheetModel | undefined => wb.sheets.find((s) => s.id === id);

export function sheetByName(wb: WorkbookModel, name: string): SheetModel | undefined {
  const upper = name.toUpperCase();
  return wb.sheets.find((s) => s.name.toUpperCase() === upper);
}

/** Excel's sheet-name rules; throws InvalidArgument or ItemAlreadyExists. */
export function checkSheetName(wb: WorkbookModel, name: unknown, renaming?: SheetModel): string {
  if (typeof name !== "string" || name.length === 0) throw invalidArgument("a sheet name must be a non-empty string");
  if (name.length > 31) throw invalidArgument(`sheet name "${name}" has ${name.length} characters; Excel allows 31`);
  if (/[:\\/?*[\]]/.test(name)) throw invalidArgument(`sheet name "${name}" contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalidArgument(`sheet name "${name}" starts or ends with an apostrophe`);
  if (sameName(name, "History")) throw invalidArgument('"History" is reserved by Excel');
  const other = sheetByName(wb, name);
  if (other && other !== renaming)
    throw new HostApiError("ItemAlreadyExists", `a sheet named "${other.name}" exists (names are case-insensitive)`);
  return name;
}

export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = {}));
  return cell;
}

export const hasContent = (c: CellModel | undefined): boolean => c !== undefined && (c.value !== undefined || c.formula !== undefined);

export const isLocked = (c: CellModel | undefined): boolean => c?.locked !== false;

export type FormatKind = "cells" | "columns" | "rows" | "never";

/** Throws AccessDenied when sheet protection forbids this kind of format change. */
export function assertFormatAllowed(sheet: SheetModel, kind: FormatKind, what: string): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allowed =
    (kind === "cells" && p.options.allowFormatCells) ||
    (kind === "columns" && p.options.allowFormatColumns) ||
    (kind === "rows" && p.options.allowFormatRows);
  if (!allowed) throw new HostApiError("AccessDenied", `sheet "${sheet.name}" is protected; ${what} is not allowed`);
}

/** A cell with no property set (removing a format can leave one behind). */
function isBare(cell: CellModel): boolean {
  for (const _ in cell) return false;
  return true;
}

/**
 * The used range (Excel's "value or formatting"), or undefined for an empty sheet. One pass over
 * the sheet's cells, bounds kept in locals (the add-in asks it of every sheet it reads).
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let [minKey, maxKey] = [Infinity, -Infinity];
  let [minCol, maxCol] = [Infinity, -Infinity];
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly ? cell.value === undefined && cell.formula === undefined : isBare(cell)) continue;
    // Keys are row-major: the first and last rows are those of the smallest and largest keys.
    if (key < minKey) minKey = key;
    if (key > maxKey) maxKey = key;
    const col = keyCol(key);
    if (col < minCol) minCol = col;
    if (col > maxCol) maxCol = col;
  }
  if (minKey === Infinity) return undefined;
  return { row: keyRow(minKey), col: minCol, lastRow: keyRow(maxKey), lastCol: maxCol };
}

export const visibleSheets = (wb: WorkbookModel): SheetModel[] => wb.sheets.filter((s) => s.visibility === "Visible");

/** After the active sheet is hidden or deleted, the next visible sheet becomes active. */
export function reactivate(wb: WorkbookModel, formerIndex: number): void {
  const visible = visibleSheets(wb);
  const next = wb.sheets.slice(formerIndex).find((s) => s.visibility === "Visible") ?? visible[visible.length - 1];
  wb.activeSheetId = next?.id;
}
