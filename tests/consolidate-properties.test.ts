/**
 * Invariants a consolidator must keep, over arbitrary sets of unit reports (fast-check): 1-8
 * units of a period (some merged into a successor, some not existing in the period), arbitrary
 * seeds, and edits units make (blank cells, text in counts, negative counts, a second version of
 * a report, a report for another period). What the consolidator should have done is computed here,
 * from the plan and the grids the test built alone: which reports are used (the plan says which
 * unit sent each, for which period, dated when; the unit list says who exists), which value cells
 * count (read directly from the grids), and why each other value does not. Nothing of the
 * consolidator's output decides what is expected of it.
 */
import fc from "fast-check";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import { summaryJson, type SummaryJson } from "../src/core/consolidate/summary";
import type { SourceInput } from "../src/core/consolidate/submissions";
import type { CellValue, WorkbookGrids } from "../src/core/grid";
import { defaultBundle } from "../src/core/programme/default";
import { parsePeriod, type Period } from "../src/core/programme/period";
import type { Indicator, Unit } from "../src/core/programme/schema";
import { indicatorsForLevel } from "../src/core/programme/units";
import { FIRST_DATA_ROW, INDICATOR_COLUMNS, MARKER_PREFIX } from "../src/core/template/layout";
import { sourceGrids, unitSource, type Edit } from "./golden/cases";

const bundle = defaultBundle();
const PERIODS = ["2025-H1", "2024-Y", "2025-Y"] as const;
// Fewer in `npm run test:unit` (jest.config.js sets the variable there).
const NUM_RUNS = Number(process.env.CCHC_PROPERTY_RUNS ?? 30);
/** summaryJson rounds to 6 decimals. */
const ROUNDING = 5e-7 + 1e-9;
/** Issues about a whole report: every value of such a report is rejected with it. */
const WHOLE_REPORT = new Set([
  "duplicate_report",
  "wrong_period",
  "unknown_unit",
  "not_a_template",
  "file_unreadable",
  "unit_not_in_period",
]);

const CODE_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "code");
const VALUE_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "value");
const byCode = new Map(bundle.programme.indicators.map((i) => [i.code, i]));

// ---- arbitrary inputs ---------------------------------------------------------------------

type EditKind = "blank" | "spaces" | "text" | "negative" | "number";

interface EditPlan {
  /** Which of the unit's count indicators (modulo their number). */
  readonly pick: number;
  readonly kind: EditKind;
  readonly n: number;
}

