/**
 * Seeds the host from an .xlsx read by ExcelJS: sheet names, order and visibility, values,
 * formulas (with their cached results), number formats, fills and fonts, alignment, locked cells,
 * protection, merges, column widths, row heights, hidden rows and columns, frozen panes, tab colours.
 * Not imported: data validations, conditional formats, borders, page setup.
 */
import ExcelJS from "exceljs";
import { parseAddress } from "./a1";
import {
  defaultProtectionOptions,
  ensureCell,
  newSheet,
  UNKNOWN_PASSWORD,
  type CellModel,
  type Scalar,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import { pointsOfFileWidth } from "./widths";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;

/** A cell value as Office reports it: dates as serials, errors as their text, rich text joined. */
function plainValue(v: ExcelJS.CellValue | undefined): Scalar | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  if ("error" in v) return String(v.error);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v) return String((v as { text: unknown }).text);
  return undefined;
}

const rgb = (color: Partial<ExcelJS.Color> | undefined): string | undefined =>
  color?.argb && /^[0-9A-F]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toUpperCase()}` : undefined;

const H_ALIGN: Readonly<Record<string, CellModel["hAlign"]>> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const V_ALIGN: Readonly<Record<string, CellModel["vAlign"]>> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

function importStyle(c: CellModel, cell: ExcelJS.Cell): void {
  if (cell.numFmt && cell.numFmt !== "General") c.numberFormat = cell.numFmt;
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? rgb(cell.fill.fgColor) : undefined;
  if (fill) c.fill = fill;
  const f = cell.font as Partial<ExcelJS.Font> | undefined;
  if (f && Object.keys(f).length > 0) {
    const color = rgb(f.color);
    c.font = {
      ...(f.name ? { name: f.name } : {}),
      ...(f.size ? { size: f.size } : {}),
      ...(f.bold ? { bold: true } : {}),
      ...(f.italic ? { italic: true } : {}),
      ...(color ? { color } : {}),
    };
  }
  const a = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  const h = a?.horizontal ? H_ALIGN[a.horizontal] : undefined;
  const v = a?.vertical ? V_ALIGN[a.vertical] : undefined;
  if (h) c.hAlign = h;
  if (v) c.vAlign = v;
  if (a?.wrapText) c.wrap = true;
  if (cell.protection?.locked === false) c.locked = false;
}

function importCell(sheet: SheetModel, cell: ExcelJS.Cell): void {
  const c = ensureCell(sheet, Number(cell.row) - 1, Number(cell.col) - 1);
  if (cell.isMerged && cell.master !== cell) {
    importStyle(c, cell);
    return;
  }
  if (cell.type === ExcelJS.ValueType.Formula) {
    c.formula = `=${cell.formula}`;
    const cached = plainValue((cell.value as { result?: ExcelJS.CellValue }).result);
    if (cached !== undefined) c.cached = cached;
  } else {
    const value = plainValue(cell.value);
    if (value !== undefined) c.value = value;
  }
  importStyle(c, cell);
}

function importProtection(sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  const p = (ws as unknown as { sheetProtection?: Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean; hashValue?: string } })
    .sheetProtection;
  if (!p?.sheet) return;
  const options = defaultProtectionOptions();
  options.allowFormatCells = p.formatCells === true;
  options.allowFormatColumns = p.formatColumns === true;
  options.allowFormatRows = p.formatRows === true;
  options.allowInsertColumns = p.insertColumns === true;
  options.allowInsertRows = p.insertRows === true;
  options.allowDeleteColumns = p.deleteColumns === true;
  options.allowDeleteRows = p.deleteRows === true;
  options.allowSort = p.sort === true;
  options.allowAutoFilter = p.autoFilter === true;
  options.selectionMode = p.selectLockedCells === false ? (p.selectUnlockedCells === false ? "None" : "Unlocked") : "Normal";
  sheet.protection = { protected: true, options, ...(p.hashValue ? { password: UNKNOWN_PASSWORD } : {}) };
}

function importSheet(id: number, ws: ExcelJS.Worksheet): SheetModel {
  const sheet = newSheet(id, ws.name);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
    if (row.height) sheet.rowHeights.set(rowNumber - 1, row.height);
    row.eachCell({ includeEmpty: true }, (cell) => importCell(sheet, cell)); // styled empty cells too
  });
  (ws.columns as Partial<ExcelJS.Column>[] | null)?.forEach((column, i) => {
    if (column.width !== undefined) sheet.columnWidths.set(i, pointsOfFileWidth(column.width));
    if (column.hidden) sheet.hiddenColumns.add(i);
  });
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  sheet.merges = merges.map((m) => parseAddress(m)).filter((r) => r !== undefined);
  const view = (ws.views as ExcelJS.WorksheetView[] | null)?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view?.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
  const tab = rgb(ws.properties.tabColor);
  if (tab) sheet.tabColor = tab;
  importProtection(sheet, ws);
  for (const [key, cell] of sheet.cells) if (Object.keys(cell).length === 0) sheet.cells.delete(key);
  return sheet;
}

/** A workbook model from .xlsx bytes; the first visible sheet (or the file's active tab) is active. */
export async function importWorkbook(data: Uint8Array): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws, i) => importSheet(i + 1, ws));
  const activeTab = (wb.views as ExcelJS.WorkbookView[] | undefined)?.[0]?.activeTab;
  const tab = activeTab === undefined ? undefined : sheets[activeTab];
  const active = tab?.visibility === "Visible" ? tab : sheets.find((s) => s.visibility === "Visible");
  return { sheets, activeSheetId: active?.id, nextId: sheets.length + 1 };
}
