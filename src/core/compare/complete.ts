/**
 * Completing an annual consolidation with the units that ended during its window without a
 * successor (the districts, 30/06/2025): no report of theirs exists for the year, yet the window
 * covers part of their work. Their counts that add up over time (aggregation `sum`) are taken
 * from an earlier consolidated report starting on the same day (2025-H1); stock figures never
 * are. Rates whose parts all add up are recomputed with them; every other total stays as the
 * units' own reports made it. Each figure taken keeps its source (report, sheet, cell).
 */
import { issue, sortIssues, type Issue } from "../check/issues";
import { indicatorTotals, type Contribution, type IndicatorTotal, type UnitFigures } from "../consolidate/aggregate";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import type { Submission } from "../consolidate/submissions";
import type { FiguresCompleted } from "../figures/format";
import { cellKey, type FiguresSource } from "../figures/read";
import { parsePeriod, type Period } from "../programme/period";
import type { Indicator, PeriodRegime, ProgrammeBundle, Unit } from "../programme/schema";
import { successorsOn } from "../programme/units";

export interface CompletedUnit {
  readonly unit: string;
  /** The unit's last day. */
  readonly ended: string;
  readonly figures: number;
}

export interface Completion {
  /** The earlier report the figures come from. */
  readonly source: { readonly label: string; readonly period: string; readonly windowEnd: string };
  readonly units: readonly CompletedUnit[];
  readonly completed: readonly FiguresCompleted[];
  /** Days of the completed units' work that no report covers (after the source's window, up to their end). */
  readonly gaps: readonly { readonly from: string; readonly to: string; readonly units: readonly string[] }[];
}

export type CompletionResult =
  | { readonly ok: true; readonly report: ConsolidatedReport; readonly completion: Completion }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whether an indicator's province total may take figures from an earlier report: a sum, or a rate of sums. */
export function completable(ind: Indicator, bundle: ProgrammeBundle): boolean {
  const aggregation = (code: string): string | undefined => bundle.programme.indicators.find((i) => i.code === code)?.aggregation;
  if (ind.parts) return aggregation(ind.parts.numerator) === "sum" && aggregation(ind.parts.denominator) === "sum";
  return ind.aggregation === "sum";
}

const dayAfter = (iso: string): string => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

/** The period whose consolidated report can complete this one: same window start, the latest earlier end (2025-H1 for 2025-Y). */
export function completionSourcePeriod(p: Period, regime: PeriodRegime): Period | undefined {
  return regime.kinds
    .map((k) => parsePeriod(`${p.year}-${k.key}`, regime))
    .filter((x) => x.windowStart === p.windowStart && x.windowEnd < p.windowEnd)
    .sort((a, b) => b.windowEnd.localeCompare(a.windowEnd))[0];
}

/** Units that ended inside the window with no successor and sent nothing for it. */
export function endedWithoutSuccessor(r: ConsolidatedReport): Unit[] {
  const counted = new Set(r.units.map((u) => u.unit.code));
  const { windowStart, windowEnd } = r.period;
  return r.bundle.units.units.filter(
    (u) =>
      u.validTo !== undefined &&
      u.validTo >= windowStart &&
      u.validTo < windowEnd &&
      successorsOn(r.bundle.units, u.code, windowEnd).length === 0 &&
      !counted.has(u.code),
  );
}

function unsuitable(r: ConsolidatedReport, e: FiguresSource): Issue[] {
  const f = e.figures;
  const at = e.source.file !== undefined ? { file: e.source.file } : {};
  if (f.programme.id !== r.bundle.programme.id)
    return [issue("report_other_programme", "error", at, { found: f.programme.id, expected: r.bundle.programme.id })];
  if (f.period.windowStart === r.period.windowStart && f.period.windowEnd < r.period.windowEnd) return [];
  const params = { found: f.period.code, period: r.period.code, windowStart: r.period.windowStart, windowEnd: r.period.windowEnd };
  return [issue("completion_source_unsuitable", "error", at, params)];
}

