/**
 * The evaluation as JSON (`cchc-report/evaluation@1`, docs/COMPARE.md): per-year figures keyed by
 * the year, rates in percent points, `null` for no value. Fields are only added within `@1`.
 */
import { formatIssue } from "../check/messages";
import type { Evaluation, TargetStatus } from "./evaluate";

export const EVALUATION_SCHEMA = "cchc-report/evaluation@1";

const round = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v * 1e6) / 1e6);

type ByYear<T> = Readonly<Record<string, T | null>>;

export interface EvaluationJson {
  readonly schema: typeof EVALUATION_SCHEMA;
  readonly programme: Evaluation["programme"];
  readonly years: readonly number[];
  readonly reports: ByYear<{ readonly period: string; readonly file: string }>;
  readonly missingYears: readonly number[];
  readonly refused: readonly { readonly file: string | null; readonly code: string; readonly message: { vi: string; en: string } }[];
  readonly targets: readonly {
    readonly id: string;
    readonly indicator: string;
    readonly level: string | null;
    readonly comparator: string;
    readonly target: number;
    readonly source: string;
    readonly binding: boolean;
    readonly values: ByYear<number>;
    readonly final: number | null;
    readonly status: TargetStatus;
  }[];
  readonly units: readonly {
    readonly unit: string;
    readonly level: string;
    readonly includes: readonly string[];
    readonly years: ByYear<{ met: number; judged: number }>;
  }[];
  readonly tasks: readonly { readonly area: number; readonly years: ByYear<{ done: number; total: number; rate: number | null }> }[];
}

function byYear<T, U>(years: readonly number[], xs: readonly (T | undefined)[], f: (x: T) => U): ByYear<U> {
  return Object.fromEntries(
    years.map((y, i) => {
      const x = xs[i];
      return [String(y), x === undefined ? null : f(x)];
    }),
  );
}

export function evaluationJson(e: Evaluation): EvaluationJson {
  const years = e.years;
  return {
    schema: EVALUATION_SCHEMA,
    programme: e.programme,
    years,
    reports: byYear(years, e.reports, (r) => ({ period: r.period, file: r.label })),
    missingYears: e.missing,
    refused: e.issues
      .filter((i) => i.code !== "evaluation_year_missing")
      .map((i) => ({ file: i.location.file ?? null, code: i.code, message: { vi: formatIssue(i, "vi"), en: formatIssue(i, "en") } })),
    targets: e.targets.map((t) => ({
      id: t.target.id,
      indicator: t.indicator.code,
      level: t.level,
      comparator: t.target.comparator,
      target: t.target.value,
      source: t.target.source,
      binding: t.binding,
      values: byYear(years, t.values, (v) => round(v) ?? 0),
      final: round(t.values[years.length - 1]),
      status: t.status,
    })),
    units: e.units.map((u) => ({
      unit: u.unit,
      level: u.level,
      includes: u.includes,
      years: byYear(years, u.years, (y) => ({ met: y.met, judged: y.judged })),
    })),
    tasks: e.tasks.map((a) => ({
      area: a.area,
      years: byYear(years, a.years, (y) => ({ done: y.done, total: y.total, rate: y.total > 0 ? round((y.done / y.total) * 100) : null })),
    })),
  };
}
