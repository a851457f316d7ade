/**
 * Consolidation as `cchc-report consolidate` does it (src/cli/consolidate.ts): each file read and
 * classified in turn (no grid kept), the submissions consolidated, the same report (its hidden
 * data sheet too) and summary JSON, nothing compared with earlier reports; no report when every
 * source is another period's. A unit list the user gave replaces the built-in one as `--units` does. The result goes to the page before the
 * report is written, so that a failure in writing keeps it.
 */
import type { IssueCode } from "../../core/check/issues";
import { formatIssue, type Language } from "../../core/check/messages";
import { consolidateSubmissions, otherPeriodsOnly } from "../../core/consolidate/consolidate";
import { classifySource, type Submission, type SubmissionStatus } from "../../core/consolidate/submissions";
import { acrossPeriods } from "../../core/compare/across";
import { summaryWithAcross } from "../../core/compare/summary";
import { bundleWithFiles } from "../../core/programme/default";
import { parsePeriod } from "../../core/programme/period";
import type { ProgrammeBundle } from "../../core/programme/schema";
import { renderReport } from "../../core/report/render";
import { unitTargets } from "../../core/report/tables";
import { consolidationOutcome } from "../../ui/model/outcome";
import { writeWorkbookBytes } from "../../xlsx/write";
import { chartData } from "../model/charts";
import type { ConsolidateJob, ConsolidateResult, ConsolidationView, FileState, JobContext } from "../model/jobs";
import { readInputFile } from "./read";
import { XLSX } from "./template";

/** The issue that says why a source has its status. */
const STATUS_ISSUES: Readonly<Record<Exclude<SubmissionStatus, "accepted">, readonly IssueCode[]>> = {
  unreadable: ["file_unreadable"],
  not_template: ["not_a_template", "programme_mismatch"],
  wrong_period: ["wrong_period"],
  unknown_unit: ["unknown_unit", "unit_not_in_period"],
  duplicate: ["duplicate_report"],
};

function why(s: Submission, lang: Language, bundle: ProgrammeBundle): string | undefined {
  const status = s.status;
  if (status === "accepted") return undefined;
  const found = s.issues.find((i) => STATUS_ISSUES[status].includes(i.code));
  return found ? formatIssue(found, lang, bundle.programme) : undefined;
}

function fileState(s: Submission, lang: Language, bundle: ProgrammeBundle): FileState {
  return {
    status: s.status,
    unit: s.unit?.code,
    errors: s.issues.filter((i) => i.severity === "error").length,
    detail: why(s, lang, bundle),
  };
}

async function classifyFiles(bundle: ProgrammeBundle, job: ConsolidateJob, ctx: JobContext): Promise<Submission[]> {
  const period = parsePeriod(job.period, bundle.periods);
  const out: Submission[] = [];
  for (const [index, file] of job.files.entries()) {
    ctx.emit({ type: "progress", progress: { stage: "reading", done: index, total: job.files.length, file: file.name } });
    await ctx.checkpoint();
    const submission = classifySource(await readInputFile(file), bundle, period);
    out.push(submission);
    ctx.emit({ type: "file", index, state: fileState(submission, job.lang, bundle) });
  }
  return out;
}

export async function consolidateJob(builtIn: ProgrammeBundle, job: ConsolidateJob, ctx: JobContext): Promise<ConsolidateResult> {
  // A unit list given takes the built-in one's place, as `--units` does on the command line.
  const bundle = job.units ? bundleWithFiles({ units: job.units }) : builtIn;
  const classified = await classifyFiles(bundle, job, ctx);
  ctx.emit({ type: "progress", progress: { stage: "consolidating", done: 0, total: 1 } });
  await ctx.checkpoint();
  const period = parsePeriod(job.period, bundle.periods);
  const consolidated = consolidateSubmissions(classified, bundle, period);
  const others = otherPeriodsOnly(consolidated);
  if (others) return { kind: "consolidate", otherPeriods: others, files: consolidated.submissions.length };
  // As the command line without --compare or --complete-from.
  const { report, across } = acrossPeriods(consolidated, {});
  const targets = unitTargets(report);
  const summary = summaryWithAcross(report, across);
  const view: ConsolidationView = {
    outcome: consolidationOutcome(report, (s) => why(s, job.lang, bundle)),
    charts: chartData(
      summary,
      targets.rows.map((r) => r.met),
      targets.keys.length,
    ),
    summary: {
      name: `tom-tat-${period.code}.json`,
      type: "application/json",
      // As the command line writes it with --json.
      bytes: new TextEncoder().encode(JSON.stringify(summary, null, 2) + "\n"),
    },
  };
  ctx.emit({ type: "view", view });
  ctx.emit({ type: "progress", progress: { stage: "writing", done: 0, total: 1 } });
  await ctx.checkpoint();
  const bytes = await writeWorkbookBytes(renderReport(report, { across }));
  return { kind: "consolidate", report: { name: `bao-cao-tong-hop-${period.code}.xlsx`, type: XLSX, bytes } };
}
