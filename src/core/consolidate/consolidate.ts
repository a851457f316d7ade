/**
 * Consolidation of many units' reports for one period into the provincial report. One core
 * for the command line and the add-in; every value read ends up in the report or in an issue.
 */
import { issue, sortIssues, type Issue } from "../check/issues";
import { isBlank } from "../grid";
import type { Period } from "../programme/period";
import type { ProgrammeBundle } from "../programme/schema";
import {
  acceptedOf,
  collectContributions,
  indicatorTotals,
  unitFigures,
  type Contribution,
  type IndicatorTotal,
  type UnitFigures,
} from "./aggregate";
import { aggregationOf } from "./aggregations";
import { classifySource, completeness, resolveDuplicates, type Completeness, type SourceInput, type Submission } from "./submissions";
import { taskProgress, type TaskProgress } from "./tasks";

export interface RowCounts {
  /** Indicator values found in the sources (computed rates excluded). */
  readonly read: number;
  /** Of those, the ones in the province's figures. */
  readonly accepted: number;
  /** The others, each with an issue saying why. */
  readonly rejected: number;
}

export interface ConsolidatedReport {
  readonly bundle: ProgrammeBundle;
  readonly period: Period;
  readonly submissions: readonly Submission[];
  readonly completeness: Completeness;
  readonly totals: readonly IndicatorTotal[];
  readonly units: readonly UnitFigures[];
  readonly tasks: TaskProgress;
  readonly contributions: readonly Contribution[];
  readonly rows: RowCounts;
  /** Every issue of every source, plus the consolidation's own, sorted. */
  readonly issues: readonly Issue[];
}

/**
 * Non-blank indicator values of a source (computed figures, the rates, are formulas, not values
 * a unit entered), counting the rows the reader set aside: unknown rows with entries, repeated
 * rows with a value.
 */
function valuesRead(s: Submission, computed: ReadonlySet<string>): number {
  const report = s.check?.report;
  if (!report) return 0;
  const entered = [...report.indicators.values()].filter((e) => !computed.has(e.code) && !isBlank(e.value.raw)).length;
  const setAside = report.ignoredRows.filter(
    (r) => r.sheet === report.sheets.indicators && (r.why === "unknown" || (r.value && !computed.has(r.code ?? ""))),
  ).length;
  return entered + setAside;
}

/** A figure as an issue param: numbers and text as they are, yes and no as 1 and 0. */
const param = (v: number | string | boolean): number | string => (typeof v === "boolean" ? (v ? 1 : 0) : v);

/** Where the duplicate reports of a unit disagree with the report that is used. */
function conflicts(submissions: readonly Submission[]): Issue[] {
  const kept = new Map(acceptedOf(submissions).map((s) => [s.unit?.code ?? "", s]));
  const out: Issue[] = [];
  for (const d of submissions.filter((s) => s.status === "duplicate")) {
    const k = kept.get(d.unit?.code ?? "");
    if (!k?.check || !d.check) continue;
    for (const [code, entry] of d.check.report.indicators) {
      const mine = entry.value.value;
      const theirs = k.check.report.indicators.get(code)?.value.value;
      if (mine === undefined || theirs === undefined || mine === theirs) continue;
      const at = {
        ...(d.source.file !== undefined ? { file: d.source.file } : {}),
        sheet: entry.value.sheet,
        cell: entry.value.cell,
        unit: d.unit?.code ?? "",
        indicator: code,
      };
      out.push(
        issue("value_conflict", "warning", at, { unit: d.unit?.code ?? "", indicator: code, kept: param(theirs), other: param(mine) }),
      );
    }
  }
  return out;
}

/** The provincial report of a period from the units' sources, in any order. */
export function consolidate(inputs: readonly SourceInput[], bundle: ProgrammeBundle, period: Period): ConsolidatedReport {
  return consolidateSubmissions(
    inputs.map((i) => classifySource(i, bundle, period)),
    bundle,
    period,
  );
}

/** The same from sources already classified one by one (see classifySource), for reading file by file. */
export function consolidateSubmissions(classified: readonly Submission[], bundle: ProgrammeBundle, period: Period): ConsolidatedReport {
  const submissions = resolveDuplicates(classified);
  const { contributions, issues: collected } = collectContributions(submissions, bundle);
  const units = unitFigures(submissions, bundle);
  // A figure computed from others (a rate) is no value read: the unit did not enter it.
  const computed = new Set(bundle.programme.indicators.filter((i) => !aggregationOf(i).collects).map((i) => i.code));
  const read = submissions.reduce((n, s) => n + valuesRead(s, computed), 0);
  const accepted = contributions.filter((c) => c.counted).length;
  const located = submissions.flatMap((s) =>
    s.issues.map((i) => ({ ...i, location: { ...(s.source.file !== undefined ? { file: s.source.file } : {}), ...i.location } })),
  );
  return {
    bundle,
    period,
    submissions,
    completeness: completeness(submissions, bundle, period),
    totals: indicatorTotals(units, contributions, bundle, period),
    units,
    tasks: taskProgress(submissions, bundle, period),
    contributions,
    rows: { read, accepted, rejected: read - accepted },
    issues: sortIssues([...located, ...collected, ...conflicts(submissions)]),
  };
}

/** What a consolidation's result says in numbers and unit codes, as every front end shows it. */
export interface ConsolidationCounts {
  readonly period: string;
  readonly expected: number;
  readonly received: number;
  readonly missing: readonly string[];
  readonly late: readonly string[];
  readonly duplicate: readonly string[];
  readonly unknown: readonly string[];
  /** Figures on which two reports of one unit disagree. */
  readonly conflicts: number;
  readonly rows: RowCounts;
  /** Sources read. */
  readonly files: number;
}

/** The result's counts, in one place for the add-in's outcome and the web page's result panel. */
export function consolidationCounts(report: ConsolidatedReport): ConsolidationCounts {
  const c = report.completeness;
  return {
    period: report.period.code,
    expected: c.expected.length,
    received: c.received.length,
    missing: c.missing,
    late: c.late,
    duplicate: c.duplicate,
    unknown: c.unknown,
    conflicts: report.issues.filter((i) => i.code === "value_conflict").length,
    rows: report.rows,
    files: report.submissions.length,
  };
}

/**
 * The periods the sources are for, when none is for the period asked (every source read is
 * another period's report): consolidating them would give a report of nothing but missing units,
 * so the command line and the web page write none.
 */
export function otherPeriodsOnly(r: ConsolidatedReport): string[] | undefined {
  const read = r.submissions.filter((s) => s.status !== "unreadable" && s.status !== "not_template");
  if (read.length === 0 || read.some((s) => s.status !== "wrong_period")) return undefined;
  return [...new Set(read.map((s) => s.check?.period?.code ?? "?"))].sort();
}
