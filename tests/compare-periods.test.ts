/**
 * Which earlier report is which, from the regime's periods (581/BNV-CCHC), and what a previous
 * period of another length compares; the completion refuses a report of another window.
 */
import { completeReport, completionSourcePeriod } from "../src/core/compare/complete";
import { totalChange } from "../src/core/compare/changes";
import { previousPeriod, rolesOf, samePeriodLastYear, sameWindowLength } from "../src/core/compare/periods";
import { reportFigures } from "../src/core/figures/build";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod } from "../src/core/programme/period";
import { consolidatePeriod, reportFile } from "./golden-periods/cases";

const bundle = defaultBundle();
const P = (code: string) => parsePeriod(code, bundle.periods);

const ROLES = [
  { period: "2025-Q1", previous: "2024-Y", lastYear: "2024-Q1" },
  { period: "2025-H1", previous: "2025-Q1", lastYear: "2024-H1" },
  { period: "2025-Q3", previous: "2025-H1", lastYear: "2024-Q3" },
  { period: "2025-Y", previous: "2025-Q3", lastYear: "2024-Y" },
];

test.each(ROLES)("$period: previous period $previous, same period last year $lastYear", ({ period, previous, lastYear }) => {
  expect(previousPeriod(P(period), bundle.periods)?.code).toBe(previous);
  expect(samePeriodLastYear(P(period), bundle.periods).code).toBe(lastYear);
  expect(rolesOf(P(period), previous, bundle.periods)).toEqual(["previous"]);
  expect(rolesOf(P(period), lastYear, bundle.periods)).toEqual(["last_year"]);
  expect(rolesOf(P(period), "2023-Y", bundle.periods)).toEqual([]);
});

test("windows as long: the same kind whatever the leap day, else the same number of days", () => {
  expect(sameWindowLength(P("2024-Y"), P("2023-Y"), bundle.periods)).toBe(true);
  expect(sameWindowLength(P("2025-H1"), P("2025-Q1"), bundle.periods)).toBe(false);
  expect(
    sameWindowLength(
      { code: "x", windowStart: "2025-01-01", windowEnd: "2025-01-31" },
      { code: "y", windowStart: "2025-03-01", windowEnd: "2025-03-31" },
      bundle.periods,
    ),
  ).toBe(true);
  expect(completionSourcePeriod(P("2025-Y"), bundle.periods)?.code).toBe("2025-H1");
  expect(completionSourcePeriod(P("2025-Q3"), bundle.periods)).toBeUndefined();
});

const UNITS = ["VPUB", "SNV", "STP", "SKHDT", "STC", "SCT", "STTTT", "SKHCN", "164", "165"];
const reports = (counts: [number, number, number]) => [
  {
    unit: "SNV",
    seed: 1,
    edits: [
      { indicator: "2.23", value: counts[0] },
      { indicator: "2.24", value: counts[1] },
      { indicator: "2.02", value: counts[2] },
    ],
  },
];

test("against the previous period (2025-H1 after 2025-Q1): a sum over a shorter window is not compared; a stock figure and a rate are", async () => {
  const h1 = reportFigures(
    await consolidatePeriod({ title: "h1", units: UNITS }, { period: "2025-H1", file: "h1.xlsx", reports: reports([200, 150, 900]) }),
  );
  const q1 = reportFigures(
    await consolidatePeriod({ title: "q1", units: UNITS }, { period: "2025-Q1", file: "q1.xlsx", reports: reports([100, 60, 800]) }),
  );
  const ind = (code: string) => bundle.programme.indicators.find((i) => i.code === code) ?? bundle.programme.indicators[0]!;
  expect(totalChange(ind("2.23"), null, h1, q1, bundle)).toMatchObject({
    status: "not_comparable",
    reason: "window_differs",
    other: 100,
    change: undefined,
  });
  expect(totalChange(ind("2.02"), null, h1, q1, bundle)).toMatchObject({ status: "comparable", change: 100, percent: 12.5 });
  // 2.26 = 2.24 / 2.23: 75 % against 60 %.
  expect(totalChange(ind("2.26"), null, h1, q1, bundle)).toMatchObject({ status: "comparable", change: 15, percent: 25 });
});

test("the completion takes only a report of the same window's start ending earlier", async () => {
  const y = await consolidatePeriod({ title: "y", units: UNITS }, { period: "2025-Y", file: "y.xlsx", reports: reports([1, 1, 1]) });
  for (const [period, code] of [
    ["2024-Y", "completion_source_unsuitable"],
    ["2025-Q3", "completion_source_unsuitable"],
  ] as const) {
    const source = await reportFile(
      await consolidatePeriod({ title: period, units: UNITS }, { period, file: `${period}.xlsx`, reports: [] }),
      `${period}.xlsx`,
    );
    const result = completeReport(y, source);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.location.file])).toEqual([[code, `${period}.xlsx`]]);
  }
  const h1 = await reportFile(
    await consolidatePeriod({ title: "h1", units: UNITS }, { period: "2025-H1", file: "h1.xlsx", reports: [{ unit: "164", seed: 3 }] }),
    "h1.xlsx",
  );
  const done = completeReport(y, h1);
  expect(done.ok && done.completion.units.map((u) => u.unit)).toEqual(["164"]);
});
