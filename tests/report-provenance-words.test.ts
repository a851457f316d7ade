/**
 * Regression: the provenance sheet ("Nguồn số liệu"), which officials read to trace a figure,
 * showed the data file's level keys ("xa", "tinh") and whether a value was counted as 1/0. It
 * now says "Xã"/"Tỉnh" and "Có"/"Không", the words the rest of the report uses, and the
 * summary's SUMIFS select rows by those same words (the formulas are evaluated over the sheet
 * by tests/aggregation.test.ts and recalculated by LibreOffice in tests/libreoffice-report.test.ts).
 */
import { join } from "node:path";
import { consolidate } from "../src/core/consolidate/consolidate";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { REPORT_SHEET_NAMES } from "../src/core/report/common";
import { renderReport } from "../src/core/report/render";
import { sheetCells } from "../src/core/template/runs";
import { caseSources, GOLDEN_DIR, gridInputs, loadCase } from "./golden/cases";

const bundle = defaultBundle();

test("the provenance sheet names levels and counting in words, and the totals select by them", async () => {
  // A set with provincial departments and communes, so two levels appear.
  const golden = loadCase(join(GOLDEN_DIR, "e-commune-level-targets-2025-Y"));
  const report = consolidate(await gridInputs(caseSources(golden, bundle)), bundle, parsePeriod(golden.period, bundle.periods));
  const spec = renderReport(report);
  const provenance = spec.sheets.find((s) => s.name === REPORT_SHEET_NAMES.provenance);
  if (!provenance) throw new Error("no provenance sheet");
  const header = sheetCells(provenance).find((c) => c.value === "Cấp");
  const counted = sheetCells(provenance).find((c) => c.value === "Tính vào tổng");
  if (!header || !counted) throw new Error("no level or counted column");
  const column = (col: number): unknown[] =>
    sheetCells(provenance)
      .filter((c) => c.col === col && c.row > header.row)
      .map((c) => c.value);
  const levels = new Set(column(header.col));
  expect([...levels].sort()).toEqual(["Tỉnh", "Xã"]);
  const countedWords = new Set(column(counted.col));
  expect([...countedWords].every((v) => v === "Có" || v === "Không")).toBe(true);
  expect(countedWords.has("Có")).toBe(true);

  const summary = spec.sheets.find((s) => s.name === REPORT_SHEET_NAMES.summary);
  const formulas = (summary ? sheetCells(summary) : []).map((c) => c.formula).filter((f): f is string => typeof f === "string");
  expect(formulas.some((f) => f.includes('"Xã"'))).toBe(true);
  for (const f of formulas.filter((x) => x.includes("SUMIFS"))) {
    expect(f).toContain('"Có"');
    expect(f).not.toMatch(/"(xa|tinh|huyen)"/);
  }
});
