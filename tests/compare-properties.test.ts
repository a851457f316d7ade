/**
 * Invariants of the comparison across periods, over arbitrary unit reports of two years
 * (fast-check): which departments report each year and what they report for 0.01 (a sum) and
 * 2.23 / 2.24 (the parts of the rate 2.26) are drawn; the expected changes are computed here from
 * the drawn numbers, not from the consolidation.
 */
import fc from "fast-check";
import { totalChange, unitChange } from "../src/core/compare/changes";
import { compareReports, keyIndicators } from "../src/core/compare/compare";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { reportFigures } from "../src/core/figures/build";
import type { ReportFigures } from "../src/core/figures/format";
import { readFiguresFromGrids, type FiguresSource } from "../src/core/figures/read";
import type { WorkbookGrids } from "../src/core/grid";
import { parsePeriod } from "../src/core/programme/period";
import { renderReport } from "../src/core/report/render";
import { sheetCells } from "../src/core/template/runs";
import type { CellValue } from "../src/core/grid";
import type { WorkbookSpec } from "../src/core/template/spec";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbookBuffer } from "../src/xlsx/write";
import { caseBundle, caseSources, gridInputs, parseCase } from "./golden/cases";

const UNITS = ["VPUB", "SNV", "STP", "SKHDT", "STC", "SCT", "STTTT", "SKHCN"];
/** Cases per property: fewer in `npm run test:unit` (CCHC_PROPERTY_RUNS), all in `npm test`. */
const RUNS = Number(process.env.CCHC_PROPERTY_RUNS ?? 30);
const bundle = caseBundle({ units: UNITS });
const byCode = new Map(bundle.programme.indicators.map((i) => [i.code, i]));
const indicator = (code: string) => {
  const i = byCode.get(code);
  if (!i) throw new Error(code);
  return i;
};

interface UnitPlan {
  readonly unit: string;
  readonly seed: number;
  readonly count: number;
  readonly whole: number;
  readonly part: number;
}

