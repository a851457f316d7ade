/**
 * How a rate is read: a template's rate cell holds its formula's result, a fraction, even above 1
 * (parts that contradict each other give 8992 / 82 = 109.66, which is 10 966 %, never 109.66 %);
 * the percent-points reading (85 for 85 %) is for what people type into percent entries.
 */
import type { CellValue } from "../src/core/grid";
import { readPercent, readRate, type Read } from "../src/core/read/values";
import { build, check, indicatorCell, setIndicator } from "./helpers/build";

const value = (r: Read<number>): number | string => (r.status === "ok" ? Number(r.value.toFixed(6)) : r.status);

interface Case {
  readonly title: string;
  readonly input: CellValue;
  /** Percent points, or the read's status when it gives no value. */
  readonly rate: number | string;
  readonly percent: number | string;
}

const cases: Case[] = [
  { title: "formula result below 1", input: 0.85, rate: 85, percent: 85 },
  { title: "formula result above 1 (parts inconsistent)", input: 8992 / 82, rate: 10965.853659, percent: 109.658537 },
  { title: "formula result of exactly 2", input: 2, rate: 200, percent: 2 },
  { title: "typed 85 (a percent entry without its format)", input: 85, rate: 8500, percent: 85 },
  { title: 'typed "85%"', input: "85%", rate: 85, percent: 85 },
  { title: 'typed "85,5 %"', input: "85,5 %", rate: 85.5, percent: 85.5 },
  { title: 'typed "85" as text', input: "85", rate: 85, percent: 85 },
  { title: "typed 0.85", input: 0.85, rate: 85, percent: 85 },
  { title: 'typed "0,85"', input: "0,85", rate: 85, percent: 85 },
  { title: "the formula's empty result", input: "", rate: "blank", percent: "blank" },
  { title: "an error", input: { error: "#DIV/0!" }, rate: "invalid", percent: "invalid" },
];

describe("rate and percent reading", () => {
  test.each(cases)("$title", ({ input, rate, percent }) => {
    expect([value(readRate(input)), value(readPercent(input))]).toEqual([rate, percent]);
  });
});

describe("a workbook whose parts contradict each other (8992 handled online of 82 received)", () => {
  const b = build("SNV", "2025-H1", 7);
  let wb = setIndicator(b, b.filled, "2.19", "value", 82);
  wb = setIndicator(b, wb, "2.20", "value", 82);
  wb = setIndicator(b, wb, "2.21", "value", 8992);
  // What Excel and LibreOffice store for the untouched formula =IF(N(den)=0,"",N(num)/N(den)).
  wb = setIndicator(b, wb, "2.22", "value", 8992 / 82);
  const issues = check(wb);
  const at = (code: string): string[] => issues.filter((i) => i.code === code).map((i) => i.location.cell ?? "");

  test("the part greater than its wholes is an error at the part", () => {
    const online = issues.filter((i) => i.code === "part_exceeds_whole" && String(i.params["rule"]).startsWith("R-2.21-"));
    expect(online.map((i) => [i.params["rule"], i.location.cell, i.params["partValue"], i.params["wholeValue"]])).toEqual([
      ["R-2.21-le-2.20", indicatorCell(b, "2.21", "value"), 8992, 82],
      ["R-2.21-le-2.19", indicatorCell(b, "2.21", "value"), 8992, 82],
    ]);
  });

  test("the rate is out of range with its real value, 10 965.85 %", () => {
    const out = issues.filter((i) => i.code === "rate_out_of_range");
    expect(out.map((i) => [i.location.cell, i.params["value"]])).toEqual([[indicatorCell(b, "2.22", "value"), 10965.85]]);
  });

  test("the untouched formula is not said to be overwritten", () => {
    expect(at("rate_formula_overwritten")).toEqual([]);
  });

  test("no target is judged missed from a misread rate", () => {
    expect(issues.filter((i) => i.code === "target_missed_unexplained" && i.location.indicator === "2.22")).toEqual([]);
  });
});
