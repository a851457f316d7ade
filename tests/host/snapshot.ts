/** Plain, JSON-safe views of the host's workbook for assertions (A1 keys, 1-based rows). */
import { cellA1, columnName, coverCells, formatRect, parseAddress, qualifiedAddress } from "./a1";
import { cellValue } from "./cells";
import {
  sheetById,
  usedRect,
  cellKey,
  keyCol,
  keyRow,
  type BorderModel,
  type CellModel,
  type FontModel,
  type PageModel,
  type ProtectionOptionsModel,
  type Scalar,
  type Side,
  type SheetModel,
  type Visibility,
  type WorkbookModel,
} from "./model";
import { ruleToOffice } from "./validation";

export interface HostCellSnapshot {
  value?: Scalar;
  /** With its leading "=". */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  font?: FontModel;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<Side, BorderModel>>;
  /** Present (false) only for unlocked cells. */
  locked?: boolean;
}

export interface HostValidationSnapshot {
  address: string;
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

/** A sheet as plain data. */
export interface HostSheetData {
  name: string;
  position: number;
  visibility: Visibility;
  /** Dense, from A1 to the last cell with content; "" where empty and for formulas (never calculated). */
  values: Scalar[][];
  /** Same shape: the formula text where a cell holds one, else null. */
  formulas: (string | null)[][];
  /** Every cell with content or a format, by A1 address. */
  cells: Record<string, HostCellSnapshot>;
  /** Column letter -> points, for columns given a width. */
  columnWidths: Record<string, number>;
  /** 1-based row -> points. */
  rowHeights: Record<string, number>;
  /** 1-based. */
  hiddenRows: number[];
  hiddenColumns: string[];
  merges: string[];
  validations: HostValidationSnapshot[];
  conditionalFormats: { address: string; formula: string; fill?: string; fontColor?: string; bold?: boolean; italic?: boolean }[];
  protection: { protected: boolean; options: ProtectionOptionsModel; hasPassword: boolean };
  freeze: { rows: number; columns: number };
  tabColor?: string;
  pageLayout: PageModel;
  selection: string;
  charts: { type: string; source: string; title: string; position: string }[];
}

/** A sheet as plain data, with lookups by A1 address ("B7" or "$B$7"); the lookups are not enumerable. */
export interface HostSheetSnapshot extends HostSheetData {
  /** Everything set on one cell, or undefined. */
  cell(address: string): HostCellSnapshot | undefined;
  /** What Range.values gives for the cell ("" for empty and for formulas). */
  value(address: string): Scalar;
  /** The cell's formula with its "=", or undefined. */
  formula(address: string): string | undefined;
  /** The cell's fill "#RRGGBB", or undefined when it has none (Office would say "#FFFFFF"). */
  fill(address: string): string | undefined;
  /** The cell's number format ("General" when none). */
  numberFormat(address: string): string;
}

export interface HostWorkbookSnapshot {
  activeSheet: string | undefined;
  sheets: HostSheetData[];
}

/** Assigned field by field, not spread: snapshots of whole provinces are taken in many tests. */
function cellSnapshot(c: CellModel): HostCellSnapshot | undefined {
  const out: HostCellSnapshot = {};
  if (c.value !== undefined) out.value = c.value;
  if (c.formula !== undefined) out.formula = c.formula;
  if (c.numberFormat !== undefined) out.numberFormat = c.numberFormat;
  if (c.fill !== undefined) out.fill = c.fill;
  if (c.font !== undefined) out.font = { ...c.font };
  if (c.hAlign !== undefined) out.horizontalAlignment = c.hAlign;
  if (c.vAlign !== undefined) out.verticalAlignment = c.vAlign;
  if (c.wrap !== undefined) out.wrapText = c.wrap;
  if (c.borders !== undefined) out.borders = bordersCopy(c.borders);
  if (c.locked === false) out.locked = false;
  for (const _ in out) return out;
  return undefined;
}

function bordersCopy(borders: NonNullable<CellModel["borders"]>): NonNullable<HostCellSnapshot["borders"]> {
  const out: NonNullable<HostCellSnapshot["borders"]> = {};
  for (const side of Object.keys(borders) as Side[]) {
    const b = borders[side];
    if (b) out[side] = { ...b };
  }
  return out;
}

function grids(sheet: SheetModel): Pick<HostSheetSnapshot, "values" | "formulas"> {
  const used = usedRect(sheet, true);
  if (!used) return { values: [], formulas: [] };
  const values: Scalar[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = 0; row <= used.lastRow; row++) {
    const v: Scalar[] = [];
    const f: (string | null)[] = [];
    for (let col = 0; col <= used.lastCol; col++) {
      const c = sheet.cells.get(cellKey(row, col));
      v.push(cellValue(c));
      f.push(c?.formula ?? null);
    }
    values.push(v);
    formulas.push(f);
  }
  return { values, formulas };
}

function validations(sheet: SheetModel): HostValidationSnapshot[] {
  const byId = new Map<number, (readonly [number, number])[]>();
  for (const [key, c] of sheet.cells)
    if (c.validation !== undefined) byId.set(c.validation, [...(byId.get(c.validation) ?? []), [keyRow(key), keyCol(key)]]);
  return [...byId].flatMap(([id, keys]) => {
    const v = sheet.validations.get(id);
    if (!v) return [];
    return coverCells(keys).map((rect) => ({
      address: formatRect(rect),
      rule: ruleToOffice(v.rule),
      prompt: { ...v.prompt },
      errorAlert: { ...v.errorAlert },
      ignoreBlanks: v.ignoreBlanks,
    }));
  });
}

function sheetData(wb: WorkbookModel, sheet: SheetModel): HostSheetData {
  const cells: Record<string, HostCellSnapshot> = {};
  for (const [key, c] of sheet.cells) {
    const snap = cellSnapshot(c);
    if (snap) cells[cellA1(keyRow(key), keyCol(key))] = snap;
  }
  const sorted = <T>(s: Iterable<T>) => [...s].sort((a, b) => Number(a) - Number(b));
  return {
    name: sheet.name,
    position: wb.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    ...grids(sheet),
    cells,
    columnWidths: Object.fromEntries(sorted(sheet.columnWidths.keys()).map((c) => [columnName(c), sheet.columnWidths.get(c) ?? 0])),
    rowHeights: Object.fromEntries(sorted(sheet.rowHeights.keys()).map((r) => [String(r + 1), sheet.rowHeights.get(r) ?? 0])),
    hiddenRows: sorted(sheet.hiddenRows).map((r) => r + 1),
    hiddenColumns: sorted(sheet.hiddenColumns).map(columnName),
    merges: sheet.merges.map(formatRect),
    validations: validations(sheet),
    conditionalFormats: sheet.conditionals.map(({ rect, id: _id, ...rest }) => ({ address: formatRect(rect), ...rest })),
    protection: {
      protected: sheet.protection.protected,
      options: { ...sheet.protection.options },
      hasPassword: sheet.protection.password !== undefined,
    },
    freeze: { rows: sheet.freeze.rows, columns: sheet.freeze.cols },
    ...(sheet.tabColor !== undefined ? { tabColor: sheet.tabColor } : {}),
    pageLayout: structuredClone(sheet.page),
    selection: qualifiedAddress(sheet.name, sheet.selection),
    charts: sheet.charts.map((c) => ({
      type: c.type,
      source: formatRect(c.source),
      title: c.title,
      position: c.position ? `${c.position.start}:${c.position.end}` : "",
    })),
  };
}

function cellAt(data: HostSheetData, address: string): HostCellSnapshot | undefined {
  const rect = parseAddress(address);
  if (!rect || rect.row !== rect.lastRow || rect.col !== rect.lastCol) throw new Error(`not a cell address: ${address}`);
  return data.cells[cellA1(rect.row, rect.col)];
}

export function sheetSnapshot(wb: WorkbookModel, sheet: SheetModel): HostSheetSnapshot {
  const data = sheetData(wb, sheet);
  const lookups = {
    cell: (a: string) => cellAt(data, a),
    value: (a: string): Scalar => {
      const rect = parseAddress(a);
      return rect ? (data.values[rect.row]?.[rect.col] ?? "") : "";
    },
    formula: (a: string) => cellAt(data, a)?.formula,
    fill: (a: string) => cellAt(data, a)?.fill,
    numberFormat: (a: string) => cellAt(data, a)?.numberFormat ?? "General",
  };
  for (const [name, fn] of Object.entries(lookups)) Object.defineProperty(data, name, { value: fn, enumerable: false });
  return data as HostSheetSnapshot;
}

export function workbookSnapshot(wb: WorkbookModel): HostWorkbookSnapshot {
  const active = wb.activeSheetId === undefined ? undefined : sheetById(wb, wb.activeSheetId);
  return { activeSheet: active?.name, sheets: wb.sheets.map((s) => sheetData(wb, s)) };
}
