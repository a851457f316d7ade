/**
 * The summary JSON with what the report knows across periods, added within
 * `cchc-report/summary@1` (docs/SUMMARY.md): `figures` always, `comparison` and each indicator's
 * `changes` when earlier reports were compared, `completion` when figures came from one.
 */
import { formatIssue } from "../check/messages";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { summaryJson, type SummaryJson } from "../consolidate/summary";
import { reportFigures } from "../figures/build";
import type { ReportFigures } from "../figures/format";
import type { FigureChange } from "./changes";
import type { Changes, Comparison } from "./compare";
import type { Completion } from "./complete";
import type { CompareRole } from "./periods";
import type { AcrossPeriods } from "./report";

const round = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v * 1e6) / 1e6);

/** Role names as JSON fields. */
export const ROLE_FIELDS: Readonly<Record<CompareRole, "previous" | "lastYear">> = { previous: "previous", last_year: "lastYear" };

export interface ChangeJson {
  readonly period: string;
  readonly value: number | null;
  readonly change: number | null;
  readonly percent: number | null;
  readonly status: FigureChange["status"];
  readonly reason: FigureChange["reason"] | null;
  readonly through: readonly string[];
  readonly unitsChanged: boolean;
}

export type ChangesJson = Partial<Readonly<Record<"previous" | "lastYear", ChangeJson>>>;

export interface ComparisonJson {
  readonly reports: readonly { role: "previous" | "lastYear"; period: string; windowStart: string; windowEnd: string; file: string }[];
  readonly refused: readonly { file: string | null; code: string; message: { vi: string; en: string } }[];
  readonly units: readonly { unit: string; indicator: string; value: number | null; changes: ChangesJson }[];
}

export interface CompletionJson {
  readonly source: { readonly file: string; readonly period: string; readonly windowEnd: string };
  readonly units: Completion["units"];
  readonly gaps: Completion["gaps"];
  readonly figures: readonly { unit: string; indicator: string; value: number | null; sheet: string; cell: string }[];
}

export type SummaryWithAcross = Omit<SummaryJson, "indicators"> & {
  readonly indicators: readonly (SummaryJson["indicators"][number] & { readonly changes?: ChangesJson })[];
  readonly figures: ReportFigures;
  readonly comparison?: ComparisonJson;
  readonly completion?: CompletionJson;
};

function changesJson(changes: Changes, periods: ReadonlyMap<CompareRole, string>): ChangesJson {
  return Object.fromEntries(
    (Object.entries(changes) as [CompareRole, FigureChange][]).map(([role, c]) => [
      ROLE_FIELDS[role],
      {
        period: periods.get(role) ?? "",
        value: round(c.other),
        change: round(c.change),
        percent: round(c.percent),
        status: c.status,
        reason: c.reason ?? null,
        through: c.through,
        unitsChanged: c.unitsChanged,
      },
    ]),
  );
}

function comparisonJson(c: Comparison, periods: ReadonlyMap<CompareRole, string>): ComparisonJson {
  return {
    reports: c.reports.map((r) => ({
      role: ROLE_FIELDS[r.role],
      period: r.period,
      windowStart: r.windowStart,
      windowEnd: r.windowEnd,
      file: r.label,
    })),
    refused: c.refused.map((i) => ({
      file: i.location.file ?? null,
      code: i.code,
      message: { vi: formatIssue(i, "vi"), en: formatIssue(i, "en") },
    })),
    units: c.units.map((u) => ({
      unit: u.unit,
      indicator: u.indicator.code,
      value: round(u.current),
      changes: changesJson(u.changes, periods),
    })),
  };
}

function completionJson(k: Completion, f: ReportFigures): CompletionJson {
  const value = (unit: string, indicator: string): number | undefined => f.units.find((u) => u.code === unit)?.values[indicator];
  return {
    source: { file: k.source.label, period: k.source.period, windowEnd: k.source.windowEnd },
    units: k.units,
    gaps: k.gaps,
    figures: k.completed.map((x) => ({
      unit: x.unit,
      indicator: x.indicator,
      value: round(value(x.unit, x.indicator)),
      sheet: x.sheet,
      cell: x.cell,
    })),
  };
}

/** The summary JSON of a report, with its figures and, where given, its comparison and completion. */
export function summaryWithAcross(r: ConsolidatedReport, across: AcrossPeriods = {}): SummaryWithAcross {
  const base = summaryJson(r);
  const figures = reportFigures(r, across.completion?.completed ?? []);
  const c = across.comparison;
  if (!c) return { ...base, figures, ...(across.completion ? { completion: completionJson(across.completion, figures) } : {}) };
  const periods = new Map(c.reports.map((x) => [x.role, x.period] as const));
  const byFigure = new Map(c.totals.map((t) => [`${t.indicator.code}\u0000${t.level ?? ""}`, t.changes]));
  const indicators = base.indicators.map((entry) => ({
    ...entry,
    changes: changesJson(byFigure.get(`${entry.code}\u0000${entry.level ?? ""}`) ?? {}, periods),
  }));
  return {
    ...base,
    indicators,
    figures,
    comparison: comparisonJson(c, periods),
    ...(across.completion ? { completion: completionJson(across.completion, figures) } : {}),
  };
}
