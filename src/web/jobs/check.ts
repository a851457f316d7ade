/**
 * Checks each file as `cchc-report check` does (src/cli/check.ts): a file that cannot be read is
 * one problem saying why, the others are still checked; then the list of every file's problems
 * as an .xlsx in the page's language.
 */
import { checkWorkbook } from "../../core/check/check";
import { formatIssue } from "../../core/check/messages";
import { unreadableIssue } from "../../core/consolidate/submissions";
import type { ProgrammeBundle } from "../../core/programme/schema";
import { writeWorkbookBytes } from "../../xlsx/write";
import { issueListSpec } from "../model/issue-list";
import type { CheckedFile, CheckJob, CheckResult, JobContext } from "../model/jobs";
import { readInputFile } from "./read";
import { XLSX } from "./template";

async function checkOne(bundle: ProgrammeBundle, file: CheckJob["files"][number]): Promise<CheckedFile> {
  const source = await readInputFile(file);
  if (source.kind === "unreadable")
    return { file: file.name, readable: false, unit: undefined, unitName: undefined, period: undefined, issues: [unreadableIssue(source)] };
  const result = checkWorkbook(source.grids, bundle);
  // As the add-in names a checked unit (src/excel/addin.ts): the unit list's, else what the sheets say.
  const marker = result.report.marker;
  return {
    file: file.name,
    readable: true,
    unit: result.unit?.code ?? marker?.unit,
    unitName: result.unit?.nameVi ?? result.report.info.unit_name?.value,
    period: result.period?.code ?? marker?.period,
    issues: result.issues,
  };
}

export async function checkJob(bundle: ProgrammeBundle, job: CheckJob, ctx: JobContext, now: Date): Promise<CheckResult> {
  const files: CheckedFile[] = [];
  for (const [index, file] of job.files.entries()) {
    ctx.emit({ type: "progress", progress: { stage: "reading", done: index, total: job.files.length, file: file.name } });
    await ctx.checkpoint();
    const checked = await checkOne(bundle, file);
    files.push(checked);
    const first = checked.issues[0];
    ctx.emit({
      type: "file",
      index,
      state: {
        status: checked.readable ? "checked" : "unreadable",
        unit: checked.unit,
        errors: checked.issues.filter((i) => i.severity === "error").length,
        detail: !checked.readable && first ? formatIssue(first, job.lang, bundle.programme) : undefined,
      },
    });
  }
  ctx.emit({ type: "progress", progress: { stage: "writing", done: 0, total: 1 } });
  const bytes = await writeWorkbookBytes(issueListSpec(files, job.lang, bundle.programme, now));
  const name = job.lang === "en" ? "problems.xlsx" : "danh-sach-loi.xlsx";
  return { kind: "check", files, download: { name, type: XLSX, bytes } };
}
