/** What the result panel lists after a consolidation: the counts, the units behind them, the sources set aside. */
import type { UnitList } from "../../core/programme/schema";
import { findUnit } from "../../core/programme/units";
import { consolidationCounts, type ConsolidatedReport, type ConsolidationCounts } from "../../core/consolidate/consolidate";
import type { Submission, SubmissionStatus } from "../../core/consolidate/submissions";

/** Why a source was not consolidated: any status of the core's but accepted. */
export type SetAsideStatus = Exclude<SubmissionStatus, "accepted">;

export interface SetAside {
  readonly label: string;
  readonly status: SetAsideStatus;
  /** Why, in the user's language, when more can be said than the status (a file's unreadable reason). */
  readonly detail?: string;
}

/** What a consolidation's result panel shows (the add-in's ConsolidationOutcome and the page's result have it). */
export interface ConsolidationOutcome extends ConsolidationCounts {
  /** Sources not consolidated, with why (and, where the app has it, the reason in words). */
  readonly setAside: readonly SetAside[];
}

/**
 * A consolidated report as the result panel shows it; `detail` words a source set aside when the
 * app can say more than its status.
 */
export function consolidationOutcome(report: ConsolidatedReport, detail?: (s: Submission) => string | undefined): ConsolidationOutcome {
  return {
    ...consolidationCounts(report),
    setAside: report.submissions.flatMap((s) => {
      if (s.status === "accepted") return [];
      const words = detail?.(s);
      return [{ label: s.source.label, status: s.status, ...(words !== undefined ? { detail: words } : {}) }];
    }),
  };
}

export type OutcomeCountKey =
  | "expected"
  | "received"
  | "missing"
  | "late"
  | "duplicate"
  | "unknown"
  | "sources"
  | "rowsRead"
  | "rowsAccepted"
  | "rowsRejected"
  | "conflicts";

export interface OutcomeCount {
  readonly key: OutcomeCountKey;
  readonly count: number;
  /** A count that asks for follow-up (a missing unit, a rejected figure), when not zero. */
  readonly attention: boolean;
}

const ATTENTION: ReadonlySet<OutcomeCountKey> = new Set(["missing", "late", "duplicate", "unknown", "rowsRejected", "conflicts"]);

const OUTCOME_COUNTS: Readonly<Record<OutcomeCountKey, (o: ConsolidationOutcome) => number>> = {
  expected: (o) => o.expected,
  received: (o) => o.received,
  missing: (o) => o.missing.length,
  late: (o) => o.late.length,
  duplicate: (o) => o.duplicate.length,
  unknown: (o) => o.unknown.length,
  sources: (o) => o.files,
  rowsRead: (o) => o.rows.read,
  rowsAccepted: (o) => o.rows.accepted,
  rowsRejected: (o) => o.rows.rejected,
  conflicts: (o) => o.conflicts,
};

/** The result panel's figures in display order: units first, then the sources and figures read. */
export function outcomeCounts(outcome: ConsolidationOutcome): OutcomeCount[] {
  return (Object.keys(OUTCOME_COUNTS) as OutcomeCountKey[]).map((key) => {
    const count = OUTCOME_COUNTS[key](outcome);
    return { key, count, attention: count > 0 && ATTENTION.has(key) };
  });
}

/**
 * The items, each with a key unique within the list even when labels repeat (two picked files
 * called "Báo cáo.xlsx" from different folders): the label, then "#2", "#3"… on later occurrences.
 */
export function withListKeys<T>(items: readonly T[], labelOf: (item: T) => string): (T & { readonly key: string })[] {
  const used = new Set<string>();
  return items.map((item) => {
    const label = labelOf(item);
    let key = label;
    // A label may itself look like "a#2": step on until the key is free.
    for (let n = 2; used.has(key); n++) key = `${label}#${n}`;
    used.add(key);
    return { ...item, key };
  });
}

export type OutcomeListKey = "missing" | "late" | "duplicate" | "unknown";

export interface NamedUnit {
  /** Unique within its list, for React. */
  readonly key: string;
  /** A unit code; for an unknown unit, what the source called itself (a code or a file name). */
  readonly code: string;
  /** From the unit list; undefined when the list does not know the code. */
  readonly name: string | undefined;
}

export interface OutcomeList {
  readonly key: OutcomeListKey;
  readonly units: readonly NamedUnit[];
}

const OUTCOME_LISTS: readonly OutcomeListKey[] = ["missing", "late", "duplicate", "unknown"];

/** The units behind the missing, late, duplicate and unknown counts, named from the unit list; empty lists left out. */
export function outcomeUnitLists(outcome: ConsolidationOutcome, list: UnitList): OutcomeList[] {
  return OUTCOME_LISTS.filter((key) => outcome[key].length > 0).map((key) => ({
    key,
    units: withListKeys(
      outcome[key].map((code) => ({ code, name: findUnit(list, code)?.nameVi })),
      (u) => u.code,
    ),
  }));
}

export interface SetAsideSource extends SetAside {
  /** Unique within the list, for React. */
  readonly key: string;
}

/** The sources not consolidated, in the order read, each with a key of its own. */
export function setAsideSources(outcome: ConsolidationOutcome): SetAsideSource[] {
  return withListKeys(outcome.setAside, (s) => s.label);
}
