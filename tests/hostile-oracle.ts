/**
 * The oracle of the property tests: from a report's cells alone, which values a reader must
 * account for (count or reject with an issue); and the grids written as an .xlsx by ExcelJS.
 */
import type ExcelJS from "exceljs";
import { toA1 } from "../src/core/a1";
import type { CellValue, SheetGrid, WorkbookGrids } from "../src/core/grid";
import { HEADER_ROW, MARKER_PREFIX } from "../src/core/template/layout";
import { bundle } from "./helpers/build";

/** The role a template marker in A1 names (a marker is about 120 characters; longer text is none). */
export function roleOf(a1: CellValue | undefined): string | undefined {
  return typeof a1 === "string" && a1.startsWith(`${MARKER_PREFIX};`) && a1.length <= 500 ? /;role=(\w+)$/.exec(a1)?.[1] : undefined;
}

const gridRole = (s: SheetGrid): string | undefined => roleOf(s.values[0]?.[0]);

/** A value the reader must account for: counted in the province's figures, or rejected with an issue on its row. */
export interface ReadCell {
  readonly sheet: string;
  readonly row: number;
  readonly cell: string;
}

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const byCode = new Map(bundle.programme.indicators.map((i) => [i.code.toUpperCase(), i]));

/** The indicators sheet a reader must read: the first visible one with the marker, else the first hidden one. */
export function indicatorsSheet(grids: WorkbookGrids): SheetGrid | undefined {
  const marked = grids.sheets.filter((s) => gridRole(s) === "indicators");
  return marked.find((s) => !s.hidden) ?? marked[0];
}

/**
 * The values of a report's indicators sheet (the first visible one with the marker, else the
 * first hidden one): each filled value of an indicator row (rates excluded: they are formulas),
 * repeated rows included, and each row that is no indicator's but holds a value or explanation.
 */
export function valuesToAccountFor(grids: WorkbookGrids): ReadCell[] {
  const sheet = indicatorsSheet(grids);
  if (!sheet) return [];
  const keys = sheet.values[0] ?? [];
  const [code, value, explanation] = ["code", "value", "explanation"].map((k) => keys.indexOf(k));
  const out: ReadCell[] = [];
  for (let r = HEADER_ROW + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const c = cells[code ?? -1];
    const ind = typeof c === "string" || typeof c === "number" ? byCode.get(String(c).trim().toUpperCase()) : undefined;
    const v = cells[value ?? -1];
    const filled = ind ? ind.kind !== "rate" && !isBlank(v) : !isBlank(v) || !isBlank(cells[explanation ?? -1]);
    if (filled) out.push({ sheet: sheet.name, row: r, cell: toA1(r, value ?? 0) });
  }
  return out;
}

/** The grids as an .xlsx written by ExcelJS: values only, hidden rows and sheets kept. */
export async function gridsToXlsx(grids: WorkbookGrids): Promise<Buffer> {
  // Loaded here, not by every test that imports the oracle: ExcelJS takes half a second to load.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  for (const s of grids.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    s.values.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
