/**
 * The programme's evaluation (báo cáo tổng kết) from its annual reports: each target's value
 * year by year and whether the end year's value reaches it; each unit's targets met year by year,
 * followed through its successors; task completion by area. Any subset of the years may be
 * given: a missing year is said, and its figures stay blank.
 */
import { issue, type Issue } from "../check/issues";
import { targetMet } from "../check/rules";
import { countedUnits, groupValue, unitMapper } from "../compare/changes";
import { keyIndicators } from "../compare/compare";
import { windowDays } from "../compare/periods";
import { unitsWithFigures, type FiguresUnit, type ReportFigures } from "../figures/format";
import type { FiguresSource } from "../figures/read";
import { parsePeriod, tryParsePeriod } from "../programme/period";
import type { Indicator, Level, ProgrammeBundle, Target } from "../programme/schema";
import { findUnit, isBinding, targetFor } from "../programme/units";

export type TargetStatus = "met" | "missed" | "no_data";

export interface TargetEvaluation {
  readonly target: Target;
  readonly indicator: Indicator;
  /** The level of the province total judged (null: all units). */
  readonly level: Level | null;
  /** The province value each year of the programme (percent points for rates), undefined where unknown. */
  readonly values: readonly (number | undefined)[];
  /** The end year's value against the target. */
  readonly status: TargetStatus;
  readonly binding: boolean;
}

export interface UnitYear {
  /** Targets of its level the unit's figures met, and targets judged (with a value). */
  readonly met: number;
  readonly judged: number;
}

export interface UnitEvaluation {
  readonly unit: string;
  readonly level: Level;
  /** Earlier units whose work it carries (their figures are in its years). */
  readonly includes: readonly string[];
  readonly years: readonly (UnitYear | undefined)[];
}

export interface AreaYear {
  readonly done: number;
  readonly total: number;
}

export interface AreaEvaluation {
  readonly area: number;
  readonly years: readonly (AreaYear | undefined)[];
}

export interface Evaluation {
  readonly programme: { readonly id: string; readonly templateVersion: string; readonly startYear: number; readonly endYear: number };
  /** The programme's years, in order; every per-year list follows them. */
  readonly years: readonly number[];
  /** The report used for each year (undefined: missing). */
  readonly reports: readonly ({ readonly period: string; readonly label: string } | undefined)[];
  readonly missing: readonly number[];
  /** Reports not used, and the missing years, as issues. */
  readonly issues: readonly Issue[];
  readonly targets: readonly TargetEvaluation[];
  readonly units: readonly UnitEvaluation[];
  readonly tasks: readonly AreaEvaluation[];
}

/** The regime's annual kind: the one with the longest data window. */
export function annualKind(bundle: ProgrammeBundle): string {
  const year = bundle.programme.endYear;
  const kinds = bundle.periods.kinds.map((k) => parsePeriod(`${year}-${k.key}`, bundle.periods));
  return kinds.sort((a, b) => windowDays(b) - windowDays(a))[0]?.kind.key ?? "";
}

/** The annual report for each year of the programme, the others refused with an issue. */
function reportsByYear(
  sources: readonly FiguresSource[],
  bundle: ProgrammeBundle,
): { byYear: Map<number, FiguresSource>; issues: Issue[] } {
  const { id, startYear, endYear } = bundle.programme;
  const annual = annualKind(bundle);
  const byYear = new Map<number, FiguresSource>();
  const issues: Issue[] = [];
  for (const s of sources) {
    const at = s.source.file !== undefined ? { file: s.source.file } : {};
    const f = s.figures;
    const period = tryParsePeriod(f.period.code, bundle.periods);
    if (f.programme.id !== id) issues.push(issue("report_other_programme", "error", at, { found: f.programme.id, expected: id }));
    else if (!period || period.kind.key !== annual) issues.push(issue("evaluation_not_annual", "error", at, { period: f.period.code }));
    else if (period.year < startYear || period.year > endYear)
      issues.push(
        issue("evaluation_year_outside", "error", at, { year: String(period.year), start: String(startYear), end: String(endYear) }),
      );
    else if (byYear.has(period.year))
      issues.push(issue("report_repeated", "warning", at, { period: f.period.code, kept: byYear.get(period.year)?.source.label ?? "" }));
    else byYear.set(period.year, s);
  }
  return { byYear, issues };
}

