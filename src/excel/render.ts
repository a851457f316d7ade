/**
 * Renders a core WorkbookSpec through Office.js: values first, formats after, protection
 * last, every write queued in one request unless the payload budget forces a split.
 * Features the host's requirement sets lack are skipped and reported.
 *
 * Formats are grouped by src/excel/plan.ts (each property once per rectangle of equal cells,
 * borders once per bordered rectangle, defaults never sent); every write is charged the bytes
 * Office.js will put in the request for it (src/excel/batch.ts), so requests stay under the budget.
 */
import { columnLetter, rangeA1 } from "../core/a1";
import { rowHeightRuns } from "../core/template/heights";
import { sheetCells, sheetGrid } from "../core/template/runs";
import type { ConditionalSpec, Rect, SheetSpec, ValidationSpec, WorkbookSpec } from "../core/template/spec";
import { actionBytes, gridWriteBytes, jsonBytes, objectBytes, rangeBytes, rowChunks, type WriteBatch } from "./batch";
import { missingFeatures, type Capabilities } from "./capabilities";
import { planSheet, type RectFormat, type SheetPlan } from "./plan";
import { indexRuns } from "./rects";
import { safeCellValue } from "./safe";
import type { Feature } from "./service";

/** ExcelJS column widths are in characters of the default font; Office.js wants points. */
export const POINTS_PER_CHARACTER = 5.25;

const A1 = (r: Rect): string => rangeA1(r.row, r.col, r.lastRow, r.lastCol);
const hex = (rgb: string): string => `#${rgb.toUpperCase()}`;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const BORDER = { style: "Continuous", weight: "Thin", color: "#808080" } as const;

/**
 * A range for one write, untracked: Office.js would otherwise keep a reference to every range of
 * the run (a command per range) and release them all in one more request when the run ends.
 */
function rangeOf(ws: Excel.Worksheet, address: string): Excel.Range {
  const range = ws.getRange(address);
  ws.context.trackedObjects.remove(range);
  return range;
}

function applyFormat(range: Excel.Range, props: RectFormat["props"]): void {
  const f = range.format;
  for (const [p, v] of props)
    switch (p) {
      case "font.name":
        f.font.name = String(v);
        break;
      case "font.size":
        f.font.size = Number(v);
        break;
      case "font.bold":
        f.font.bold = v === true;
        break;
      case "font.italic":
        f.font.italic = v === true;
        break;
      case "font.color":
        f.font.color = String(v);
        break;
      case "fill.color":
        f.fill.color = String(v);
        break;
      case "horizontalAlignment":
        f.horizontalAlignment = v as Excel.HorizontalAlignment;
        break;
      case "verticalAlignment":
        f.verticalAlignment = v as Excel.VerticalAlignment;
        break;
      case "wrapText":
        f.wrapText = v === true;
        break;
      case "numberFormat":
        // One format for every cell (Office's "single input copy"): a 2-D array would repeat it per cell.
        range.numberFormat = v as unknown as string[][];
        break;
    }
}

function formatBytes(address: string, props: RectFormat["props"]): number {
  const navs = new Set([...props.keys()].flatMap((p) => (p === "numberFormat" ? [] : ["Format", ...p.split(".").slice(0, -1)])));
  let bytes = rangeBytes(address) + [...navs].reduce((n, nav) => n + objectBytes(nav), 0);
  for (const [p, v] of props) bytes += actionBytes(p.split(".").pop() ?? p, [v]);
  return bytes;
}

function drawBorders(range: Excel.Range, rect: Rect): void {
  const borders = range.format.borders;
  for (const edge of EDGES) {
    if (edge === "InsideHorizontal" && rect.row === rect.lastRow) continue;
    if (edge === "InsideVertical" && rect.col === rect.lastCol) continue;
    const b = borders.getItem(edge);
    b.style = BORDER.style;
    b.weight = BORDER.weight;
    b.color = BORDER.color;
  }
}

const borderBytes = (address: string): number =>
  rangeBytes(address) +
  objectBytes("Format") +
  objectBytes("Borders") +
  EDGES.length * (objectBytes("", ["InsideHorizontal"]) + 3 * actionBytes("Weight", ["Continuous"]));

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
  for (const chunk of rowChunks(formulas, batch.budget / 2)) {
    const address = rangeA1(chunk.start, 0, chunk.start + chunk.rows.length - 1, grid.cols - 1);
    await batch.add(rangeBytes(address) + gridWriteBytes("Formulas", chunk.rows), () => {
      rangeOf(ws, address).formulas = chunk.rows as (string | number | boolean)[][];
    });
  }
}

