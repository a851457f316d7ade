/** Renders a core WorkbookSpec into an .xlsx file with ExcelJS. */
import ExcelJS from "exceljs";
import { rangeA1 } from "../core/a1";
import type { CellStyle, ConditionalSpec, SheetSpec, ValidationSpec, WorkbookSpec } from "../core/template/spec";

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle, fontName: string): void {
  cell.font = {
    name: fontName,
    size: style.size ?? 11,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { color: { argb: argb(style.color) } } : {}),
  };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  cell.alignment = {
    ...(style.hAlign ? { horizontal: style.hAlign } : {}),
    ...(style.vAlign ? { vertical: style.vAlign } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numFmt) cell.numFmt = style.numFmt;
}

function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function toDataValidation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    prompt: v.promptVi,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Dữ liệu không hợp lệ",
    error: v.errorVi,
  } as const;
  const rule = v.rule;
  switch (rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.items.join(",")}"`] };
    case "whole":
      return { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] };
    case "decimal":
      return { ...common, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      return { ...common, type: "date", operator: "greaterThanOrEqual", formulae: [isoToUtcDate(rule.min)] };
  }
}

function conditional(c: ConditionalSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const r = c.range;
  return {
    ref: rangeA1(r.row, r.col, r.lastRow, r.lastCol),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [c.formula.replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } },
          font: { color: { argb: argb(c.fontColor) } },
        },
      },
    ],
  };
}

function pageSetup(sheet: SheetSpec): Partial<ExcelJS.PageSetup> {
  const p = sheet.print;
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
  };
}

async function renderSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, spec: WorkbookSpec): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: sheet.freeze.rows || sheet.freeze.cols ? [{ state: "frozen", ySplit: sheet.freeze.rows, xSplit: sheet.freeze.cols }] : [],
    pageSetup: pageSetup(sheet),
    headerFooter: { oddFooter: `&C${sheet.print.footerVi}`, evenFooter: `&C${sheet.print.footerVi}` },
  });
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    // Literal text is stored as a string cell; ExcelJS never turns a leading '=' into a formula.
    if (c.formula !== undefined)
      cell.value = { formula: c.formula.replace(/^=/, ""), ...(c.result !== undefined ? { result: c.result } : {}) };
    else if (c.value !== undefined) cell.value = c.value;
    if (c.style) applyStyle(cell, spec.styles[c.style], spec.fontName);
    if (c.entry) cell.protection = { locked: false };
  }
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
  for (const v of sheet.validations) {
    const r = v.range;
    // ExcelJS's typings omit dataValidations.add, which the library has since 4.0.
    (ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }).dataValidations.add(
      rangeA1(r.row, r.col, r.lastRow, r.lastCol),
      toDataValidation(v),
    );
  }
  sheet.conditionals.forEach((c, i) => ws.addConditionalFormatting(conditional(c, i + 1)));
  if (sheet.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

/** The workbook described by the spec, ready to write. */
export async function renderWorkbook(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-report";
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of spec.sheets) await renderSheet(wb, sheet, spec);
  return wb;
}

/** The .xlsx bytes of the workbook described by the spec. */
export async function writeWorkbookBuffer(spec: WorkbookSpec): Promise<Buffer> {
  const wb = await renderWorkbook(spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes entries into a rendered workbook's cells, as a unit typing into them would. */
export function fillWorkbook(
  wb: ExcelJS.Workbook,
  entries: readonly { sheet: string; row: number; col: number; value: string | number }[],
): void {
  for (const e of entries) {
    const ws = wb.getWorksheet(e.sheet);
    if (ws) ws.getCell(e.row + 1, e.col + 1).value = e.value;
  }
}
