/**
 * The host's workbook as ExcelJS objects, in the same representation src/xlsx/write.ts renders
 * from the template spec, so the add-in's output (through the host) and the command line's
 * output can be compared cell by cell.
 */
import ExcelJS from "exceljs";
import { coverCells, formatRect } from "./a1";
import {
  DEFAULT_FONT,
  DEFAULT_FONT_SIZE,
  DEFAULT_ROW_HEIGHT,
  cellKey,
  keyCol,
  keyRow,
  type BorderModel,
  type CellModel,
  type PageModel,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from "./model";
import { PAPER_SIZES } from "./page-layout";
import { fileWidthOfPoints } from "./widths";

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

const H_ALIGN: Readonly<Record<string, ExcelJS.Alignment["horizontal"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_ALIGN: Readonly<Record<string, ExcelJS.Alignment["vertical"]>> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

function borderStyle(b: BorderModel): ExcelJS.BorderStyle {
  const medium = b.weight === "Medium" || b.weight === "Thick";
  switch (b.style) {
    case "Double":
      return "double";
    case "Dot":
      return "dotted";
    case "Dash":
      return medium ? "mediumDashed" : "dashed";
    case "DashDot":
      return medium ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return medium ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    case "Continuous":
      return b.weight === "Hairline" ? "hair" : b.weight === "Thin" ? "thin" : b.weight === "Medium" ? "medium" : "thick";
  }
}

function styleCell(cell: ExcelJS.Cell, c: CellModel): void {
  if (c.font) {
    const f = c.font;
    cell.font = {
      name: f.name ?? DEFAULT_FONT,
      size: f.size ?? DEFAULT_FONT_SIZE,
      ...(f.bold ? { bold: true } : {}),
      ...(f.italic ? { italic: true } : {}),
      ...(f.color ? { color: { argb: argb(f.color) } } : {}),
    };
  }
  if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
  const horizontal = c.hAlign ? H_ALIGN[c.hAlign] : undefined;
  const vertical = c.vAlign ? V_ALIGN[c.vAlign] : undefined;
  if (horizontal || vertical || c.wrap) {
    cell.alignment = { ...(horizontal ? { horizontal } : {}), ...(vertical ? { vertical } : {}), ...(c.wrap ? { wrapText: true } : {}) };
  }
  if (c.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const [side, b] of Object.entries(c.borders)) border[side as "top"] = { style: borderStyle(b), color: { argb: argb(b.color) } };
    cell.border = border;
  }
  if (c.numberFormat) cell.numFmt = c.numberFormat;
  if (c.locked === false) cell.protection = { locked: false };
}

function cellValue(c: CellModel): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    return { formula: c.formula.replace(/^=/, ""), ...(c.cached !== undefined ? { result: c.cached } : {}) };
  }
  return c.value ?? null;
}

function pageSetup(page: PageModel): Partial<ExcelJS.PageSetup> {
  const z = page.zoom;
  const fit = z && (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined);
  const m = page.margins;
  const inches = (pt: number | undefined, fallback: number) => (pt === undefined ? fallback : round6(pt / 72));
  return {
    ...(page.paperSize ? { paperSize: PAPER_SIZES[page.paperSize] as ExcelJS.PaperSize } : {}),
    ...(page.orientation ? { orientation: page.orientation === "Landscape" ? "landscape" : "portrait" } : {}),
    ...(fit ? { fitToPage: true, fitToWidth: z.horizontalFitToPages ?? 0, fitToHeight: z.verticalFitToPages ?? 0 } : {}),
    ...(z?.scale !== undefined && !fit ? { scale: z.scale } : {}),
    ...(Object.keys(m).length > 0
      ? {
          margins: {
            left: inches(m.leftMargin, 0.7),
            right: inches(m.rightMargin, 0.7),
            top: inches(m.topMargin, 0.75),
            bottom: inches(m.bottomMargin, 0.75),
            header: inches(m.headerMargin, 0.3),
            footer: inches(m.footerMargin, 0.3),
          },
        }
      : {}),
    ...(page.printTitleRows ? { printTitlesRow: `${page.printTitleRows.first + 1}:${page.printTitleRows.last + 1}` } : {}),
  };
}

/** "&L…&C…&R…" for one band; defaultForAllPages goes to odd and even pages alike (as write.ts). */
function headerFooter(page: PageModel): Partial<ExcelJS.HeaderFooter> {
  const hf = page.headerFooter;
  const band = (l?: string, c?: string, r?: string) => `${l ? `&L${l}` : ""}${c ? `&C${c}` : ""}${r ? `&R${r}` : ""}`;
  const header = band(hf.leftHeader, hf.centerHeader, hf.rightHeader);
  const footer = band(hf.leftFooter, hf.centerFooter, hf.rightFooter);
  return { ...(header ? { oddHeader: header, evenHeader: header } : {}), ...(footer ? { oddFooter: footer, evenFooter: footer } : {}) };
}

const OPERATORS: Readonly<Record<string, ExcelJS.DataValidationOperator>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