interface ReportPlan {
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

interface Plan {
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
const existsOn = (u: Unit, day: string): boolean => u.validFrom <= day && (u.validTo === undefined || day <= u.validTo);

/** A merged unit's successors that exist in the period: the units its report counts for. */
function successorsIn(u: Unit, period: Period): string[] {
  return bundle.units.units.filter((x) => u.successors?.includes(x.code) && existsOn(x, period.windowEnd)).map((x) => x.code);
}

/** Ended within the period's window, its work passed on: its report counts for its successors. */
const isMerged = (u: Unit, period: Period): boolean =>
  !existsOn(u, period.windowEnd) && u.validTo !== undefined && u.validTo >= period.windowStart && successorsIn(u, period).length > 0;

function unitPools(period: Period): { expected: Unit[]; merged: Unit[]; foreign: Unit[] } {
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

function reportArb(unit: Unit, withProblems: boolean): fc.Arbitrary<ReportPlan> {
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

function planArb(maxUnits: number, withProblems: boolean): fc.Arbitrary<Plan> {
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
interface Built {
  readonly input: SourceInput & { kind: "workbook" };
  readonly unit: Unit;
  readonly periodCode: string;
  /** The submission date typed into its information sheet, ISO. */
  readonly submitted: string;
}

function otherPeriodOf(period: Period): string {
  return PERIODS.find((p) => p !== period.code) ?? period.code;
}

function buildSources(plan: Plan): Built[] {
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

function shuffled<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs
    .map((x, i) => ({ x, k: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}

// ---- the expected figures, read from the grids directly -------------------------------------

interface ValueCell {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly raw: CellValue;
}

const isBlankCell = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** Every non-rate indicator value cell of the indicators sheet (found by its marker), blank or not. */
function valueCells(grids: WorkbookGrids): ValueCell[] {
  const sheet = grids.sheets.find((s) => {
    const a1 = s.values[0]?.[0];
    return typeof a1 === "string" && a1.startsWith(MARKER_PREFIX) && a1.endsWith(";role=indicators");
  });
  if (!sheet) return [];
  const out: ValueCell[] = [];
  sheet.values.forEach((row, r) => {
    const code = row[CODE_COL];
    const ind = typeof code === "string" ? byCode.get(code) : undefined;
    if (r < FIRST_DATA_ROW || !ind || ind.kind === "rate") return;
    out.push({ code: ind.code, sheet: sheet.name, cell: `${String.fromCharCode(65 + VALUE_COL)}${r + 1}`, raw: row[VALUE_COL] ?? null });
  });
  return out;
}

function usable(c: ValueCell): boolean {
  return byCode.get(c.code)?.kind !== "count" || (typeof c.raw === "number" && c.raw >= 0 && Number.isInteger(c.raw));
}

/** The numbers each accepted unit typed, and whether the report counts for a successor. */
interface AcceptedUnit {
  readonly unit: Unit;
  readonly file: string;
  readonly numbers: ReadonlyMap<string, number>;
  readonly merged: boolean;
}

/**
 * The reports the consolidator must use, from the plan alone: those for the period consolidated,
 * from a unit that exists in it or was merged within it; of a unit's versions, the latest dated.
 */
function usedReports(sources: readonly Built[], period: Period): Set<Built> {
  const latest = new Map<string, Built>();
  for (const s of sources) {
    if (s.periodCode !== period.code || !(existsOn(s.unit, period.windowEnd) || isMerged(s.unit, period))) continue;
    const kept = latest.get(s.unit.code);
    if (!kept || s.submitted > kept.submitted) latest.set(s.unit.code, s);
  }
  return new Set(latest.values());
}

function acceptedUnits(sources: readonly Built[], period: Period): AcceptedUnit[] {
  const used = usedReports(sources, period);
  return sources
    .filter((s) => used.has(s))
    .map((s) => ({
      unit: s.unit,
      file: s.input.source.label,
      // A negative or fractional count is rejected (its error says why); other numbers count.
      numbers: new Map(
        valueCells(s.input.grids).flatMap((c) => (typeof c.raw === "number" && usable(c) ? [[c.code, c.raw] as const] : [])),
      ),
      merged: isMerged(s.unit, period),
    }));
}

/** A merged unit's stock figure gives way to a successor's figure for the same indicator. */
function counts(a: AcceptedUnit, code: string, all: readonly AcceptedUnit[]): boolean {
  if (!a.numbers.has(code)) return false;
  if (!a.merged || byCode.get(code)?.aggregation !== "latest") return true;
  return !all.some((b) => !b.merged && a.unit.successors?.includes(b.unit.code) && b.numbers.has(code));
}

/** Why a filled value cell is not counted: its report is not used, its value is unusable, or a successor's replaces it. */
type Rejection = "report" | "unusable" | "superseded";

interface CellVerdict {
  readonly file: string;
  readonly cell: ValueCell;
  /** undefined: counted. */
  readonly why: Rejection | undefined;
}

/** Every filled value cell of every source, counted or rejected with its reason. */
function cellVerdicts(sources: readonly Built[], period: Period): CellVerdict[] {
  const all = acceptedUnits(sources, period);
  const byFile = new Map(all.map((a) => [a.file, a]));
  return sources.flatMap((s) => {
    const file = s.input.source.label;
    const a = byFile.get(file);
    return valueCells(s.input.grids)
      .filter((c) => !isBlankCell(c.raw))
      .map((cell): CellVerdict => {
        const why = !a ? "report" : !a.numbers.has(cell.code) ? "unusable" : !counts(a, cell.code, all) ? "superseded" : undefined;
        return { file, cell, why };
      });
  });
}

const cellKey = (file: string, sheet: string, cell: string): string => `${file}|${sheet}|${cell}`;

function sumOver(units: readonly AcceptedUnit[], code: string, all: readonly AcceptedUnit[]): number | undefined {
  const xs = units.filter((a) => counts(a, code, all));
  return xs.length ? xs.reduce((s, a) => s + (a.numbers.get(code) ?? 0), 0) : undefined;
}

const appliesTo = (ind: Indicator, unit: Unit): boolean => !ind.levels || ind.levels.includes(unit.level);

/** The figure a province total should have: sums of what the units typed, rates from the summed parts. */
function expectedTotal(
  row: SummaryJson["indicators"][number],
  all: readonly AcceptedUnit[],
): { value: number | undefined; numerator?: number | undefined; denominator?: number | undefined } {
  const ind = byCode.get(row.code) as Indicator;
  const units = all.filter((a) => appliesTo(ind, a.unit) && (row.level === null || a.unit.level === row.level));
  if (!ind.parts) return { value: sumOver(units, ind.code, all) };
  const numerator = sumOver(units, ind.parts.numerator, all);
  const denominator = sumOver(units, ind.parts.denominator, all);
  const value = numerator !== undefined && denominator !== undefined && denominator > 0 ? (numerator / denominator) * 100 : undefined;
  return { value, numerator, denominator };
}

function close(actual: number | null, expected: number | undefined): boolean {
  if (expected === undefined) return actual === null;
  return actual !== null && Math.abs(actual - expected) <= ROUNDING;
}

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
        expect(summaryJson(b)).toEqual(summaryJson(a));
        expect(b.issues).toEqual(a.issues);
        expect(b.contributions).toEqual(a.contributions);
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
