/**
 * Province figures from the accepted reports, each by its indicator's aggregation kind
 * (aggregations.ts: counts summed, rates recomputed from the summed parts, stock figures taken
 * from the latest holder of the work); every figure keeps its contributions (unit, file, sheet, cell).
 */
import { issue, type Issue } from "../check/issues";
import { indicatorNumber, targetMet } from "../check/rules";
import type { SourceRef } from "../check/sources";
import type { Period } from "../programme/period";
import type { Indicator, Level, ProgrammeBundle, Target, Unit } from "../programme/schema";
import { indicatorsForLevel, targetFor } from "../programme/units";
import { aggregationOf } from "./aggregations";
import { KeyedMap, keySlots } from "./keyed";
import type { Submission, SubmittedIndicator } from "./submissions";

export interface Contribution {
  readonly indicator: string;
  /** The reporting unit, and the unit its figures count for (its successor after a merger). */
  readonly unit: string;
  readonly countsFor: readonly string[];
  readonly source: SourceRef;
  readonly file: string | undefined;
  readonly sheet: string;
  readonly cell: string;
  readonly value: number | string | boolean;
  /** False when a successor's stock figure replaces it. */
  readonly counted: boolean;
}

export interface IndicatorTotal {
  readonly indicator: Indicator;
  /** Set when the indicator's targets differ by administrative level: one total per level. */
  readonly level: Level | undefined;
  /** Sum, count of "yes", or recomputed rate in percent points; undefined when nothing to show. */
  readonly value: number | undefined;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
  readonly target: Target | undefined;
  readonly met: boolean | undefined;
  readonly unitsReporting: number;
  /** Accepted units of the level without a usable value. */
  readonly unitsMissing: readonly string[];
  /** Units whose own value misses the target. */
  readonly unitsMissed: readonly string[];
}

/** Each accepted unit's own figures, rates included. */
export interface UnitFigures {
  readonly unit: Unit;
  readonly submission: Submission;
  readonly values: ReadonlyMap<string, number>;
}

/** Errors that make a value unusable for totals: it is rejected, the issue at its cell says why. */
const REJECTING: ReadonlySet<string> = new Set(["negative_count", "fractional_count"]);

// Module-level cache: the contributions, the unit figures and the values read each ask for a
// report's usable entries; a submission is immutable, and a WeakMap lets it go with its report.
const usableCache = new WeakMap<Submission, ReadonlyMap<string, SubmittedIndicator>>();

/** A report's indicator entries with the rejected values taken out (their issues stay). */
function usable(s: Submission): ReadonlyMap<string, SubmittedIndicator> {
  const cached = usableCache.get(s);
  if (cached) return cached;
  const entries = s.check?.report.indicators ?? new Map<string, SubmittedIndicator>();
  const rejected = new Set(s.issues.filter((i) => REJECTING.has(i.code)).map((i) => `${i.location.sheet ?? ""}!${i.location.cell ?? ""}`));
  const out =
    rejected.size === 0
      ? entries
      : new Map(
          [...entries].map(([code, e]) => [
            code,
            rejected.has(`${e.value.sheet}!${e.value.cell}`) ? { ...e, value: { ...e.value, value: undefined } } : e,
          ]),
        );
  usableCache.set(s, out);
  return out;
}

export function acceptedOf(submissions: readonly Submission[]): Submission[] {
  return submissions.filter((s) => s.status === "accepted" && s.unit && s.check);
}

/** Every value of the accepted reports, with the stock figures superseded by a successor's marked. */
export function collectContributions(
  submissions: readonly Submission[],
  bundle: ProgrammeBundle,
): { contributions: Contribution[]; issues: Issue[] } {
  const accepted = acceptedOf(submissions);
  const byCode = new Map(bundle.programme.indicators.map((i) => [i.code, i]));
  const reported = (unit: string, code: string): boolean =>
    accepted.some((s) => s.unit?.code === unit && usable(s).get(code)?.value.value !== undefined);
  const contributions: Contribution[] = [];
  const issues: Issue[] = [];
  for (const s of accepted) {
    // One list per report, shared by its values (a national report has hundreds of thousands).
    const countsFor = s.mappedTo.length ? s.mappedTo : [s.unit?.code ?? ""];
    for (const entry of usable(s).values()) {
      const ind = byCode.get(entry.code);
      const value = entry.value.value;
      if (!ind || !aggregationOf(ind).collects || value === undefined) continue;
      const successor = aggregationOf(ind).yieldsToSuccessor ? s.mappedTo.find((m) => reported(m, ind.code)) : undefined;
      const unit = s.unit?.code ?? "";
      contributions.push({
        indicator: ind.code,
        unit,
        countsFor,
        source: s.source,
        file: s.source.file,
        sheet: entry.value.sheet,
        cell: entry.value.cell,
        value,
        counted: successor === undefined,
      });
      if (successor !== undefined)
        issues.push(
          issue(
            "value_superseded",
            "info",
            {
              ...(s.source.file !== undefined ? { file: s.source.file } : {}),
              sheet: entry.value.sheet,
              cell: entry.value.cell,
              unit,
              indicator: ind.code,
            },
            { unit, successor },
          ),
        );
    }
  }
  return { contributions, issues };
}