/** Each target of the programme's years (one per level it names), with its province value each year. */
function evaluateTargets(
  bundle: ProgrammeBundle,
  years: readonly number[],
  figures: readonly (ReportFigures | undefined)[],
): TargetEvaluation[] {
  const { startYear, endYear } = bundle.programme;
  const byCode = new Map(bundle.programme.indicators.map((i) => [i.code, i]));
  return bundle.programme.targets
    .filter((t) => t.year >= startYear && t.year <= endYear)
    .flatMap((target) => {
      const indicator = byCode.get(target.indicator);
      if (!indicator) return [];
      return (target.levels ?? [null]).map((level): TargetEvaluation => {
        const values = figures.map((f) => f?.totals.find((t) => t.indicator === target.indicator && t.level === level)?.value ?? undefined);
        const final = values[years.length - 1];
        const met = final === undefined ? undefined : targetMet(final, target);
        return {
          target,
          indicator,
          level,
          values,
          status: met === undefined ? "no_data" : met ? "met" : "missed",
          binding: isBinding(target),
        };
      });
    });
}

/** A unit's targets met in one year, from its own figures or its group's (the units whose work it carries). */
function unitYear(
  bundle: ProgrammeBundle,
  members: readonly FiguresUnit[],
  level: Level,
  year: number,
  keys: readonly Indicator[],
): UnitYear | undefined {
  if (members.length === 0) return undefined;
  let met = 0;
  let judged = 0;
  for (const k of keys) {
    if (k.levels && !k.levels.includes(level)) continue;
    const target = targetFor(bundle.programme, k.code, level, year);
    const ok = target ? targetMet(groupValue(members, k), target) : undefined;
    if (ok === undefined) continue;
    judged++;
    if (ok) met++;
  }
  return { met, judged };
}

/** Each unit's years, its predecessors' figures counted in its own where the unit list maps them to it alone. */
function evaluateUnits(
  bundle: ProgrammeBundle,
  years: readonly number[],
  figures: readonly (ReportFigures | undefined)[],
  end: string,
): UnitEvaluation[] {
  const map = unitMapper(bundle, end);
  // A unit whose work went to several successors keeps a row of its own.
  const rowOf = (code: string): string => {
    const to = map(code);
    return to.length === 1 ? (to[0] ?? code) : code;
  };
  const rows = new Map<string, Set<string>>();
  for (const f of figures)
    for (const u of f ? unitsWithFigures(f) : []) rows.set(rowOf(u.code), (rows.get(rowOf(u.code)) ?? new Set()).add(u.code));
  const keys = keyIndicators(bundle);
  const counted = figures.map((f) => (f ? countedUnits(f) : undefined));
  const levelOrder = ["tinh", "huyen", "xa"];
  return [...rows]
    .map(([code, members]): UnitEvaluation => {
      const level = findUnit(bundle.units, code)?.level ?? "tinh";
      return {
        unit: code,
        level,
        includes: [...members].filter((m) => m !== code).sort(),
        years: years.map((y, i) => unitYear(bundle, counted[i]?.filter((u) => members.has(u.code)) ?? [], level, y, keys)),
      };
    })
    .sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || a.unit.localeCompare(b.unit));
}

/** The programme evaluated from the annual reports given. */
export function evaluateProgramme(sources: readonly FiguresSource[], bundle: ProgrammeBundle): Evaluation {
  const { id, templateVersion, startYear, endYear } = bundle.programme;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const { byYear, issues } = reportsByYear(sources, bundle);
  const figures = years.map((y) => byYear.get(y)?.figures);
  const missing = years.filter((y) => !byYear.has(y));
  const latest =
    [...byYear.values()]
      .map((s) => s.figures.period.windowEnd)
      .sort()
      .pop() ?? `${endYear}-12-31`;
  return {
    programme: { id, templateVersion, startYear, endYear },
    years,
    reports: years.map((y) => {
      const s = byYear.get(y);
      return s ? { period: s.figures.period.code, label: s.source.label } : undefined;
    }),
    missing,
    issues: [...issues, ...missing.map((year) => issue("evaluation_year_missing", "warning", {}, { year: String(year) }))],
    targets: evaluateTargets(bundle, years, figures),
    units: evaluateUnits(bundle, years, figures, latest),
    tasks: bundle.programme.areas.map((a) => ({
      area: a.id,
      years: figures.map((f) => {
        const t = f?.tasks.find((x) => x.area === a.id);
        return t ? { done: t.done_on_time + t.done_late, total: t.total } : undefined;
      }),
    })),
  };
}
