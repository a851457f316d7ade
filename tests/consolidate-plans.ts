/**
 * Arbitrary sets of unit reports for the consolidation properties (tests/consolidate-properties.test.ts):
 * 1-8 units of a period (some merged into a successor, some not existing in the period), arbitrary
 * seeds, and edits units make (blank cells, text in counts, negative counts, a second version of a
 * report dated another day, a report for another period), built as the grids a reader returns.
 */
import fc from "fast-check";
import type { SourceInput } from "../src/core/consolidate/submissions";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod, type Period } from "../src/core/programme/period";
import type { Unit } from "../src/core/programme/schema";
import { indicatorsForLevel } from "../src/core/programme/units";
import { sourceGrids, unitSource, type Edit } from "./golden/cases";

export const bundle = defaultBundle();
export const PERIODS = ["2025-H1", "2024-Y", "2025-Y"] as const;

// ---- arbitrary inputs ---------------------------------------------------------------------

type EditKind = "blank" | "spaces" | "text" | "negative" | "number";

export interface EditPlan {
  /** Which of the unit's count indicators (modulo their number). */
  readonly pick: number;
  readonly kind: EditKind;
  readonly n: number;
}

export interface ReportPlan {
  readonly unit: Unit;
  readonly seed: number;
  readonly edits: readonly EditPlan[];
  /** Days after the due date the report is dated (negative: before). */
  readonly submitted: number;
  /** A report for another period than the one consolidated. */
  readonly otherPeriod: boolean;
  /** Further versions of the same report, each with its own edits, dated `shift` days from the first (never the same day). */
  readonly copies: readonly { readonly edits: readonly EditPlan[]; readonly shift: number }[];
}

export interface Plan {
  readonly period: Period;
  readonly reports: readonly ReportPlan[];
  /** Sort keys that shuffle the sources. */
  readonly order: readonly number[];
}

const editArb: fc.Arbitrary<EditPlan> = fc.record({
  pick: fc.nat({ max: 1000 }),
  kind: fc.constantFrom<EditKind>("blank", "spaces", "text", "negative", "number"),
  n: fc.integer({ min: 1, max: 5000 }),
});

/** Whether a unit exists on a day, as its validity in the unit list says. */
export const existsOn = (u: Unit, day: string): boolean => u.validFrom <= day && (u.validTo === undefined || day <= u.validTo);

/** A merged unit's successors that exist in the period: the units its report counts for. */
function successorsIn(u: Unit, period: Period): string[] {
  return bundle.units.units.filter((x) => u.successors?.includes(x.code) && existsOn(x, period.windowEnd)).map((x) => x.code);
}

/** Ended within the period's window, its work passed on: its report counts for its successors. */
export const isMerged = (u: Unit, period: Period): boolean =>
  !existsOn(u, period.windowEnd) && u.validTo !== undefined && u.validTo >= period.windowStart && successorsIn(u, period).length > 0;

export function unitPools(period: Period): { expected: Unit[]; merged: Unit[]; foreign: Unit[] } {
  const units = bundle.units.units;
  return {
    expected: units.filter((u) => existsOn(u, period.windowEnd)),
    merged: units.filter((u) => isMerged(u, period)),
    // Not existing in the period at all.
    foreign: units.filter((u) => !existsOn(u, period.windowEnd) && !u.successors).slice(0, 3),
  };
}

/** Units of a period: mostly expected ones, some merged (with or without their successor), a few foreign. */
function unitsArb(period: Period, max: number): fc.Arbitrary<Unit[]> {
  const { expected, merged, foreign } = unitPools(period);
  const successorsOf = (u: Unit): Unit[] => expected.filter((x) => u.successors?.includes(x.code));
  const picks: fc.WeightedArbitrary<Unit[]>[] = [{ arbitrary: fc.constantFrom(...expected).map((u) => [u]), weight: 6 }];
  if (merged.length)
    picks.push({ arbitrary: fc.constantFrom(...merged).chain((u) => fc.constantFrom([u], [u, ...successorsOf(u)])), weight: 2 });
  if (foreign.length) picks.push({ arbitrary: fc.constantFrom(...foreign).map((u) => [u]), weight: 1 });
  return fc
    .array(fc.oneof(...picks), { minLength: 1, maxLength: max })
    .map((groups) => [...new Map(groups.flat().map((u) => [u.code, u])).values()].slice(0, max));
}

export function reportArb(unit: Unit, withProblems: boolean): fc.Arbitrary<ReportPlan> {
  const copy = fc.record({ edits: fc.array(editArb, { maxLength: 2 }), shift: fc.constantFrom(-3, -2, -1, 1, 2, 3) });
  return fc.record({
    unit: fc.constant(unit),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    edits: fc.array(editArb, { maxLength: 4 }),
    submitted: fc.integer({ min: -4, max: 2 }),
    otherPeriod: withProblems
      ? fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 })
      : fc.constant(false),
    copies: withProblems ? fc.array(copy, { maxLength: 1 }) : fc.constant([]),
  });
}

export function planArb(maxUnits: number, withProblems: boolean): fc.Arbitrary<Plan> {
  return fc.constantFrom(...PERIODS).chain((code) => {
    const period = parsePeriod(code, bundle.periods);
    return unitsArb(period, maxUnits).chain((units) =>
      fc.record({
        period: fc.constant(period),
        reports: fc.tuple(...units.map((u) => reportArb(u, withProblems))),
        order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 }),
      }),
    );
  });
}

// ---- building the sources ------------------------------------------------------------------

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function countCodes(unit: Unit): string[] {
  return indicatorsForLevel(bundle.programme, unit.level)
    .filter((i) => i.kind === "count")
    .map((i) => i.code);
}

function cellEdit(unit: Unit, e: EditPlan): Edit {
  const codes = countCodes(unit);
  const indicator = codes[e.pick % codes.length] ?? "";
  const value = { blank: null, spaces: "   ", text: `${e.n} hồ sơ`, negative: -e.n, number: e.n }[e.kind];
  return { indicator, value };
}

/** A source as the consolidator gets it, and what the plan says of it: which unit sent it, for which period, dated when. */
export interface Built {
  readonly input: SourceInput & { kind: "workbook" };
  readonly unit: Unit;
  readonly periodCode: string;
  /** The submission date typed into its information sheet, ISO. */
  readonly submitted: string;
}

function otherPeriodOf(period: Period): string {
  return PERIODS.find((p) => p !== period.code) ?? period.code;
}

export function buildSources(plan: Plan): Built[] {
  const out: Built[] = [];
  for (const r of plan.reports) {
    const versions = [
      { edits: r.edits, submitted: r.submitted },
      ...r.copies.map((c) => ({ edits: c.edits, submitted: r.submitted + c.shift })),
    ];
    versions.forEach((v, i) => {
      const periodCode = r.otherPeriod ? otherPeriodOf(plan.period) : plan.period.code;
      const due = parsePeriod(periodCode, bundle.periods).due;
      const submitted = addDays(due, v.submitted);
      const edits: Edit[] = [
        ...v.edits.map((e) => cellEdit(r.unit, e)),
        { submitted },
        { file: `${r.unit.code}${i ? `-v${i + 1}` : ""}.xlsx` },
      ];
      const source = unitSource(bundle, plan.period.code, { unit: r.unit.code, seed: r.seed, period: periodCode, edits });
      const grids = sourceGrids(source);
      out.push({
        input: { kind: "workbook", source: { label: source.file, file: source.file }, grids },
        unit: r.unit,
        periodCode,
        submitted,
      });
    });
  }
  return out;
}

export function shuffled<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs
    .map((x, i) => ({ x, k: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}
