/** A workbook reduced to what the template contract fixes, for comparing two .xlsx files. */
import ExcelJS from "exceljs";

export interface SheetDescription {
  name: string;
  state: string;
  protectedSheet: boolean;
  cells: Record<string, { content: string; locked: boolean; numFmt: string }>;
  validations: Record<string, string>;
  merges: string[];
  conditionals: string[];
  hiddenRows: number[];
  /** Frozen rows and columns, "rows,columns". */
  frozen: string;
  /** Column widths as Excel lays them out, in whole pixels (ECMA-376 Part 1, 18.3.1.13), by column letter. */
  widths: Record<string, number>;
}

/** Calibri 11, the default font of both writers' workbooks: its widest digit is 7 px. */
const MAX_DIGIT_WIDTH_PX = 7;

const pixels = (width: number): number => Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);

function widthsOf(ws: ExcelJS.Worksheet): Record<string, number> {
  const out: Record<string, number> = {};
  (ws.columns as Partial<ExcelJS.Column>[] | null)?.forEach((c) => {
    if (c.width !== undefined && c.letter) out[c.letter] = pixels(c.width);
  });
  return out;
}

function frozenOf(ws: ExcelJS.Worksheet): string {
  const v = (ws.views as Partial<ExcelJS.WorksheetViewFrozen>[] | undefined)?.[0];
  return v?.state === "frozen" ? `${v.ySplit ?? 0},${v.xSplit ?? 0}` : "0,0";
}

function content(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "formula" in v) return `=${String(v.formula)}`;
  if (v instanceof Date) return v.toISOString();
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

function describeSheet(ws: ExcelJS.Worksheet): SheetDescription {
  const cells: SheetDescription["cells"] = {};
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const c = content(cell.value);
      const locked = cell.protection?.locked !== false;
      if (c !== "" || !locked) cells[cell.address] = { content: c, locked, numFmt: cell.numFmt ?? "" };
    });
  });
  const model = ws.model as unknown as {
    sheetProtection?: { sheet?: boolean } | null;
    merges?: string[];
    conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[];
  };
  const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; operator?: string; formulae?: unknown[] }> } })
    .dataValidations.model;
  const validations: Record<string, string> = {};
  for (const [ref, v] of Object.entries(dv)) validations[ref] = `${v.type} ${v.operator ?? ""} ${JSON.stringify(v.formulae ?? [])}`;
  return {
    name: ws.name,
    state: ws.state,
    protectedSheet: model.sheetProtection?.sheet === true,
    cells,
    validations,
    merges: [...(model.merges ?? [])].sort(),
    conditionals: (model.conditionalFormattings ?? [])
      .map((c) => `${c.ref} ${c.rules.map((r) => (r.formulae ?? []).join(";")).join("|")}`)
      .sort(),
    hiddenRows,
    frozen: frozenOf(ws),
    widths: widthsOf(ws),
  };
}

export async function describeWorkbook(data: Buffer | ArrayBuffer): Promise<SheetDescription[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map(describeSheet);
}