async function writeFormats(ws: Excel.Worksheet, plan: SheetPlan, batch: WriteBatch): Promise<void> {
  for (const { rect, props } of plan.formats)
    await batch.add(formatBytes(A1(rect), props), () => applyFormat(rangeOf(ws, A1(rect)), props));
  for (const rect of plan.borders) await batch.add(borderBytes(A1(rect)), () => drawBorders(rangeOf(ws, A1(rect)), rect));
}

/** Column widths and hidden columns, each on a run of neighbouring columns that share it. */
async function writeColumns(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  const cols = (first: number, last: number): string => `${columnLetter(first)}1:${columnLetter(last)}1`;
  const widths = indexRuns(sheet.columns.map((c, index) => ({ index, key: c.width * POINTS_PER_CHARACTER })));
  for (const w of widths) {
    const address = cols(w.first, w.last);
    const bytes = rangeBytes(address) + objectBytes("Format") + actionBytes("ColumnWidth", [w.key]);
    await batch.add(bytes, () => (rangeOf(ws, address).format.columnWidth = w.key));
  }
  const hidden = indexRuns(sheet.columns.flatMap((c, index) => (c.hidden ? [{ index, key: true }] : [])));
  for (const h of hidden) {
    const address = cols(h.first, h.last);
    await batch.add(rangeBytes(address) + actionBytes("ColumnHidden", [true]), () => (rangeOf(ws, address).columnHidden = true));
  }
}

/**
 * Per-row formats, each on a run of neighbouring rows that share it: the heights the core gave rows
 * holding wrapped text (RangeFormat.rowHeight is ExcelApi 1.2, as columnWidth, so the same capability
 * gates both) and hidden rows.
 */
async function writeRows(ws: Excel.Worksheet, sheet: SheetSpec, caps: Capabilities, batch: WriteBatch): Promise<void> {
  if (caps.columnWidths)
    for (const run of rowHeightRuns(sheet)) {
      const address = `${run.first + 1}:${run.last + 1}`;
      const bytes = rangeBytes(address) + objectBytes("Format") + actionBytes("RowHeight", [run.height]);
      await batch.add(bytes, () => (rangeOf(ws, address).format.rowHeight = run.height));
    }
  if (caps.hiddenRows)
    for (const r of indexRuns(sheet.hiddenRows.map((index) => ({ index, key: true })))) {
      const address = `A${r.first + 1}:A${r.last + 1}`;
      await batch.add(rangeBytes(address) + actionBytes("RowHidden", [true]), () => (rangeOf(ws, address).rowHidden = true));
    }
}

async function writeLayout(ws: Excel.Worksheet, sheet: SheetSpec, caps: Capabilities, batch: WriteBatch): Promise<void> {
  if (caps.columnWidths) await writeColumns(ws, sheet, batch);
  await writeRows(ws, sheet, caps, batch);
  if (caps.merge)
    for (const m of sheet.merges) await batch.add(rangeBytes(A1(m)) + actionBytes("Merge", [false]), () => rangeOf(ws, A1(m)).merge(false));
  if (caps.freezePanes) await freeze(ws, sheet.freeze, batch);
  if (caps.tabColor && sheet.tabColor) await batch.add(300, () => (ws.tabColor = hex(sheet.tabColor ?? "")));
  // Hidden, not very hidden: LibreOffice saves a very hidden sheet as hidden, and Excel cannot delete one.
  if (caps.sheetVisibility && sheet.visibility === "hidden") await batch.add(300, () => (ws.visibility = "Hidden"));
}

/** Frozen rows and columns: freezeRows and freezeColumns each replace the other, freezeAt sets both. */
async function freeze(ws: Excel.Worksheet, { rows, cols }: SheetSpec["freeze"], batch: WriteBatch): Promise<void> {
  if (rows > 0 && cols > 0) await batch.add(600, () => ws.freezePanes.freezeAt(rangeOf(ws, rangeA1(0, 0, rows - 1, cols - 1))));
  else if (rows > 0) await batch.add(400, () => ws.freezePanes.freezeRows(rows));
  else if (cols > 0) await batch.add(400, () => ws.freezePanes.freezeColumns(cols));
}

