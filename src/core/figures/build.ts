/** The figures of a consolidated report in the `cchc-report/figures@1` format. */
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { TASK_STATES } from "../consolidate/tasks";
import { findUnit } from "../programme/units";
import { FIGURES_FORMAT, type FiguresCompleted, type FiguresTasks, type FiguresUnit, type ReportFigures } from "./format";

const orNull = (v: number | undefined): number | null => (v === undefined ? null : v);

function unitsOf(r: ConsolidatedReport, completed: readonly FiguresCompleted[]): FiguresUnit[] {
  const completedUnits = new Set(completed.map((c) => c.unit));
  const received = new Set(r.completeness.received);
  const out: FiguresUnit[] = r.units.map((u) => ({
    code: u.unit.code,
    level: u.unit.level,
    status: completedUnits.has(u.unit.code) ? "completed" : received.has(u.unit.code) ? "received" : "mapped",
    countsFor: u.submission.mappedTo.length ? [...u.submission.mappedTo] : [u.unit.code],
    values: Object.fromEntries(u.values),
  }));
  for (const code of r.completeness.missing) {
    const unit = findUnit(r.bundle.units, code);
    if (unit) out.push({ code, level: unit.level, status: "missing", countsFor: [code], values: {} });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * What the report remembers of itself: period, programme, every unit expected or counted with
 * its own figures, the province totals with their parts, task progress by area. `completed`
 * lists the figures taken from an earlier report (see src/core/compare/complete.ts).
 */
export function reportFigures(r: ConsolidatedReport, completed: readonly FiguresCompleted[] = []): ReportFigures {
  const superseded = r.contributions.filter((c) => !c.counted).map((c) => ({ unit: c.unit, indicator: c.indicator }));
  return {
    format: FIGURES_FORMAT,
    programme: { id: r.bundle.programme.id, templateVersion: r.bundle.programme.templateVersion },
    period: { code: r.period.code, windowStart: r.period.windowStart, windowEnd: r.period.windowEnd },
    units: unitsOf(r, completed),
    totals: r.totals.map((t) => ({
      indicator: t.indicator.code,
      level: t.level ?? null,
      value: orNull(t.value),
      numerator: orNull(t.numerator),
      denominator: orNull(t.denominator),
      unitsReporting: t.unitsReporting,
    })),
    tasks: r.tasks.byArea.map((a): FiguresTasks => ({
      area: a.area,
      total: a.total,
      overdue: a.overdue,
      ...(Object.fromEntries(TASK_STATES.map((s) => [s, a.byStatus[s]])) as Record<(typeof TASK_STATES)[number], number>),
    })),
    superseded,
    completed: [...completed],
  };
}
