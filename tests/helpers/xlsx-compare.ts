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
  };
}

export async function describeWorkbook(data: Buffer | ArrayBuffer): Promise<SheetDescription[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map(describeSheet);
}