async function writeRules(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  plan: SheetPlan,
  title: string,
  caps: Capabilities,
  batch: WriteBatch,
): Promise<void> {
  if (caps.validation)
    for (const v of plan.validations) {
      const bytes = rangeBytes(A1(v.range)) + objectBytes("DataValidation") + 4 * actionBytes("ErrorAlert", []) + jsonBytes(v) + 200;
      await batch.add(bytes, () => {
        const dv = rangeOf(ws, A1(v.range)).dataValidation;
        dv.ignoreBlanks = true;
        dv.rule = validationRule(v);
        dv.prompt = { showPrompt: true, title: "", message: v.promptVi };
        dv.errorAlert = { showAlert: true, style: "Stop", title, message: v.errorVi };
      });
    }
  if (caps.conditionalFormats)
    for (const c of sheet.conditionals) await batch.add(rangeBytes(A1(c.range)) + 1_200 + jsonBytes(c), () => addConditional(ws, c));
}

/** Charts over the sheet's ranges (ExcelApi 1.1); the .xlsx adapter keeps only their data. */
async function writeCharts(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  for (const c of sheet.charts ?? [])
    await batch.add(1_500 + jsonBytes(c.titleVi), () => {
      const chart = ws.charts.add(c.kind === "column" ? "ColumnClustered" : "BarClustered", rangeOf(ws, A1(c.source)), "Columns");
      chart.title.text = c.titleVi;
      chart.setPosition(
        rangeA1(c.anchor.row, c.anchor.col, c.anchor.row, c.anchor.col),
        rangeA1(c.anchor.lastRow, c.anchor.lastCol, c.anchor.lastRow, c.anchor.lastCol),
      );
    });
}

function addConditional(ws: Excel.Worksheet, c: ConditionalSpec): void {
  const cf = rangeOf(ws, A1(c.range)).conditionalFormats.add("Custom");
  cf.custom.rule.formula = c.formula;
  cf.custom.format.fill.color = hex(c.fill);
  cf.custom.format.font.color = hex(c.fontColor);
}

async function writePrint(ws: Excel.Worksheet, sheet: SheetSpec, batch: WriteBatch): Promise<void> {
  await batch.add(1_500 + jsonBytes(sheet.print.footerVi), () => {
    const p = ws.pageLayout;
    p.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    p.paperSize = "A4";
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.print.titleRows) p.setPrintTitleRows(`$${sheet.print.titleRows.first + 1}:$${sheet.print.titleRows.last + 1}`);
    p.headersFooters.defaultForAllPages.centerFooter = sheet.print.footerVi;
  });
}

async function writeProtection(ws: Excel.Worksheet, plan: SheetPlan, batch: WriteBatch): Promise<void> {
  for (const r of plan.unlock) {
    const bytes = rangeBytes(A1(r)) + 2 * objectBytes("Protection") + actionBytes("Locked", [false]);
    await batch.add(bytes, () => (rangeOf(ws, A1(r)).format.protection.locked = false));
  }
  await batch.add(400, () => ws.protection.protect(PROTECTION_OPTIONS));
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
  const sheets: { spec: SheetSpec; ws: Excel.Worksheet }[] = [];
  for (const s of spec.sheets)
    await batch.add(objectBytes("Add", [s.name]), () => sheets.push({ spec: s, ws: context.workbook.worksheets.add(s.name) }));
  for (const { spec: s, ws } of sheets) await writeContents(ws, s, batch);
  for (const { spec: s, ws } of sheets) {
    // A sheet's cells are expanded twice (contents above, formats here), never held for all sheets at once.
    const plan = planSheet(spec, s, sheetCells(s));
    await writeFormats(ws, plan, batch);
    await writeLayout(ws, s, caps, batch);
    await writeRules(ws, s, plan, spec.validationTitleVi, caps, batch);
    await writeCharts(ws, s, batch);
    if (caps.pageLayout) await writePrint(ws, s, batch);
    if (caps.protection && s.protect) await writeProtection(ws, plan, batch);
  }
  return missingFeatures(caps);
}
