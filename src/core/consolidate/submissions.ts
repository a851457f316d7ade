/**
 * Who sent what: each source checked and classified against the units expected in the
 * period — accepted, duplicate, unknown unit, wrong period, not a template, unreadable —
 * with late and merged-unit submissions said so. Independent of the order of the sources.
 */
import { checkWorkbook, type CheckResult } from "../check/check";
import { issue, type Issue } from "../check/issues";
import type { SourceRef } from "../check/sources";
import { UnreadableWorkbookError, type UnreadableProblem } from "../check/unreadable";
import type { WorkbookGrids } from "../grid";
import type { IndicatorEntry, TaskEntry, UnitReport } from "../read/report";
import type { Period } from "../programme/period";
import type { ProgrammeBundle, Unit } from "../programme/schema";
import { isValidOn, successorsOn, unitsExpectedIn } from "../programme/units";
import { KeyedMap, keySlots } from "./keyed";

export type { SourceRef };

export type SourceInput =
  | { readonly kind: "workbook"; readonly source: SourceRef; readonly grids: WorkbookGrids }
  | {
      readonly kind: "unreadable";
      readonly source: SourceRef;
      readonly reason: string;
      /** What the reader found, when it could tell (its kind and numbers go into the issue). */
      readonly problem?: UnreadableProblem;
    };

/**
 * The source of a file that a reader could not read: with the reader's problem when it could say
 * (UnreadableWorkbookError, so the issue is given in the user's language), else the error's words.
 */
export function unreadableSource(source: SourceRef, error: unknown): SourceInput {
  if (error instanceof UnreadableWorkbookError) return { kind: "unreadable", source, reason: error.message, problem: error.problem };
  return { kind: "unreadable", source, reason: error instanceof Error ? error.message : String(error) };
}

export type SubmissionStatus = "accepted" | "duplicate" | "unknown_unit" | "wrong_period" | "not_template" | "unreadable";

/** An indicator's value as the source's check read it. */
export type SubmittedIndicator = Pick<IndicatorEntry, "code" | "value">;
/** A task's status and completion date as the source's check read them. */
export type SubmittedTask = Pick<TaskEntry, "code" | "status" | "completed">;

/**
 * What consolidation reads of a source's check: values, task statuses, where they are, and how
 * many errors. Explanations, evidence, notes and the info sheet stay out (their problems are in
 * the submission's issues), so that thousands of submissions stay small in memory.
 */
export interface SubmittedCheck {
  readonly report: Pick<UnitReport, "marker" | "sheets" | "ignoredRows"> & {
    readonly indicators: ReadonlyMap<string, SubmittedIndicator>;
    readonly tasks: ReadonlyMap<string, SubmittedTask>;
  };
  readonly unit: Unit | undefined;
  readonly period: Period | undefined;
  /** Errors the check found. */
  readonly errors: number;
}

export interface Submission {
  readonly source: SourceRef;
  readonly status: SubmissionStatus;
  readonly check: SubmittedCheck | undefined;
  readonly unit: Unit | undefined;
  /** ISO date from the info sheet, when given and valid. */
  readonly submitted: string | undefined;
  readonly late: boolean;
  /** For a unit that ended before the period: the units that carry its work now. */
  readonly mappedTo: readonly string[];
  readonly issues: readonly Issue[];
}

export interface Completeness {
  readonly expected: readonly Unit[];
  readonly received: readonly string[];
  readonly missing: readonly string[];
  readonly late: readonly string[];
  readonly duplicate: readonly string[];
  readonly unknown: readonly string[];
  readonly mapped: readonly string[];
}

function* mapEntries<A, B>(map: ReadonlyMap<string, A>, f: (a: A) => B): Generator<readonly [string, B]> {
  for (const [key, value] of map) yield [key, f(value)];
}

/** The part of a check that consolidation keeps (new objects: nothing else of the check stays reachable). */
function kept(check: CheckResult): SubmittedCheck {
  const r = check.report;
  return {
    report: {
      ...(r.marker ? { marker: r.marker } : {}),
      sheets: r.sheets,
      ignoredRows: r.ignoredRows,
      indicators: new KeyedMap(
        keySlots("indicators"),
        mapEntries(r.indicators, (e) => ({ code: e.code, value: e.value })),
      ),
      tasks: new KeyedMap(
        keySlots("tasks"),
        mapEntries(r.tasks, (t) => ({ code: t.code, status: t.status, completed: t.completed })),
      ),
    },
    unit: check.unit,
    period: check.period,
    errors: check.issues.filter((i) => i.severity === "error").length,
  };
}

function errorCount(s: SubmittedCheck | undefined): number {
  return s?.errors ?? 0;
}

/** Canonical order: the kept report of a unit comes first (latest submission, fewest errors, then label). */
function preferOrder(a: Submission, b: Submission): number {
  return (
    (b.submitted ?? "").localeCompare(a.submitted ?? "") ||
    errorCount(a.check) - errorCount(b.check) ||
    a.source.label.localeCompare(b.source.label)
  );
}