function operand(v: string | number, date: boolean): unknown {
  if (typeof v === "string" && v.startsWith("=")) return v.slice(1);
  if (date) {
    if (typeof v === "number") return new Date(Math.round((v - 25_569) * 86_400_000));
    const [y = 1970, m = 1, d = 1] = v.slice(0, 10).split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : v;
}

function toDataValidation(v: ValidationModel): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.ignoreBlanks,
    showInputMessage: v.prompt.showPrompt,
    ...(v.prompt.title ? { promptTitle: v.prompt.title } : {}),
    ...(v.prompt.message ? { prompt: v.prompt.message } : {}),
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase(),
    ...(v.errorAlert.title ? { errorTitle: v.errorAlert.title } : {}),
    ...(v.errorAlert.message ? { error: v.errorAlert.message } : {}),
  };
  const r = v.rule;
  if (!r) return { ...common, type: "any", formulae: [] } as unknown as ExcelJS.DataValidation;
  if (r.kind === "list") return { ...common, type: "list", formulae: [r.source.startsWith("=") ? r.source.slice(1) : `"${r.source}"`] };
  if (r.kind === "custom") return { ...common, type: "custom", formulae: [r.formula.slice(1)] };
  const type = r.kind === "wholeNumber" ? "whole" : r.kind;
  const date = r.kind === "date";
  const formulae = [operand(r.formula1, date), ...(r.formula2 !== undefined ? [operand(r.formula2, date)] : [])];
  return { ...common, type, operator: OPERATORS[r.operator] ?? "between", formulae };
}

function protectOptions(sheet: SheetModel): Partial<ExcelJS.WorksheetProtection> {
  const o = sheet.protection.options;
  const flags: [keyof typeof o, keyof ExcelJS.WorksheetProtection][] = [
    ["allowFormatCells", "formatCells"],
    ["allowFormatColumns", "formatColumns"],
    ["allowFormatRows", "formatRows"],
    ["allowInsertColumns", "insertColumns"],
    ["allowInsertRows", "insertRows"],
    ["allowInsertHyperlinks", "insertHyperlinks"],
    ["allowDeleteColumns", "deleteColumns"],
    ["allowDeleteRows", "deleteRows"],
    ["allowSort", "sort"],
    ["allowAutoFilter", "autoFilter"],
    ["allowPivotTables", "pivotTables"],
  ];
  return {
    selectLockedCells: o.selectionMode === "Normal",
    selectUnlockedCells: o.selectionMode !== "None",
    ...Object.fromEntries(flags.filter(([from]) => o[from] === true).map(([, to]) => [to, true])),
  };
}

async function exportSheet(wb: ExcelJS.Workbook, sheet: SheetModel): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: sheet.freeze.rows || sheet.freeze.cols ? [{ state: "frozen", ySplit: sheet.freeze.rows, xSplit: sheet.freeze.cols }] : [],
    pageSetup: pageSetup(sheet.page),
    headerFooter: headerFooter(sheet.page),
    state: sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden",
  });
  for (const [col, pt] of sheet.columnWidths) ws.getColumn(col + 1).width = fileWidthOfPoints(pt);
  for (const col of sheet.hiddenColumns) ws.getColumn(col + 1).hidden = true;
  const keys = [...sheet.cells.keys()].map((k) => [keyRow(k), keyCol(k)] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of keys) {
    const c = sheet.cells.get(cellKey(row, col));
    if (!c) continue;
    const cell = ws.getCell(row + 1, col + 1);
    const value = cellValue(c);
    if (value !== null) cell.value = value;
    styleCell(cell, c);
  }
  const rowsWithCells = new Set(keys.map(([row]) => row));
  for (const row of sheet.hiddenRows) {
    ws.getRow(row + 1).hidden = true;
    // ExcelJS drops a row with no cells and no height, and its hidden flag with it.
    if (!rowsWithCells.has(row) && !sheet.rowHeights.has(row)) ws.getRow(row + 1).height = DEFAULT_ROW_HEIGHT;
  }
  for (const [row, pt] of sheet.rowHeights) ws.getRow(row + 1).height = pt;
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
  exportValidations(ws, sheet);
  sheet.conditionals
    .filter((c) => c.formula !== "")
    .forEach((c, i) =>
      ws.addConditionalFormatting({
        ref: formatRect(c.rect),
        rules: [
          {
            type: "expression",
            priority: i + 1,
            formulae: [c.formula.replace(/^=/, "")],
            style: {
              ...(c.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } } } : {}),
              ...(c.fontColor || c.bold || c.italic
                ? {
                    font: {
                      ...(c.fontColor ? { color: { argb: argb(c.fontColor) } } : {}),
                      ...(c.bold ? { bold: true } : {}),
                      ...(c.italic ? { italic: true } : {}),
                    },
                  }
                : {}),
            },
          },
        ],
      }),
    );
  if (sheet.protection.protected) await ws.protect(sheet.protection.password ?? "", protectOptions(sheet));
}

function exportValidations(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const byId = new Map<number, (readonly [number, number])[]>();
  for (const [key, c] of sheet.cells)
    if (c.validation !== undefined) byId.set(c.validation, [...(byId.get(c.validation) ?? []), [keyRow(key), keyCol(key)]]);
  // ExcelJS's typings omit dataValidations.add, which the library has since 4.0 (as in src/xlsx/write.ts).
  const dv = (ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [id, keys] of byId) {
    const v = sheet.validations.get(id);
    if (v) for (const rect of coverCells(keys)) dv.add(formatRect(rect), toDataValidation(v));
  }
}

/** The workbook as ExcelJS objects (sheets in position order). */
export async function exportWorkbook(model: WorkbookModel): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-report test host";
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of model.sheets) await exportSheet(wb, sheet);
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  if (active >= 0) wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: active, visibility: "visible" }];
  return wb;
}
