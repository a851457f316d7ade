/**
 * Problems in a unit's report are values, collected all at once so a unit fixes its
 * sheets in one pass. Codes are a closed union; wording lives in messages.ts.
 */

export const ISSUE_CODES = [
  // reading
  "file_unreadable",
  "sheet_missing",
  "marker_missing",
  "column_missing",
  "column_renamed",
  "row_missing",
  "row_unknown",
  "row_duplicate",
  "row_matched_by_label",
  "row_hidden",
  "sheet_duplicate",
  "value_read",
  "error_value",
  "text_too_long",
  // marker and identity
  "unknown_unit",
  "unit_not_in_period",
  "unknown_period",
  "unit_mismatch",
  "programme_mismatch",
  "template_version_mismatch",
  "target_changed",
  // entries
  "required_missing",
  "not_a_number",
  "not_a_percent",
  "not_a_date",
  "invalid_choice",
  "negative_count",
  "fractional_count",
  "part_exceeds_whole",
  "rate_out_of_range",
  "rate_formula_overwritten",
  "target_missed_unexplained",
  // tasks
  "task_done_without_date",
  "task_done_without_evidence",
  "task_late_marked_on_time",
  "task_completed_in_future",
  "task_overdue",
  // consolidation
  "not_a_template",
  "wrong_period",
  "duplicate_report",
  "report_late",
  "unit_mapped",
  "value_conflict",
  "value_superseded",
  // across periods: earlier reports, comparison, completion, evaluation
  "figures_missing",
  "figures_invalid",
  "figures_version_unsupported",
  "report_other_programme",
  "report_repeated",
  "compare_same_period",
  "compare_period_unrelated",
  "completion_source_unsuitable",
  "unit_completed",
  "completion_gap",
  "evaluation_not_annual",
  "evaluation_year_outside",
  "evaluation_year_missing",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface IssueLocation {
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address of the cell to fix or look at. */
  readonly cell?: string;
  readonly unit?: string;
  readonly indicator?: string;
  readonly task?: string;
  readonly area?: number;
}

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly location: IssueLocation;
  readonly params: IssueParams;
}

/**
 * Longest text an issue param keeps: params quote what a unit typed, and a crafted cell can hold
 * tens of thousands of characters, more than a report cell takes.
 */
export const MAX_PARAM_LENGTH = 200;

/** The text cut to MAX_PARAM_LENGTH characters (never inside a surrogate pair), with an ellipsis. */
export function clipText(text: string, max = MAX_PARAM_LENGTH): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

function clipParams(params: IssueParams): IssueParams {
  for (const v of Object.values(params))
    if (typeof v === "string" && v.length > MAX_PARAM_LENGTH)
      return Object.fromEntries(Object.entries(params).map(([k, x]) => [k, typeof x === "string" ? clipText(x) : x]));
  return params;
}

export function issue(code: IssueCode, severity: Severity, location: IssueLocation, params: IssueParams = {}): Issue {
  return { code, severity, location, params: clipParams(params) };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Issues ordered by severity, then file, sheet, and row/column of the cell. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const cellKey = (a1 = ""): [number, string] => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    return m ? [Number(m[2]), (m[1] ?? "").padStart(3, " ")] : [0, ""];
  };
  return [...issues].sort((a, b) => {
    const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (s !== 0) return s;
    const f = (a.location.file ?? "").localeCompare(b.location.file ?? "");
    if (f !== 0) return f;
    const sh = (a.location.sheet ?? "").localeCompare(b.location.sheet ?? "");
    if (sh !== 0) return sh;
    const [ra, ca] = cellKey(a.location.cell);
    const [rb, cb] = cellKey(b.location.cell);
    return ra - rb || ca.localeCompare(cb);
  });
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}