export function unitFigures(submissions: readonly Submission[], bundle: ProgrammeBundle): UnitFigures[] {
  return acceptedOf(submissions).map((s) => {
    const values: [string, number][] = [];
    const report = s.check ? { ...s.check.report, indicators: usable(s) } : undefined;
    for (const ind of bundle.programme.indicators) {
      const v = report ? indicatorNumber({ report }, ind) : undefined;
      const yes = report?.indicators.get(ind.code)?.value.value;
      if (v !== undefined) values.push([ind.code, v]);
      else if (typeof yes === "boolean") values.push([ind.code, yes ? 1 : 0]);
    }
    return { unit: s.unit as Unit, submission: s, values: new KeyedMap(keySlots("indicators"), values) };
  });
}

/** Counted contributions by indicator: each total sums one indicator's, not every unit's values. */
function countedByIndicator(contributions: readonly Contribution[]): Map<string, Contribution[]> {
  const out = new Map<string, Contribution[]>();
  for (const c of contributions) {
    if (!c.counted) continue;
    const xs = out.get(c.indicator);
    if (xs) xs.push(c);
    else out.set(c.indicator, [c]);
  }
  return out;
}

function sumOf(counted: ReadonlyMap<string, readonly Contribution[]>, code: string, units: ReadonlySet<string>): number | undefined {
  let sum = 0;
  let any = false;
  for (const c of counted.get(code) ?? []) {
    if (!units.has(c.unit)) continue;
    any = true;
    sum += typeof c.value === "number" ? c.value : c.value === true ? 1 : 0;
  }
  return any ? sum : undefined;
}

function levelsOf(bundle: ProgrammeBundle, ind: Indicator): (Level | undefined)[] {
  const split = bundle.programme.targets.some((t) => t.indicator === ind.code && t.levels !== undefined);
  return split
    ? [...new Set(bundle.programme.targets.filter((t) => t.indicator === ind.code).flatMap((t) => t.levels ?? []))]
    : [undefined];
}

/** One total per indicator (per level where targets differ by level), with target status. */
export function indicatorTotals(
  figures: readonly UnitFigures[],
  contributions: readonly Contribution[],
  bundle: ProgrammeBundle,
  period: Period,
): IndicatorTotal[] {
  const out: IndicatorTotal[] = [];
  const counted = countedByIndicator(contributions);
  const levelIndicators = new Map<Level, ReadonlySet<Indicator>>();
  const reports = (level: Level, ind: Indicator): boolean => {
    let set = levelIndicators.get(level);
    if (!set) levelIndicators.set(level, (set = new Set(indicatorsForLevel(bundle.programme, level))));
    return set.has(ind);
  };
  for (const ind of bundle.programme.indicators) {
    const unitTargets = new Map<Level, Target | undefined>();
    const unitTarget = (u: Unit): Target | undefined => {
      if (!unitTargets.has(u.level)) unitTargets.set(u.level, targetFor(bundle.programme, ind.code, u.level, period.year));
      return unitTargets.get(u.level);
    };
    for (const level of levelsOf(bundle, ind)) {
      const units = figures.filter((f) => (level === undefined || f.unit.level === level) && reports(f.unit.level, ind));
      if (level !== undefined && units.length === 0) continue;
      const codes = new Set(units.map((f) => f.unit.code));
      const { value, numerator, denominator } = aggregationOf(ind).total(ind, (code) => sumOf(counted, code, codes));
      const target = targetFor(bundle.programme, ind.code, level ?? "tinh", period.year);
      out.push({
        indicator: ind,
        level,
        value,
        numerator,
        denominator,
        target,
        met: target ? targetMet(value, target) : undefined,
        unitsReporting: units.filter((f) => f.values.has(ind.code)).length,
        unitsMissing: units.filter((f) => !f.values.has(ind.code)).map((f) => f.unit.code),
        unitsMissed: units
          .filter((f) => {
            const t = unitTarget(f.unit);
            return t !== undefined && targetMet(f.values.get(ind.code), t) === false;
          })
          .map((f) => f.unit.code),
      });
    }
  }
  return out;
}
