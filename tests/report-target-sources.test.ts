/**
 * Regression: the report's "Nguồn mục tiêu" column printed the data file's key and called every
 * unconfirmed target "tham khảo" ("TTHC-01 (nq76, tham khảo)"), although an NQ 76 target binds
 * and a reader of the report has no key to "nq76". The expected words are written out here from
 * the programme's own description of its sources (../shared/domain/programme.md), not read from code.
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

async function sourceColumn(): Promise<Map<string, string>> {
  const golden = loadCase(join(GOLDEN_DIR, "a-clean-departments-2025-H1"));
  const report = consolidate(await gridInputs(caseSources(golden, bundle)), bundle, parsePeriod(golden.period, bundle.periods));
  const sheet = renderReport(report).sheets.find((s) => s.name === REPORT_SHEET_NAMES.summary);
  const cells = sheet ? sheetCells(sheet) : [];
  const out = new Map<string, string>();
  for (const c of cells.filter((x) => x.col === 11 && typeof x.value === "string" && /^[A-Z]+-\d/.test(x.value))) {
    const text = String(c.value);
    out.set(text.slice(0, text.indexOf(":")), text);
  }
  return out;
}

describe("the report names a target's source in words", () => {
  const cases = [
    { id: "TTHC-01", expected: "TTHC-01: Theo NQ 76/NQ-CP, chưa đối chiếu QĐ 4020" },
    { id: "CV-03", expected: "CV-03: Theo QĐ 942/QĐ-TTg" },
    { id: "TTHC-06", expected: "TTHC-06: Chương trình CCHC của tỉnh (theo báo chí), chưa đối chiếu văn bản QĐ 4020" },
    { id: "TCC-01", expected: "TCC-01: Dự thảo (tham khảo)" },
  ];
  let column: Map<string, string>;
  beforeAll(async () => {
    column = await sourceColumn();
  });

  it.each(cases)("$id", ({ id, expected }) => expect(column.get(id)).toBe(expected));

  it("never shows a source key of the data file", () => {
    for (const text of column.values()) expect(text).not.toMatch(/\b(nq76|qd942|seed|province|draft|unverified)\b/);
  });
});
