/** Realistic mistakes units make, applied to plausible entries (for the demo and the tests). */
import { INDICATOR_COLUMNS, TASK_COLUMNS } from "../template/layout";
import type { Entry } from "./fill";

export type ProblemKind = "text_in_count" | "vietnamese_thousands" | "missing_explanation" | "done_without_evidence" | "blank_reporter";

const VALUE_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "value");
const EXPL_COL = INDICATOR_COLUMNS.findIndex((c) => c.key === "explanation");
const EVIDENCE_COL = TASK_COLUMNS.findIndex((c) => c.key === "evidence");

function firstIndex(entries: readonly Entry[], test: (e: Entry) => boolean): number {
  return entries.findIndex(test);
}

const PROBLEMS: Readonly<Record<ProblemKind, (entries: Entry[]) => void>> = {
  text_in_count: (es) => {
    const i = firstIndex(es, (e) => e.col === VALUE_COL && typeof e.value === "number" && e.value >= 1);
    const e = es[i];
    if (e) es[i] = { ...e, value: `${e.value} hồ sơ` };
  },
  vietnamese_thousands: (es) => {
    const i = firstIndex(es, (e) => e.col === VALUE_COL && typeof e.value === "number" && e.value >= 1);
    const e = es[i];
    if (e) es[i] = { ...e, value: (1000 + Number(e.value)).toLocaleString("vi-VN") };
  },
  missing_explanation: (es) => {
    const i = firstIndex(es, (e) => e.col === EXPL_COL);
    if (i >= 0) es.splice(i, 1);
  },
  done_without_evidence: (es) => {
    const i = firstIndex(es, (e) => e.col === EVIDENCE_COL);
    if (i >= 0) es.splice(i, 1);
  },
  blank_reporter: (es) => {
    es.splice(0, 1);
  },
};

export const PROBLEM_KINDS = Object.keys(PROBLEMS) as ProblemKind[];

/** The entries with one kind of mistake made in them. */
export function withProblem(entries: readonly Entry[], kind: ProblemKind): Entry[] {
  const copy = [...entries];
  PROBLEMS[kind](copy);
  return copy;
}
