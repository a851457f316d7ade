/** The pane's trend per area (src/ui/model/trend.ts): the shares of tasks done and the rate targets' values, year by year, from hand numbers. */
import { evaluateProgramme, type Evaluation } from "../src/core/evaluate/evaluate";
import { isPercent } from "../src/core/compare/words";
import { areaTrends, formatPercent, scaleMax } from "../src/ui/model/trend";
import { bundle } from "./helpers/build";

/** An evaluation with no report, then with the years 2022 and 2024 filled in by hand. */
function evaluation(): Evaluation {
  const empty = evaluateProgramme([], bundle);
  const pick = <T>(a: T, b: T): (T | undefined)[] => [undefined, a, undefined, b, undefined];
  return {
    ...empty,
    reports: pick({ period: "2022-Y", label: "a.xlsx" }, { period: "2024-Y", label: "b.xlsx" }),
    missing: [2021, 2023, 2025],
    tasks: empty.tasks.map((t) => ({ ...t, years: t.area === 2 ? pick({ done: 3, total: 4 }, { done: 0, total: 0 }) : t.years })),
    targets: empty.targets.map((t, i) => ({ ...t, values: pick(10 * (i + 1), 120) })),
  };
}

test("each area: tasks done in percent (none where nothing was due), then its rate targets, with the years reported", () => {
  const e = evaluation();
  const trends = areaTrends(e, bundle);
  expect(trends.map((t) => t.area)).toEqual(bundle.programme.areas.map((a) => a.id));
  const area2 = trends.find((t) => t.area === 2);
  expect(area2?.reported).toEqual([false, true, false, true, false]);
  expect(area2?.series[0]).toEqual({ kind: "tasks", values: [undefined, 75, undefined, undefined, undefined] });
  const rates = e.targets.filter((t) => t.indicator.area === 2 && isPercent(t.indicator));
  expect(rates.length).toBeGreaterThan(1);
  expect(area2?.series.slice(1).map((s) => [s.indicator, s.level, s.target?.id, s.values])).toEqual(
    rates.map((t) => [t.indicator.code, t.level, t.target.id, t.values]),
  );
  // Counts' targets are not drawn on a percent scale.
  expect(
    trends
      .flatMap((t) => t.series.slice(1))
      .every((s) => e.targets.some((t) => t.indicator.code === s.indicator && isPercent(t.indicator))),
  ).toBe(true);
  // A value above 100 % widens the scale to the next ten.
  expect(scaleMax(area2 ?? trends[0]!)).toBe(120);
});

test("percent as each language writes it", () => {
  expect([formatPercent(62.25, "vi"), formatPercent(62.25, "en"), formatPercent(100, "vi")]).toEqual(["62,3 %", "62.3%", "100 %"]);
});
