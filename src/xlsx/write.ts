/** Renders a core WorkbookSpec into an .xlsx file with ExcelJS, in memory (see stream.ts for large reports). */
import ExcelJS from "exceljs";
import { rangeA1 } from "../core/a1";
import { rowHeightRuns } from "../core/template/heights";
import { sheetCells } from "../core/template/runs";
import type { ConditionalSpec, SheetSpec, ValidationSpec, WorkbookSpec } from "../core/template/spec";
import { argb, setCell, StyleCache } from "./styles";

function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function toDataValidation(v: ValidationSpec, title: string): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    prompt: v.promptVi,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: title,
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

/** The worksheet options of a sheet: tab colour, frozen panes, print setup, footer. */
export function worksheetOptions(sheet: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(sheet.visibility ? { state: sheet.visibility } : {}),
    views: sheet.freeze.rows || sheet.freeze.cols ? [{ state: "frozen", ySplit: sheet.freeze.rows, xSplit: sheet.freeze.cols }] : [],
    pageSetup: pageSetup(sheet),
    headerFooter: { oddFooter: `&C${sheet.print.footerVi}`, evenFooter: `&C${sheet.print.footerVi}` },
  };
}

export function setColumns(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
}

/** Validations, conditional formats and protection: what follows the cells. */
export async function finishSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec, validationTitle: string): Promise<void> {
  for (const v of sheet.validations) {
    const r = v.range;
    // ExcelJS's typings omit dataValidations.add, which the library has since 4.0.
    (ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }).dataValidations.add(
      rangeA1(r.row, r.col, r.lastRow, r.lastCol),
      toDataValidation(v, validationTitle),
    );
  }
  sheet.conditionals.forEach((c, i) => ws.addConditionalFormatting(conditional(c, i + 1)));
  if (sheet.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

async function renderSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, spec: WorkbookSpec, styles: StyleCache): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
  setColumns(ws, sheet);
  for (const c of sheetCells(sheet)) setCell(ws.getCell(c.row + 1, c.col + 1), c, styles);
  for (const run of rowHeightRuns(sheet)) for (let r = run.first; r <= run.last; r++) ws.getRow(r + 1).height = run.height;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.lastRow + 1, m.lastCol + 1);
  await finishSheet(ws, sheet, spec.validationTitleVi);
}

/** The workbook described by the spec, ready to write. */
export async function renderWorkbook(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-report";
  wb.calcProperties = { fullCalcOnLoad: true };
  const styles = new StyleCache(spec);
  for (const sheet of spec.sheets) await renderSheet(wb, sheet, spec, styles);
  return wb;
}

/** The .xlsx bytes of the workbook described by the spec. */
export async function writeWorkbookBuffer(spec: WorkbookSpec): Promise<Buffer> {
  const wb = await renderWorkbook(spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The same bytes as a plain Uint8Array of their own, where Node's Buffer does not exist (the web
 * page): ExcelJS's browser build returns its own Buffer, a view that may share a larger store.
 */
export async function writeWorkbookBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = await renderWorkbook(spec);
  const out: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer();
  return new Uint8Array(out);
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
