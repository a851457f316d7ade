/**
 * Invariants a consolidator must keep, over arbitrary sets of unit reports (fast-check,
 * tests/consolidate-plans.ts). What the consolidator should have done is computed by
 * tests/consolidate-oracle.ts from the plan and the grids the test built alone: which reports are used (the plan says which
 * unit sent each, for which period, dated when; the unit list says who exists), which value cells
 * count (read directly from the grids), and why each other value does not. Nothing of the
 * consolidator's output decides what is expected of it.
 */
import fc from "fast-check";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { summaryJson } from "../src/core/consolidate/summary";
import { parsePeriod, type Period } from "../src/core/programme/period";
import type { Indicator, Unit } from "../src/core/programme/schema";
import { acceptedUnits, appliesTo, byCode, cellKey, cellVerdicts, close, expectedTotal, usable, valueCells } from "./consolidate-oracle";
import { bundle, buildSources, planArb, PERIODS, reportArb, shuffled, unitPools, type Built, type Plan } from "./consolidate-plans";
import { expectEqual } from "./helpers/equal";

// Fewer in `npm run test:unit` (jest.config.js sets the variable there).
const NUM_RUNS = Number(process.env.CCHC_PROPERTY_RUNS ?? 30);
/** Issues about a whole report: every value of such a report is rejected with it. */
const WHOLE_REPORT = new Set([
  "duplicate_report",
  "wrong_period",
  "unknown_unit",
  "not_a_template",
  "file_unreadable",
  "unit_not_in_period",
]);

// ---- the properties -----------------------------------------------------------------------

const run = (sources: readonly Built[], period: Period): ConsolidatedReport =>
  consolidate(
    sources.map((s) => s.input),
    bundle,
    period,
  );

describe("consolidation invariants (fast-check)", () => {
  test("(i) a province total is the sum of the accepted values; a rate is Σnumerator/Σdenominator, never an average of rates", () => {
    fc.assert(
      fc.property(planArb(8, true), (plan) => {
        const sources = buildSources(plan);
        const r = run(sources, plan.period);
        const all = acceptedUnits(sources, plan.period);
        const s = summaryJson(r);
        for (const row of s.indicators) {
          const want = expectedTotal(row, all);
          const got = { code: row.code, level: row.level, value: row.value, numerator: row.numerator, denominator: row.denominator };
          const ok =
            close(row.value, want.value) &&
            (!("numerator" in want) || (close(row.numerator, want.numerator) && close(row.denominator, want.denominator)));
          expect({ ...got, ok }).toEqual({ ...got, ok: true });
          // The consolidator's own provenance says the same: counted contributions add up to the total.
          if (row.aggregation === "sum" && row.level === null) {
            const counted = r.contributions.filter((c) => c.counted && c.indicator === row.code);
            const sum = counted.length ? counted.reduce((a, c) => a + Number(c.value), 0) : undefined;
            expect({ code: row.code, value: row.value, fromContributions: close(row.value, sum) }).toEqual({
              code: row.code,
              value: row.value,
              fromContributions: true,
            });
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("(ii) the order of the sources changes nothing: same summary, same issues", () => {
    fc.assert(
      fc.property(planArb(8, true), (plan) => {
        const sources = buildSources(plan);
        const a = run(sources, plan.period);
        const b = run(shuffled(sources, plan.order), plan.period);
        expectEqual(summaryJson(b), summaryJson(a));
        expectEqual(b.issues, a.issues);
        expectEqual(b.contributions, a.contributions);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("(iii) the counted values are exactly those the plan says; rows read, accepted and rejected each counted from the cells", () => {
    fc.assert(
      fc.property(planArb(8, true), (plan) => {
        const sources = buildSources(plan);
        const r = run(sources, plan.period);
        const verdicts = cellVerdicts(sources, plan.period);
        const counted = verdicts.filter((v) => v.why === undefined).map((v) => cellKey(v.file, v.cell.sheet, v.cell.cell));
        const countedByConsolidator = r.contributions.filter((c) => c.counted).map((c) => cellKey(c.file ?? "", c.sheet, c.cell));
        expect(countedByConsolidator.sort()).toEqual(counted.sort());
        const rejected = verdicts.filter((v) => v.why !== undefined).length;
        expect(r.rows).toEqual({ read: verdicts.length, accepted: counted.length, rejected });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("(iv) every value that is not counted has an issue: at its cell, or about its whole report", () => {
    fc.assert(
      fc.property(planArb(8, true), (plan) => {
        const sources = buildSources(plan);
        const r = run(sources, plan.period);
        for (const v of cellVerdicts(sources, plan.period)) {
          if (v.why === undefined) continue;
          const issues = r.issues.filter((i) => i.location.file === v.file);
          const atCell = issues.filter((i) => i.location.sheet === v.cell.sheet && i.location.cell === v.cell.cell);
          const explained =
            v.why === "report"
              ? issues.some((i) => WHOLE_REPORT.has(i.code))
              : v.why === "superseded"
                ? atCell.some((i) => i.code === "value_superseded")
                : atCell.length > 0;
          const seen = { file: v.file, cell: v.cell.cell, raw: v.cell.raw, why: v.why };
          expect({ ...seen, explained }).toEqual({ ...seen, explained: true });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("(v) one unit alone: the province totals are that unit's own values", () => {
    const single = fc.constantFrom(...PERIODS).chain((code) => {
      const period = parsePeriod(code, bundle.periods);
      return fc
        .constantFrom(...unitPools(period).expected)
        .chain((u) => reportArb(u, false))
        .map((report): Plan => ({ period, reports: [report], order: [] }));
    });
    fc.assert(
      fc.property(single, (plan) => {
        const sources = buildSources(plan);
        const r = run(sources, plan.period);
        const unit = plan.reports[0]?.unit as Unit;
        const own = new Map(valueCells(sources[0]?.input.grids ?? { sheets: [] }).map((c) => [c.code, c.raw]));
        const num = (code: string): number | undefined => {
          const v = own.get(code) ?? null;
          return typeof v === "number" && usable({ code, sheet: "", cell: "", raw: v }) ? v : undefined;
        };
        for (const row of summaryJson(r).indicators) {
          const ind = byCode.get(row.code) as Indicator;
          const n = ind.parts ? num(ind.parts.numerator) : undefined;
          const d = ind.parts ? num(ind.parts.denominator) : undefined;
          const mine = !appliesTo(ind, unit)
            ? undefined
            : ind.parts
              ? n !== undefined && d !== undefined && d > 0
                ? (n / d) * 100
                : undefined
              : num(ind.code);
          const got = { code: row.code, level: row.level, value: row.value };
          expect({ ...got, same: close(row.value, mine), levelIsUnits: row.level === null || row.level === unit.level }).toEqual({
            ...got,
            same: true,
            levelIsUnits: true,
          });
          // The unit's own figures as the consolidator computed them agree as well.
          expect({ ...got, same: close(row.value, r.units[0]?.values.get(row.code)) }).toEqual({ ...got, same: true });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