/** Why a source cannot be read, as one issue for the whole file (the reader's problem in its params, to be worded in any language). */
export function unreadableIssue(input: Extract<SourceInput, { kind: "unreadable" }>): Issue {
  const at = { ...(input.source.file !== undefined ? { file: input.source.file } : {}) };
  const params = input.problem ? { ...input.problem.params, kind: input.problem.kind, reason: input.reason } : { reason: input.reason };
  return issue("file_unreadable", "error", at, params);
}

/**
 * Checks one source and classifies it on its own (duplicates are decided later, across all).
 * The result holds no grid, so a caller can read, classify and drop files one at a time.
 */
export function classifySource(input: SourceInput, bundle: ProgrammeBundle, period: Period): Submission {
  const base = { source: input.source, submitted: undefined, late: false, mappedTo: [], unit: undefined, check: undefined };
  const at = { ...(input.source.file !== undefined ? { file: input.source.file } : {}) };
  if (input.kind === "unreadable") return { ...base, status: "unreadable", issues: [unreadableIssue(input)] };
  const check = checkWorkbook(input.grids, bundle);
  const recognised = Object.keys(check.report.sheets).length > 0;
  if (!recognised) return { ...base, check: kept(check), status: "not_template", issues: [issue("not_a_template", "error", at)] };
  // Another programme's template: its codes may coincide with ours but mean other things.
  if (check.issues.some((i) => i.code === "programme_mismatch"))
    return { ...base, check: kept(check), status: "not_template", issues: [...check.issues] };
  const submitted = check.report.info.submitted?.value;
  // Judged against this period's due date only when the report is for this period.
  const late = submitted !== undefined && submitted > period.due && check.period?.code === period.code;
  const issues: Issue[] = [...check.issues];
  if (late) issues.push(issue("report_late", "warning", { ...at, unit: check.unit?.code ?? "" }, { submitted, due: period.due }));
  const common = { ...base, check: kept(check), unit: check.unit, submitted, late };
  if (!check.unit) return { ...common, status: "unknown_unit", issues };
  if (check.period?.code !== period.code) {
    issues.push(
      issue("wrong_period", "error", { ...at, unit: check.unit.code }, { found: check.period?.code ?? "?", expected: period.code }),
    );
    return { ...common, status: "wrong_period", issues };
  }
  if (isValidOn(check.unit, period.windowEnd)) return { ...common, status: "accepted", issues };
  const successors = successorsOn(bundle.units, check.unit.code, period.windowEnd).map((u) => u.code);
  if (successors.length === 0 || check.unit.validTo === undefined || check.unit.validTo < period.windowStart)
    return { ...common, status: "unknown_unit", issues };
  const mappedIssues = issues.filter((i) => i.code !== "unit_not_in_period");
  mappedIssues.push(
    issue("unit_mapped", "info", { ...at, unit: check.unit.code }, { unit: check.unit.code, successors: successors.join(", ") }),
  );
  return { ...common, status: "accepted", mappedTo: successors, issues: mappedIssues };
}

/** Of several accepted reports of one unit only the preferred is kept; the others become duplicates. In canonical order. */
export function resolveDuplicates(classified: readonly Submission[]): Submission[] {
  const all = [...classified].sort((a, b) => (a.unit?.code ?? "~").localeCompare(b.unit?.code ?? "~") || preferOrder(a, b));
  const kept = new Map<string, Submission>();
  return all.map((s) => {
    if (s.status !== "accepted" || !s.unit) return s;
    const first = kept.get(s.unit.code);
    if (!first) {
      kept.set(s.unit.code, s);
      return s;
    }
    const dup = issue(
      "duplicate_report",
      "warning",
      { ...(s.source.file !== undefined ? { file: s.source.file } : {}), unit: s.unit.code },
      { unit: s.unit.code, kept: first.source.label, ...(first.source.kind === "open_workbook" ? { keptKind: "open_workbook" } : {}) },
    );
    return { ...s, status: "duplicate", issues: [...s.issues, dup] };
  });
}

/** Received, missing, late, duplicate, unknown and mapped units against the units expected in the period. */
export function completeness(submissions: readonly Submission[], bundle: ProgrammeBundle, period: Period): Completeness {
  const expected = unitsExpectedIn(bundle.units, period);
  const accepted = submissions.filter((s) => s.status === "accepted" && s.unit);
  const received = new Set(accepted.filter((s) => s.mappedTo.length === 0).map((s) => s.unit?.code ?? ""));
  const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
  return {
    expected,
    received: sorted(expected.filter((u) => received.has(u.code)).map((u) => u.code)),
    missing: sorted(expected.filter((u) => !received.has(u.code)).map((u) => u.code)),
    late: sorted(accepted.filter((s) => s.late).map((s) => s.unit?.code ?? "")),
    duplicate: sorted(submissions.filter((s) => s.status === "duplicate").map((s) => s.unit?.code ?? "")),
    unknown: sorted(
      submissions.filter((s) => s.status === "unknown_unit").map((s) => s.unit?.code ?? s.check?.report.marker?.unit ?? s.source.label),
    ),
    mapped: sorted(accepted.filter((s) => s.mappedTo.length > 0).map((s) => s.unit?.code ?? "")),
  };
}