/** The unit's figures taken from the earlier report: contributions (with their source) and its own figures. */
function takeUnit(
  r: ConsolidatedReport,
  e: FiguresSource,
  unit: Unit,
): { contributions: Contribution[]; figures: UnitFigures; completed: FiguresCompleted[] } | undefined {
  const earlier = e.figures.units.find((u) => u.code === unit.code && u.status !== "missing");
  if (!earlier) return undefined;
  const sums = r.bundle.programme.indicators.filter((i) => !i.parts && i.aggregation === "sum" && earlier.values[i.code] !== undefined);
  const cell = (ind: string): string => e.cells.get(cellKey(unit.code, ind)) ?? "";
  const contributions: Contribution[] = sums.map((i) => ({
    indicator: i.code,
    unit: unit.code,
    countsFor: [unit.code],
    source: e.source,
    file: e.source.file ?? e.source.label,
    sheet: e.sheet ?? "",
    cell: cell(i.code),
    value: earlier.values[i.code] ?? 0,
    counted: true,
  }));
  const values = new Map(sums.map((i) => [i.code, earlier.values[i.code] ?? 0] as const));
  for (const i of r.bundle.programme.indicators) {
    const num = i.parts && values.get(i.parts.numerator);
    const den = i.parts && values.get(i.parts.denominator);
    if (typeof num === "number" && typeof den === "number" && den > 0) values.set(i.code, (num / den) * 100);
  }
  const submission: Submission = {
    source: e.source,
    status: "accepted",
    check: undefined,
    unit,
    submitted: undefined,
    late: false,
    mappedTo: [],
    issues: [],
  };
  const completed = sums.map((i) => ({
    unit: unit.code,
    indicator: i.code,
    source: e.source.label,
    period: e.figures.period.code,
    sheet: e.sheet ?? "",
    cell: cell(i.code),
  }));
  return { contributions, figures: { unit, submission, values }, completed };
}

/** The totals with the completed figures where the indicator allows them, the report's own elsewhere. */
function mergedTotals(r: ConsolidatedReport, units: readonly UnitFigures[], contributions: readonly Contribution[]): IndicatorTotal[] {
  const own = new Map(r.totals.map((t) => [`${t.indicator.code}\u0000${t.level ?? ""}`, t]));
  return indicatorTotals(units, contributions, r.bundle, r.period).flatMap((t) => {
    if (completable(t.indicator, r.bundle)) return [t];
    const kept = own.get(`${t.indicator.code}\u0000${t.level ?? ""}`);
    return kept ? [kept] : [];
  });
}

function gapsOf(units: readonly CompletedUnit[], sourceEnd: string): Completion["gaps"] {
  const byEnd = new Map<string, string[]>();
  for (const u of units.filter((x) => x.ended > sourceEnd)) byEnd.set(u.ended, [...(byEnd.get(u.ended) ?? []), u.unit]);
  return [...byEnd].sort(([a], [b]) => a.localeCompare(b)).map(([to, codes]) => ({ from: dayAfter(sourceEnd), to, units: codes.sort() }));
}

/** The report completed from an earlier consolidated report of the same window's start, or why that report cannot be used. */
export function completeReport(r: ConsolidatedReport, e: FiguresSource): CompletionResult {
  const refused = unsuitable(r, e);
  if (refused.length) return { ok: false, issues: refused };
  const ended = endedWithoutSuccessor(r).sort((a, b) => a.code.localeCompare(b.code));
  const taken = ended.flatMap((u) => {
    const t = takeUnit(r, e, u);
    return t && t.contributions.length ? [{ unit: u, ...t }] : [];
  });
  const units = taken.map((t) => ({ unit: t.unit.code, ended: t.unit.validTo ?? "", figures: t.contributions.length }));
  const completion: Completion = {
    source: { label: e.source.label, period: e.figures.period.code, windowEnd: e.figures.period.windowEnd },
    units,
    completed: taken.flatMap((t) => t.completed),
    gaps: gapsOf(units, e.figures.period.windowEnd),
  };
  const figures = [...r.units, ...taken.map((t) => t.figures)];
  const contributions = [...r.contributions, ...taken.flatMap((t) => t.contributions)];
  const at = e.source.file !== undefined ? { file: e.source.file } : {};
  const issues: Issue[] = [
    ...units.map((u) =>
      issue(
        "unit_completed",
        "info",
        { ...at, unit: u.unit },
        {
          unit: u.unit,
          ended: u.ended,
          count: u.figures,
          source: e.source.label,
          sourcePeriod: e.figures.period.code,
          sourceEnd: e.figures.period.windowEnd,
        },
      ),
    ),
    ...completion.gaps.map((g) => issue("completion_gap", "warning", {}, { units: g.units.join(", "), from: g.from, to: g.to })),
  ];
  const report: ConsolidatedReport = {
    ...r,
    units: figures,
    contributions,
    totals: mergedTotals(r, figures, contributions),
    issues: sortIssues([...r.issues, ...issues]),
  };
  return { ok: true, report, completion };
}
