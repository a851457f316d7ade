/**
 * How one report's figures moved against another's: the province totals and the units' key
 * figures, with the change and the change in percent where the two can be compared. Which of
 * the two is earlier does not matter here (A against B is minus B against A); the roles are
 * decided by compare.ts.
 */
import { unitsWithFigures, contributingUnits, type FiguresUnit, type ReportFigures } from "../figures/format";
import { aggregationOf } from "../consolidate/aggregations";
import type { Indicator, ProgrammeBundle } from "../programme/schema";
import { successorsOn } from "../programme/units";
import { sameWindowLength } from "./periods";

export type ChangeStatus = "comparable" | "through_successors" | "not_comparable" | "no_value";
/** Why two figures are not compared: the units behind a count differ, a sum covers a window of another length, a unit was split. */
export type NotComparable = "units_changed" | "window_differs" | "unit_split";

export interface FigureChange {
  /** The other report's figure. */
  readonly other: number | undefined;
  /** This figure minus the other (percent points for rates); only when comparable. */
  readonly change: number | undefined;
  /** The change against the other's figure, in percent; undefined when that is 0. */
  readonly percent: number | undefined;
  readonly status: ChangeStatus;
  readonly reason: NotComparable | undefined;
  /** Units followed to their successors to compare (their codes in the report that had them). */
  readonly through: readonly string[];
  /** The set of units behind the figure changed (a rate is compared all the same). */
  readonly unitsChanged: boolean;
}

/**
 * What the aggregation of an indicator means for comparing it: a count of units (sum, stock
 * figure, number of yes answers) depends on which units it covers, a sum also on the window's
 * length; a rate recomputed from parts depends on neither.
 */
const COMPARISON_RULES: Readonly<Record<Indicator["aggregation"], { readonly unitsMatter: boolean; readonly windowMatters: boolean }>> = {
  sum: { unitsMatter: true, windowMatters: true },
  latest: { unitsMatter: true, windowMatters: false },
  recompute: { unitsMatter: false, windowMatters: false },
  none: { unitsMatter: true, windowMatters: false },
};

/** The units a unit's work belongs to on a date: its successors once it ended, else itself. */
export function unitMapper(bundle: ProgrammeBundle, date: string): (code: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (code) => {
    let out = cache.get(code);
    if (!out) {
      const next = successorsOn(bundle.units, code, date).map((u) => u.code);
      // A unit that ended without a successor stays itself: its absence must show.
      cache.set(code, (out = next.length ? next : [code]));
    }
    return out;
  };
}

/** The date both reports' units are mapped to: the later window's end (so A against B mirrors B against A). */
export function mappingDate(a: ReportFigures, b: ReportFigures): string {
  return a.period.windowEnd > b.period.windowEnd ? a.period.windowEnd : b.period.windowEnd;
}

function change(
  mine: number | undefined,
  other: number | undefined,
  status: ChangeStatus,
  extra: Partial<FigureChange> = {},
): FigureChange {
  const compared = status === "comparable" || status === "through_successors";
  const diff = compared && mine !== undefined && other !== undefined ? mine - other : undefined;
  return {
    other,
    change: diff,
    percent: diff !== undefined && other !== 0 && other !== undefined ? (diff / Math.abs(other)) * 100 : undefined,
    status,
    reason: undefined,
    through: [],
    unitsChanged: false,
    ...extra,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const mappedSet = (codes: readonly string[], map: (c: string) => readonly string[]): string[] => [...new Set(codes.flatMap(map))].sort();

/** A province total of `mine` against the same total (indicator and level) of `other`. */
export function totalChange(
  indicator: Indicator,
  level: string | null,
  mine: ReportFigures,
  other: ReportFigures,
  bundle: ProgrammeBundle,
): FigureChange {
  const find = (f: ReportFigures): number | undefined =>
    f.totals.find((t) => t.indicator === indicator.code && t.level === level)?.value ?? undefined;
  const [a, b] = [find(mine), find(other)];
  if (a === undefined || b === undefined) return change(a, b, "no_value");
  const map = unitMapper(bundle, mappingDate(mine, other));
  const [unitsA, unitsB] = [contributingUnits(mine, indicator.code, level), contributingUnits(other, indicator.code, level)];
  const unitsChanged = !sameSet(mappedSet(unitsA, map), mappedSet(unitsB, map));
  const through = [...unitsA, ...unitsB].filter((c) => !sameSet(map(c), [c]));
  const rule = COMPARISON_RULES[indicator.aggregation];
  if (rule.windowMatters && !sameWindowLength(mine.period, other.period, bundle.periods))
    return change(a, b, "not_comparable", { reason: "window_differs", unitsChanged });
  if (rule.unitsMatter && unitsChanged) return change(a, b, "not_comparable", { reason: "units_changed", unitsChanged });
  const status = through.length && !unitsChanged ? "through_successors" : "comparable";
  return change(a, b, status, { unitsChanged, through: [...new Set(through)].sort() });
}

/**
 * A group of units' figure for an indicator, as the province's is made from its units (the
 * aggregation registry): counts summed, a rate from the summed parts; one unit's own figure alike.
 */
export function groupValue(members: readonly FiguresUnit[], indicator: Indicator): number | undefined {
  const sumOf = (code: string): number | undefined => {
    const withValue = members.filter((m) => m.values[code] !== undefined);
    return withValue.length ? withValue.reduce((s, m) => s + (m.values[code] ?? 0), 0) : undefined;
  };
  return aggregationOf(indicator).total(indicator, sumOf).value;
}

/** A report's units with figures, each without the stock figures a successor's replaced (they are not its work twice). */
export function countedUnits(f: ReportFigures): FiguresUnit[] {
  const superseded = new Set(f.superseded.map((s) => `${s.unit}\u0000${s.indicator}`));
  const counted = (u: FiguresUnit): FiguresUnit =>
    f.superseded.some((s) => s.unit === u.code)
      ? { ...u, values: Object.fromEntries(Object.entries(u.values).filter(([ind]) => !superseded.has(`${u.code}\u0000${ind}`))) }
      : u;
  return unitsWithFigures(f).map(counted);
}

/** The units of a report that hold a unit's work on the mapping date, and whether one of them was split among several. */
export function groupOf(
  f: ReportFigures,
  unit: string,
  map: (c: string) => readonly string[],
): { readonly members: FiguresUnit[]; readonly split: boolean } {
  const members = countedUnits(f).filter((u) => map(u.code).includes(unit));
  return { members, split: members.some((u) => map(u.code).length > 1) };
}

/** A unit's key figure in `mine` against the same unit's work in `other`, through successors where the unit list maps them. */
export function unitChange(
  unit: string,
  indicator: Indicator,
  mine: ReportFigures,
  other: ReportFigures,
  bundle: ProgrammeBundle,
): FigureChange {
  const map = unitMapper(bundle, mappingDate(mine, other));
  const [ga, gb] = [groupOf(mine, unit, map), groupOf(other, unit, map)];
  const [a, b] = [groupValue(ga.members, indicator), groupValue(gb.members, indicator)];
  if (ga.split || gb.split) return change(a, b, "not_comparable", { reason: "unit_split" });
  if (a === undefined || b === undefined) return change(a, b, "no_value");
  const through = [...ga.members, ...gb.members].map((m) => m.code).filter((c) => c !== unit);
  return change(a, b, through.length ? "through_successors" : "comparable", { through: [...new Set(through)].sort() });
}
