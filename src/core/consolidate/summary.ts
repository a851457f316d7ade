/**
 * The summary JSON of a consolidation: a documented, stable shape (docs/SUMMARY.md),
 * versioned by `schema`. Numbers are rounded to 6 decimals; lists are sorted.
 */
import { countBySeverity } from "../check/issues";
import { isBinding } from "../programme/units";
import type { ConsolidatedReport } from "./consolidate";
import { TASK_STATES, type TaskState } from "./tasks";

export const SUMMARY_SCHEMA = "cchc-report/summary@1";

export interface SummaryJson {
  readonly schema: typeof SUMMARY_SCHEMA;
  readonly programme: { readonly id: string; readonly templateVersion: string };
  readonly period: { readonly code: string; readonly windowStart: string; readonly windowEnd: string; readonly due: string };
  readonly units: {
    readonly expected: number;
    readonly received: number;
    readonly missing: number;
    readonly late: number;
    readonly duplicate: number;
    readonly unknown: number;
    readonly mapped: number;
    readonly lists: Readonly<Record<"missing" | "late" | "duplicate" | "unknown" | "mapped", readonly string[]>>;
  };
  readonly files: { readonly total: number; readonly unreadable: readonly string[]; readonly notTemplate: readonly string[] };
  readonly rows: { readonly read: number; readonly accepted: number; readonly rejected: number };
  readonly indicators: readonly {
    readonly code: string;
    readonly area: number;
    readonly level: string | null;
    readonly aggregation: string;
    readonly value: number | null;
    readonly numerator: number | null;
    readonly denominator: number | null;
    readonly target: {
      readonly id: string;
      readonly comparator: string;
      readonly value: number;
      readonly source: string;
      readonly binding: boolean;
    } | null;
    readonly met: boolean | null;
    readonly unitsReporting: number;
    readonly unitsMissing: number;
    readonly unitsMissed: number;
  }[];
  readonly tasks: {
    readonly byArea: readonly ({ readonly area: number; readonly total: number; readonly overdue: number } & Readonly<
      Record<TaskState, number>
    >)[];
    readonly overdue: readonly { readonly task: string; readonly unit: string }[];
  };
  readonly issues: Readonly<Record<"error" | "warning" | "info", number>>;
}

const round = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v * 1e6) / 1e6);

/** The summary of a consolidated report. */
export function summaryJson(r: ConsolidatedReport): SummaryJson {
  const c = r.completeness;
  const files = (status: string): string[] =>
    r.submissions
      .filter((s) => s.status === status)
      .map((s) => s.source.label)
      .sort();
  return {
    schema: SUMMARY_SCHEMA,
    programme: { id: r.bundle.programme.id, templateVersion: r.bundle.programme.templateVersion },
    period: { code: r.period.code, windowStart: r.period.windowStart, windowEnd: r.period.windowEnd, due: r.period.due },
    units: {
      expected: c.expected.length,
      received: c.received.length,
      missing: c.missing.length,
      late: c.late.length,
      duplicate: c.duplicate.length,
      unknown: c.unknown.length,
      mapped: c.mapped.length,
      lists: { missing: c.missing, late: c.late, duplicate: c.duplicate, unknown: c.unknown, mapped: c.mapped },
    },
    files: { total: r.submissions.length, unreadable: files("unreadable"), notTemplate: files("not_template") },
    rows: { ...r.rows },
    indicators: r.totals.map((t) => ({
      code: t.indicator.code,
      area: t.indicator.area,
      level: t.level ?? null,
      aggregation: t.indicator.aggregation,
      value: round(t.value),
      numerator: round(t.numerator),
      denominator: round(t.denominator),
      target: t.target
        ? {
            id: t.target.id,
            comparator: t.target.comparator,
            value: t.target.value,
            source: t.target.source,
            binding: isBinding(t.target),
          }
        : null,
      met: t.met ?? null,
      unitsReporting: t.unitsReporting,
      unitsMissing: t.unitsMissing.length,
      unitsMissed: t.unitsMissed.length,
    })),
    tasks: {
      byArea: r.tasks.byArea.map(
        (a) =>
          ({
            area: a.area,
            total: a.total,
            overdue: a.overdue,
            ...Object.fromEntries(TASK_STATES.map((s) => [s, a.byStatus[s]])),
          }) as SummaryJson["tasks"]["byArea"][number],
      ),
      overdue: r.tasks.overdue.map((o) => ({ task: o.task, unit: o.unit })),
    },
    issues: countBySeverity(r.issues),
  };
}
