/**
 * The province's key figures as the page draws them, from the summary JSON (docs/SUMMARY.md) and
 * the units judged against their targets (core/report/tables.ts's unitTargets): targets met by
 * area, units by the number of targets they met, task progress by area.
 */
import type { SummaryJson } from "../../core/consolidate/summary";
import { TASK_STATES, type TaskState } from "../../core/consolidate/tasks";

export interface AreaTargets {
  readonly area: number;
  /** Province figures (one per indicator and level) meeting their target, and missing it. */
  readonly met: number;
  readonly missed: number;
}

export interface UnitsWithMet {
  /** Targets met… */
  readonly met: number;
  /** …by this many units. */
  readonly units: number;
}

export interface AreaTasks {
  readonly area: number;
  /** Task-unit pairs. */
  readonly total: number;
  readonly overdue: number;
  readonly states: Readonly<Record<TaskState, number>>;
}

export interface ChartData {
  readonly targetsByArea: readonly AreaTargets[];
  /** From 0 to the most targets a unit could meet, every count shown (a gap is a fact too). */
  readonly unitsByTargetsMet: readonly UnitsWithMet[];
  /** How many targets a unit is judged against at most (the key indicators). */
  readonly keyIndicators: number;
  readonly tasksByArea: readonly AreaTasks[];
}

/** Province figures judged against a target, counted met and missed per area; areas without one left out. */
function targetsByArea(summary: SummaryJson): AreaTargets[] {
  const byArea = new Map<number, { met: number; missed: number }>();
  for (const i of summary.indicators) {
    if (i.met === null) continue;
    const a = byArea.get(i.area) ?? { met: 0, missed: 0 };
    if (i.met) a.met++;
    else a.missed++;
    byArea.set(i.area, a);
  }
  return [...byArea].sort(([x], [y]) => x - y).map(([area, n]) => ({ area, ...n }));
}

/** How many units met 0, 1, 2… of their targets. */
function unitsByTargetsMet(unitMet: readonly number[], keyIndicators: number): UnitsWithMet[] {
  const top = Math.max(keyIndicators, ...unitMet, 0);
  const counts = Array.from({ length: top + 1 }, () => 0);
  for (const met of unitMet) counts[met] = (counts[met] ?? 0) + 1;
  return counts.map((units, met) => ({ met, units }));
}

/** Task progress of the areas that have tasks in the period. */
function tasksByArea(summary: SummaryJson): AreaTasks[] {
  return summary.tasks.byArea
    .filter((a) => a.total > 0)
    .map((a) => ({
      area: a.area,
      total: a.total,
      overdue: a.overdue,
      states: Object.fromEntries(TASK_STATES.map((s) => [s, a[s]])) as Record<TaskState, number>,
    }));
}

/**
 * The charts' data. `unitMet` holds, for each accepted unit, how many targets it met;
 * `keyIndicators` how many indicators have a target.
 */
export function chartData(summary: SummaryJson, unitMet: readonly number[], keyIndicators: number): ChartData {
  return {
    targetsByArea: targetsByArea(summary),
    unitsByTargetsMet: unitsByTargetsMet(unitMet, keyIndicators),
    keyIndicators,
    tasksByArea: tasksByArea(summary),
  };
}
