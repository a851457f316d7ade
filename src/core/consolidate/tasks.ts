/** Task progress across units: status per task and unit, counts by area and status, the overdue list. */
import type { SourceRef } from "../check/sources";
import type { Period } from "../programme/period";
import type { ProgrammeBundle, Task } from "../programme/schema";
import { tasksForUnit, type TaskRole } from "../programme/units";
import type { TaskStatus } from "../template/layout";
import { acceptedOf } from "./aggregate";
import type { Submission } from "./submissions";

export type TaskState = TaskStatus | "blank";

export interface TaskCell {
  readonly task: string;
  readonly unit: string;
  readonly role: TaskRole;
  readonly status: TaskState;
  readonly completed: string | undefined;
  readonly overdue: boolean;
  readonly source: SourceRef;
  readonly sheet: string;
  readonly cell: string;
}

export interface AreaProgress {
  readonly area: number;
  /** Task-unit pairs. */
  readonly total: number;
  readonly byStatus: Readonly<Record<TaskState, number>>;
  readonly overdue: number;
}

export interface TaskProgress {
  readonly cells: readonly TaskCell[];
  readonly byArea: readonly AreaProgress[];
  readonly overdue: readonly TaskCell[];
}

export const TASK_STATES: readonly TaskState[] = ["not_started", "in_progress", "done_on_time", "done_late", "blank"];

export function deadlineDate(task: Task): string {
  return task.deadline.length === 4 ? `${task.deadline}-12-31` : task.deadline;
}

/** Every accepted unit's status for each of its tasks. */
export function taskProgress(submissions: readonly Submission[], bundle: ProgrammeBundle, period: Period): TaskProgress {
  const cells: TaskCell[] = [];
  for (const s of acceptedOf(submissions)) {
    if (!s.unit || !s.check) continue;
    for (const { task, role } of tasksForUnit(bundle.programme, bundle.units, s.unit, period)) {
      const entry = s.check.report.tasks.get(task.code);
      const status: TaskState = (entry?.status.value as TaskStatus | undefined) ?? "blank";
      const done = status === "done_on_time" || status === "done_late";
      cells.push({
        task: task.code,
        unit: s.unit.code,
        role,
        status,
        completed: entry?.completed.value,
        overdue: !done && deadlineDate(task) < period.windowEnd,
        source: s.source,
        sheet: entry?.status.sheet ?? s.check.report.sheets.tasks ?? "",
        cell: entry?.status.cell ?? "",
      });
    }
  }
  // Task codes are unique (the programme's cross-check refuses repeats).
  const areaOf = new Map(bundle.programme.tasks.map((t) => [t.code, t.area] as const));
  const byArea = bundle.programme.areas.map((a) => {
    const inArea = cells.filter((c) => areaOf.get(c.task) === a.id);
    const byStatus = Object.fromEntries(TASK_STATES.map((st) => [st, inArea.filter((c) => c.status === st).length])) as Record<
      TaskState,
      number
    >;
    return { area: a.id, total: inArea.length, byStatus, overdue: inArea.filter((c) => c.overdue).length };
  });
  return { cells, byArea, overdue: cells.filter((c) => c.overdue) };
}
