/**
 * A consolidation compared with earlier reports: each earlier report is given its role from the
 * periods (previous period, same period last year), or refused with an issue (the same period,
 * another programme, a period that is neither, a second report for a role); then each province
 * figure and each unit's key figures are compared with it.
 */
import { issue, type Issue } from "../check/issues";
import type { FiguresSource } from "../figures/read";
import { unitsWithFigures, type ReportFigures } from "../figures/format";
import { parsePeriod, tryParsePeriod } from "../programme/period";
import type { Indicator, Level, ProgrammeBundle } from "../programme/schema";
import { groupOf, groupValue, totalChange, unitChange, unitMapper, type FigureChange } from "./changes";
import { COMPARE_ROLES, previousPeriod, rolesOf, samePeriodLastYear, type CompareRole } from "./periods";

export interface ComparedReport {
  readonly role: CompareRole;
  readonly period: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  /** The file (or label) it was read from. */
  readonly label: string;
}

export type Changes = Partial<Readonly<Record<CompareRole, FigureChange>>>;

export interface TotalComparison {
  readonly indicator: Indicator;
  readonly level: Level | null;
  readonly current: number | undefined;
  readonly changes: Changes;
}

export interface UnitComparison {
  readonly unit: string;
  readonly level: Level;
  readonly indicator: Indicator;
  readonly current: number | undefined;
  readonly changes: Changes;
}

export interface Comparison {
  readonly period: string;
  /** The earlier reports used, by role (in COMPARE_ROLES order). */
  readonly reports: readonly ComparedReport[];
  /** Earlier reports not used, each with the reason. */
  readonly refused: readonly Issue[];
  /** One per province total of the current report, in its order. */
  readonly totals: readonly TotalComparison[];
  /** Key figures (indicators with a target) of each unit of the current report. */
  readonly units: readonly UnitComparison[];
}

const locate = (s: FiguresSource): { file?: string } => (s.source.file !== undefined ? { file: s.source.file } : {});

/** The earlier reports each given their role; the others refused with an issue. */
export function assignRoles(
  current: ReportFigures,
  earlier: readonly FiguresSource[],
  bundle: ProgrammeBundle,
): { readonly used: ReadonlyMap<CompareRole, FiguresSource>; readonly refused: Issue[] } {
  const period = parsePeriod(current.period.code, bundle.periods);
  const used = new Map<CompareRole, FiguresSource>();
  const refused: Issue[] = [];
  for (const e of earlier) {
    const f = e.figures;
    const at = locate(e);
    if (f.programme.id !== current.programme.id) {
      refused.push(issue("report_other_programme", "error", at, { found: f.programme.id, expected: current.programme.id }));
      continue;
    }
    // By the period written in the report, so a renamed copy of this period's report is refused too.
    if (f.period.code === current.period.code) {
      refused.push(issue("compare_same_period", "error", at, { period: f.period.code }));
      continue;
    }
    const roles = tryParsePeriod(f.period.code, bundle.periods) ? rolesOf(period, f.period.code, bundle.periods) : [];
    if (roles.length === 0) {
      const params = {
        found: f.period.code,
        period: current.period.code,
        previous: previousPeriod(period, bundle.periods)?.code ?? "",
        lastYear: samePeriodLastYear(period, bundle.periods).code,
      };
      refused.push(issue("compare_period_unrelated", "error", at, params));
      continue;
    }
    const taken = roles.map((r) => used.get(r)).find((x) => x !== undefined);
    if (taken) {
      refused.push(issue("report_repeated", "warning", at, { period: f.period.code, kept: taken.source.label }));
      continue;
    }
    for (const r of roles) used.set(r, e);
  }
  return { used, refused };
}

function changesFor(used: ReadonlyMap<CompareRole, FiguresSource>, f: (other: ReportFigures) => FigureChange): Changes {
  return Object.fromEntries(
    COMPARE_ROLES.flatMap((role) => {
      const e = used.get(role);
      return e ? [[role, f(e.figures)]] : [];
    }),
  );
}

/** Indicators judged against a target: the key figures compared unit by unit. */
export function keyIndicators(bundle: ProgrammeBundle): Indicator[] {
  const withTarget = new Set(bundle.programme.targets.map((t) => t.indicator));
  return bundle.programme.indicators.filter((i) => withTarget.has(i.code));
}

/** The current report's figures against the earlier reports'. */
export function compareReports(current: ReportFigures, earlier: readonly FiguresSource[], bundle: ProgrammeBundle): Comparison {
  const { used, refused } = assignRoles(current, earlier, bundle);
  const byCode = new Map(bundle.programme.indicators.map((i) => [i.code, i]));
  const totals = current.totals.flatMap((t): TotalComparison[] => {
    const indicator = byCode.get(t.indicator);
    if (!indicator) return [];
    const changes = changesFor(used, (other) => totalChange(indicator, t.level, current, other, bundle));
    return [{ indicator, level: t.level, current: t.value ?? undefined, changes }];
  });
  const keys = keyIndicators(bundle);
  const own = unitsWithFigures(current).filter((u) => u.status !== "mapped");
  const map = unitMapper(bundle, current.period.windowEnd);
  const units = own.flatMap((u) => {
    const members = groupOf(current, u.code, map).members;
    return keys
      .filter((k) => !k.levels || k.levels.includes(u.level))
      .map((indicator): UnitComparison => ({
        unit: u.code,
        level: u.level,
        indicator,
        current: groupValue(members, indicator),
        changes: changesFor(used, (other) => unitChange(u.code, indicator, current, other, bundle)),
      }))
      .filter((x) => x.current !== undefined || Object.values(x.changes).some((c) => c.other !== undefined));
  });
  const reports = COMPARE_ROLES.flatMap((role): ComparedReport[] => {
    const e = used.get(role);
    return e
      ? [
          {
            role,
            period: e.figures.period.code,
            windowStart: e.figures.period.windowStart,
            windowEnd: e.figures.period.windowEnd,
            label: e.source.label,
          },
        ]
      : [];
  });
  return { period: current.period.code, reports, refused, totals, units };
}