const unitPlanArb = (unit: string): fc.Arbitrary<UnitPlan> =>
  fc
    .record({
      seed: fc.nat({ max: 10_000 }),
      count: fc.nat({ max: 500 }),
      whole: fc.integer({ min: 1, max: 2000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r) => ({ unit, seed: r.seed, count: r.count, whole: r.whole, part: Math.floor(r.whole * r.share) }));

/** One year's reports: a non-empty set of the departments, each with its drawn figures. */
const yearArb: fc.Arbitrary<UnitPlan[]> = fc
  .subarray(["SNV", "STP", "STC", "SCT", "SKHCN", "VPUB"], { minLength: 1 })
  .chain((units) => fc.tuple(...units.map(unitPlanArb)));

async function consolidateYear(period: string, plans: readonly UnitPlan[]): Promise<ConsolidatedReport> {
  const reports = plans.map((p) => ({
    unit: p.unit,
    seed: p.seed,
    edits: [
      { indicator: "0.01", value: p.count },
      { indicator: "2.23", value: p.whole },
      { indicator: "2.24", value: p.part },
    ],
  }));
  const spec = parseCase({ title: period, period, units: UNITS, reports });
  return consolidate(await gridInputs(caseSources(spec, bundle)), bundle, parsePeriod(period, bundle.periods));
}

/** The report's sheets as the grids a reader returns (generated rows included, formulas by their results). */
function reportGrids(spec: WorkbookSpec, file: string): WorkbookGrids {
  const sheets = spec.sheets.map((s) => {
    const rows: CellValue[][] = [];
    for (const c of sheetCells(s)) (rows[c.row] ??= [])[c.col] = c.formula !== undefined ? (c.result ?? null) : (c.value ?? null);
    return { name: s.name, values: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) };
  });
  return { file, sheets };
}

function figuresFile(r: ConsolidatedReport, file: string): FiguresSource {
  const read = readFiguresFromGrids(reportGrids(renderReport(r), file), { label: file, file });
  if (!read.ok) throw new Error(read.issues.map((i) => i.code).join());
  return read.read;
}

const sum = (plans: readonly UnitPlan[], f: (p: UnitPlan) => number): number => plans.reduce((s, p) => s + f(p), 0);
const sameUnits = (a: readonly UnitPlan[], b: readonly UnitPlan[]): boolean =>
  a
    .map((p) => p.unit)
    .sort()
    .join() ===
  b
    .map((p) => p.unit)
    .sort()
    .join();

describe("comparison across periods", () => {
  test("2024-Y against 2023-Y: a sum compares exactly when the same units report, a rate always; as drawn", async () => {
    await fc.assert(
      fc.asyncProperty(yearArb, yearArb, async (before, after) => {
        const [a, b] = [reportFigures(await consolidateYear("2023-Y", before)), reportFigures(await consolidateYear("2024-Y", after))];
        const count = totalChange(indicator("0.01"), null, b, a, bundle);
        if (sameUnits(before, after)) {
          expect(count.status).toBe("comparable");
          expect(count.change).toBe(sum(after, (p) => p.count) - sum(before, (p) => p.count));
        } else
          expect({ status: count.status, reason: count.reason, change: count.change }).toEqual({
            status: "not_comparable",
            reason: "units_changed",
            change: undefined,
          });
        const rate = totalChange(indicator("2.26"), null, b, a, bundle);
        const drawn = (plans: readonly UnitPlan[]) => (sum(plans, (p) => p.part) / sum(plans, (p) => p.whole)) * 100;
        expect(rate.status).toBe("comparable");
        expect(rate.change).toBeCloseTo(drawn(after) - drawn(before), 9);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  test("changes are antisymmetric: A against B is minus B against A, for totals and units", async () => {
    const periods = fc.constantFrom("2023-Y", "2024-Y", "2024-H1", "2024-Q3");
    await fc.assert(
      fc.asyncProperty(periods, yearArb, periods, yearArb, async (pa, ra, pb, rb) => {
        const [a, b]: [ReportFigures, ReportFigures] = [
          reportFigures(await consolidateYear(pa, ra)),
          reportFigures(await consolidateYear(pb, rb)),
        ];
        for (const t of a.totals) {
          const [ab, ba] = [
            totalChange(indicator(t.indicator), t.level, a, b, bundle),
            totalChange(indicator(t.indicator), t.level, b, a, bundle),
          ];
          expect({ code: t.indicator, status: ba.status, reason: ba.reason }).toEqual({
            code: t.indicator,
            status: ab.status,
            reason: ab.reason,
          });
          if (ab.change !== undefined) expect(ab.change + (ba.change ?? NaN)).toBeCloseTo(0, 9);
        }
        for (const u of ["SNV", "STP", "STC"])
          for (const k of keyIndicators(bundle)) {
            const [ab, ba] = [unitChange(u, k, a, b, bundle), unitChange(u, k, b, a, bundle)];
            expect(ba.status).toBe(ab.status);
            if (ab.change !== undefined) expect(ab.change + (ba.change ?? NaN)).toBeCloseTo(0, 9);
          }
      }),
      { numRuns: Math.ceil((RUNS * 2) / 3) },
    );
  }, 120_000);

  test("a report compared with itself through a renamed copy of its file is refused, whatever the name", async () => {
    await fc.assert(
      fc.asyncProperty(
        yearArb,
        fc.constantFrom("2023-Y", "2024-H1", "2025-Y"),
        fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        async (plans, period, name) => {
          const report = await consolidateYear(period, plans);
          const copy = figuresFile(report, `${name}.xlsx`);
          const c = compareReports(reportFigures(report), [copy], bundle);
          expect(c.reports).toEqual([]);
          expect(c.refused.map((i) => [i.code, i.location.file])).toEqual([["compare_same_period", `${name}.xlsx`]]);
          expect(c.totals.every((t) => Object.keys(t.changes).length === 0)).toBe(true);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 120_000);

  test("the renamed copy refused is a real file, read back from .xlsx", async () => {
    const report = await consolidateYear("2024-Y", [{ unit: "SNV", seed: 5, count: 3, whole: 10, part: 5 }]);
    const grids = await readWorkbookBuffer(await writeWorkbookBuffer(renderReport(report)), "bao-cao-nam-truoc.xlsx");
    const read = readFiguresFromGrids(grids, { label: "bao-cao-nam-truoc.xlsx", file: "bao-cao-nam-truoc.xlsx" });
    if (!read.ok) throw new Error("not read");
    expect(compareReports(reportFigures(report), [read.read], bundle).refused.map((i) => i.code)).toEqual(["compare_same_period"]);
  });

  test("a report of another programme, or of a period neither previous nor last year, is refused", async () => {
    const now = await consolidateYear("2024-Y", [{ unit: "SNV", seed: 5, count: 3, whole: 10, part: 5 }]);
    const then = figuresFile(await consolidateYear("2023-Y", [{ unit: "SNV", seed: 6, count: 2, whole: 10, part: 4 }]), "2023.xlsx");
    const other: FiguresSource = {
      ...then,
      source: { label: "khac.xlsx", file: "khac.xlsx" },
      figures: { ...then.figures, programme: { id: "qd-khac", templateVersion: "1.0.0" } },
    };
    const old = figuresFile(await consolidateYear("2022-Y", [{ unit: "SNV", seed: 7, count: 2, whole: 10, part: 4 }]), "2022.xlsx");
    const c = compareReports(reportFigures(now), [other, old, then], bundle);
    expect(c.refused.map((i) => [i.code, i.location.file])).toEqual([
      ["report_other_programme", "khac.xlsx"],
      ["compare_period_unrelated", "2022.xlsx"],
    ]);
    expect(c.reports.map((r) => [r.role, r.period, r.label])).toEqual([["last_year", "2023-Y", "2023.xlsx"]]);
  });
});
