/**
 * The comparison as the report shows it: columns of its own in "Tổng hợp" on the row of each
 * figure, the "So sánh" sheets, the completion note; untrusted file names stay text.
 */
import ExcelJS from "exceljs";
import { acrossPeriods } from "../src/core/compare/across";
import type { FiguresSource } from "../src/core/figures/read";
import { parseReportMarker, REPORT_HEADER_ROW, REPORT_SHEET_NAMES } from "../src/core/report/common";
import { renderReport } from "../src/core/report/render";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../src/core/template/spec";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { buildCase, loadPeriodsCase, type BuiltCase } from "./golden-periods/cases";

const N = REPORT_SHEET_NAMES;
let merged: BuiltCase;
let spec: WorkbookSpec;

const sheetOf = (s: WorkbookSpec, name: string): SheetSpec => {
  const sheet = s.sheets.find((x) => x.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const at = (sheet: SheetSpec, row: number, col: number): CellSpec | undefined => sheet.cells.find((c) => c.row === row && c.col === col);
const rowOf = (sheet: SheetSpec, code: string, level: string): number =>
  sheet.cells.find((c) => c.col === 1 && c.value === code && at(sheet, c.row, 3)?.value === level)?.row ?? -1;

beforeAll(async () => {
  merged = await buildCase(loadPeriodsCase("b-merged-department-2025-Y"));
  spec = renderReport(merged.result.report, { across: merged.result.across });
});

test("the report with a comparison: summary, the two comparison sheets after it, the data sheet last (hidden)", () => {
  expect(spec.sheets.map((s) => s.name)).toEqual([
    N.summary,
    N.comparison,
    N.comparison_units,
    N.units,
    N.task_progress,
    N.charts,
    N.submissions,
    N.issues,
    N.provenance,
    N.data,
  ]);
  expect(spec.sheets.filter((s) => s.visibility === "hidden").map((s) => s.name)).toEqual([N.data]);
  for (const s of spec.sheets) expect(parseReportMarker(at(s, 0, 0)?.value)?.report).toBe(s.role);
});

test("'Tổng hợp' gets its comparison columns on each figure's own row, the change as a formula over the figure", () => {
  const summary = sheetOf(spec, N.summary);
  const header = summary.cells.filter((c) => c.row === REPORT_HEADER_ROW).sort((a, b) => a.col - b.col);
  expect(header.slice(-3).map((c) => c.value)).toEqual(["Cùng kỳ (2024-Y)", "So với cùng kỳ", "Ghi chú so sánh"]);
  const [earlierCol, changeCol, noteCol] = header.slice(-3).map((c) => c.col) as [number, number, number];
  const total = header.find((c) => c.value === "Toàn tỉnh")?.col ?? -1;
  // 0.01: 38 -> 52, +36.84 %; 6.07 tỉnh: 85.45 % -> 93.09 %, +7.64 points (golden set b's notes).
  const count = rowOf(summary, "0.01", "Chung");
  expect(at(summary, count, earlierCol)).toMatchObject({ value: 38, style: "number" });
  expect(at(summary, count, changeCol)).toMatchObject({ style: "changePercent" });
  expect(at(summary, count, changeCol)?.result).toBeCloseTo(14 / 38, 12);
  const cell = (col: number): string => `${String.fromCharCode(65 + col)}${count + 1}`;
  expect(at(summary, count, changeCol)?.formula).toBe(`=(${cell(total)}-${cell(earlierCol)})/ABS(${cell(earlierCol)})`);
  expect(at(summary, count, noteCol)?.value).toBe("qua đơn vị kế thừa: SKHDT");
  const rate = rowOf(summary, "6.07", "Tỉnh");
  expect(at(summary, rate, earlierCol)?.value).toBeCloseTo(470 / 550, 12);
  expect(at(summary, rate, changeCol)).toMatchObject({ style: "changePoints" });
  expect(at(summary, rate, changeCol)?.result).toBeCloseTo((42 / 550) * 100, 9);
  // Every compared figure found its row: none lost to a layout the columns did not expect.
  const rows = new Set(summary.cells.filter((c) => c.col === noteCol && c.row > REPORT_HEADER_ROW).map((c) => c.row));
  expect(rows.size).toBe(merged.result.across.comparison?.totals.length);
});

test("'So sánh theo đơn vị' follows STC through SKHDT and says so", () => {
  const units = sheetOf(spec, N.comparison_units);
  const rows = units.rows;
  if (!rows) throw new Error("no rows");
  const all = Array.from({ length: rows.count }, (_, i) => rows.row(i).map((c) => c.value));
  const stc = all.find((r) => r[1] === "STC" && r[4] === "6.07");
  expect(stc?.slice(5)).toEqual([0.8, 0.6, 20, "qua đơn vị kế thừa: SKHDT"]);
});

test("a file name that looks like a formula stays text in the comparison sheets and the file", async () => {
  const name = '=HYPERLINK("http://x.invalid","bấm")';
  const earlier = [...merged.earlier.values()][0] as FiguresSource;
  const renamed = { ...earlier, source: { label: name, file: name } };
  // Another copy, under a name starting with "+", that says it is of this period: refused, its name quoted.
  const same = {
    ...earlier,
    source: { label: `+${name}`, file: `+${name}` },
    figures: { ...earlier.figures, period: { ...earlier.figures.period, code: "2025-Y" } },
  };
  const result = acrossPeriods(merged.current, { compare: [renamed, same] });
  const withNames = renderReport(result.report, { across: result.across });
  const comparison = sheetOf(withNames, N.comparison);
  const texts = comparison.cells.filter((c) => typeof c.value === "string" && c.value.includes("HYPERLINK"));
  expect(texts.length).toBe(2);
  expect(comparison.cells.filter((c) => c.formula?.includes("HYPERLINK"))).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookBuffer(withNames)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(N.comparison);
  for (const t of texts) expect(ws?.getCell(t.row + 1, t.col + 1).type).toBe(ExcelJS.ValueType.String);
});
