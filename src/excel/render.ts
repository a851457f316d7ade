/**
 * Renders a core WorkbookSpec through Office.js: values first, formats after, protection
 * last, every write queued in one request unless the payload budget forces a split.
 * Features the host's requirement sets lack are skipped and reported.
 */
import { columnLetter, rangeA1 } from "../core/a1";
import { rowHeightRuns } from "../core/template/heights";
import { entryRuns, sheetGrid, styleRuns } from "../core/template/runs";
import type { CellStyle, ConditionalSpec, Rect, SheetSpec, ValidationSpec, WorkbookSpec } from "../core/template/spec";
import { estimateBytes, rowChunks, type WriteBatch } from "./batch";
import type { Capabilities } from "./capabilities";
import { safeCellValue } from "./safe";
import type { Feature } from "./service";

/** ExcelJS column widths are in characters of the default font; Office.js wants points. */
export const POINTS_PER_CHARACTER = 5.25;

const A1 = (r: Rect): string => rangeA1(r.row, r.col, r.lastRow, r.lastCol);
const hex = (rgb: string): string => `#${rgb.toUpperCase()}`;
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

function applyStyle(range: Excel.Range, style: CellStyle, fontName: string, rect: Rect): void {
  const f = range.format;
  f.font.name = fontName;
  f.font.size = style.size ?? 11;
  f.font.bold = style.bold ?? false;
  f.font.italic = style.italic ?? false;
  if (style.color) f.font.color = hex(style.color);
  if (style.fill) f.fill.color = hex(style.fill);
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap) f.wrapText = true;
  if (style.numFmt)
    range.numberFormat = Array.from({ length: rect.lastRow - rect.row + 1 }, () =>
      Array<string>(rect.lastCol - rect.col + 1).fill(style.numFmt ?? "General"),
    );
  if (style.border)
    for (const edge of EDGES) {
      if (edge === "InsideHorizontal" && rect.row === rect.lastRow) continue;
      if (edge === "InsideVertical" && rect.col === rect.lastCol) continue;
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#808080";
    }
}

function validationRule(v: ValidationSpec): Excel.DataValidationRule {
  const rule = v.rule;
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.items.join(",") } };
    case "whole":
      return { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: rule.min } };
    case "decimal":
      return { decimal: { operator: "Between", formula1: rule.min, formula2: rule.max } };
    case "date":
      return { date: { operator: "GreaterThanOrEqualTo", formula1: rule.min } };
  }
}

async function writeContents(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  const grid = sheetGrid(sheet);
  if (grid.rows === 0) return;
  const formulas = grid.contents.map((row) => row.map((c) => (c === null ? "" : "formula" in c ? c.formula : safeCellValue(c.value))));
  for (const chunk of rowChunks(formulas))
    await batch.add(estimateBytes(chunk.rows), () => {
      ws.getRange(rangeA1(chunk.start, 0, chunk.start + chunk.rows.length - 1, grid.cols - 1)).formulas = chunk.rows as (
        string | number | boolean
      )[][];
    });
}

async function writeLayout(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  caps: Capabilities,
  batch: WriteBatch,
): Promise<void> {
  for (const run of styleRuns(sheet))
    await batch.add(400, () => applyStyle(ws.getRange(A1(run.rect)), spec.styles[run.style], spec.fontName, run.rect));
  if (caps.columnWidths)
    for (const [i, c] of sheet.columns.entries())
      await batch.add(120, () => {
        const col = ws.getRange(`${columnLetter(i)}1`);
        col.format.columnWidth = c.width * POINTS_PER_CHARACTER;
        if (c.hidden) col.columnHidden = true;
      });
  if (caps.columnWidths) await writeRowHeights(ws, sheet, batch);
  if (caps.hiddenRows) for (const r of sheet.hiddenRows) await batch.add(80, () => (ws.getRange(`A${r + 1}`).rowHidden = true));
  if (caps.merge) for (const m of sheet.merges) await batch.add(80, () => ws.getRange(A1(m)).merge(false));
  if (caps.freezePanes && sheet.freeze.rows > 0) await batch.add(80, () => ws.freezePanes.freezeRows(sheet.freeze.rows));
  if (caps.tabColor && sheet.tabColor) await batch.add(80, () => (ws.tabColor = hex(sheet.tabColor ?? "")));
  // Hidden, not very hidden: LibreOffice saves a very hidden sheet as hidden, and Excel cannot delete one (ExcelApi 1.2, as hiddenRows).
  if (caps.hiddenRows && sheet.visibility === "hidden") await batch.add(80, () => (ws.visibility = "Hidden"));
}

/**
 * The heights the core gave rows holding wrapped text, a range per run of rows of one height
 * (RangeFormat.rowHeight is ExcelApi 1.2, as columnWidth, so the same capability gates both).
 */
async function writeRowHeights(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  for (const run of rowHeightRuns(sheet))
    await batch.add(100, () => (ws.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height));
}

async function writeRules(ws: Excel.Worksheet, sheet: SheetSpec, title: string, caps: Capabilities, batch: WriteBatch): Promise<void> {
  if (caps.validation)
    for (const v of sheet.validations)
      await batch.add(estimateBytes(v), () => {
        const dv = ws.getRange(A1(v.range)).dataValidation;
        dv.ignoreBlanks = true;
        dv.rule = validationRule(v);
        dv.prompt = { showPrompt: true, title: "", message: v.promptVi };
        dv.errorAlert = { showAlert: true, style: "Stop", title, message: v.errorVi };
      });
  if (caps.conditionalFormats) for (const c of sheet.conditionals) await batch.add(estimateBytes(c), () => addConditional(ws, c));
}

/** Charts over the sheet's ranges (ExcelApi 1.1); the .xlsx adapter keeps only their data. */
async function writeCharts(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  for (const c of sheet.charts ?? [])
    await batch.add(300, () => {
      const chart = ws.charts.add(c.kind === "column" ? "ColumnClustered" : "BarClustered", ws.getRange(A1(c.source)), "Columns");
      chart.title.text = c.titleVi;
      chart.setPosition(
        rangeA1(c.anchor.row, c.anchor.col, c.anchor.row, c.anchor.col),
        rangeA1(c.anchor.lastRow, c.anchor.lastCol, c.anchor.lastRow, c.anchor.lastCol),
      );
    });
}

function addConditional(ws: Excel.Worksheet, c: ConditionalSpec): void {
  const cf = ws.getRange(A1(c.range)).conditionalFormats.add("Custom");
  cf.custom.rule.formula = c.formula;
  cf.custom.format.fill.color = hex(c.fill);
  cf.custom.format.font.color = hex(c.fontColor);
}

async function writePrint(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  await batch.add(300, () => {
    const p = ws.pageLayout;
    p.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    p.paperSize = "A4";
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.print.titleRows) p.setPrintTitleRows(`$${sheet.print.titleRows.first + 1}:$${sheet.print.titleRows.last + 1}`);
    p.headersFooters.defaultForAllPages.centerFooter = sheet.print.footerVi;
  });
}

/** Options Excel uses for the template's protection: structure locked, columns resizable. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowFormatColumns: true };

/**
 * Queues every write of the spec into new worksheets (created here, in spec order) and
 * returns the features that the host could not apply.
 */
export async function renderSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  caps: Capabilities,
  batch: WriteBatch,
): Promise<Feature[]> {
  const sheets = spec.sheets.map((s) => ({ spec: s, ws: context.workbook.worksheets.add(s.name) }));
  for (const { spec: s, ws } of sheets) await writeContents(ws, s, batch);
  for (const { spec: s, ws } of sheets) {
    await writeLayout(ws, s, spec, caps, batch);
    await writeRules(ws, s, spec.validationTitleVi, caps, batch);
    await writeCharts(ws, s, batch);
    if (caps.pageLayout) await writePrint(ws, s, batch);
    if (caps.protection && s.protect) {
      for (const r of entryRuns(s)) await batch.add(100, () => (ws.getRange(A1(r)).format.protection.locked = false));
      await batch.add(100, () => ws.protection.protect(PROTECTION_OPTIONS));
    }
  }
  return (Object.keys(caps) as Feature[]).filter((f) => !caps[f]);
}
