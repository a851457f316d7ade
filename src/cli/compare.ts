/**
 * `cchc-report consolidate … --compare FILE… --complete-from FILE`: earlier consolidated reports
 * (.xlsx with their data sheet, or a summary .json) read for the comparison and the annual
 * completion.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { issue } from "../core/check/issues";
import { formatIssue, type Language } from "../core/check/messages";
import { acrossPeriods, type AcrossResult } from "../core/compare/across";
import { formatDateVi } from "../core/programme/period";
import type { ConsolidatedReport } from "../core/consolidate/consolidate";
import { readFiguresFromGrids, readFiguresFromSummary, type FiguresRead } from "../core/figures/read";
import { refuse, type UnreadableProblem } from "../core/check/unreadable";
import { unreadableSource, type SourceRef } from "../core/consolidate/submissions";
import { READ_LIMITS } from "../xlsx/read";
import type { Io } from "./io";
import { readSource } from "./sources";
import { ACROSS_STRINGS } from "./strings-across";

export interface AcrossOptions {
  compare?: string[];
  completeFrom?: string;
}

function unreadable(file: string, reason: string, problem?: UnreadableProblem): FiguresRead {
  const params = problem ? { ...problem.params, kind: problem.kind, reason } : { reason };
  return { ok: false, issues: [issue("file_unreadable", "error", { file }, params)] };
}

/** A summary JSON's figures; a file over the workbook size limit is refused before it is read. */
function readSummaryFile(file: string, source: SourceRef): FiguresRead {
  try {
    const size = statSync(file).size;
    if (size > READ_LIMITS.fileBytes) throw refuse("too_large", { size, limit: READ_LIMITS.fileBytes });
    return readFiguresFromSummary(JSON.parse(readFileSync(file, "utf8")) as unknown, source);
  } catch (e) {
    const failed = unreadableSource(source, e);
    return failed.kind === "unreadable" ? unreadable(source.label, failed.reason, failed.problem) : unreadable(source.label, String(e));
  }
}

/** An earlier report's figures: a summary JSON by its extension, else a workbook read as consolidation reads one. */
export async function readEarlierReport(file: string): Promise<FiguresRead> {
  const source = { label: basename(file), file: basename(file) };
  if (/\.json$/i.test(file)) return readSummaryFile(file, source);
  const read = await readSource(file);
  if (read.kind === "unreadable") return unreadable(source.label, read.reason, read.problem);
  return readFiguresFromGrids(read.grids, source);
}

/** The consolidation completed and compared as the options ask; every file refused is said on stderr. */
export async function acrossFromFiles(
  report: ConsolidatedReport,
  opts: AcrossOptions,
  io: Io,
  lang: Language = "vi",
): Promise<AcrossResult> {
  const reads = await Promise.all((opts.compare ?? []).map(readEarlierReport));
  const from = opts.completeFrom ? await readEarlierReport(opts.completeFrom) : undefined;
  const unread = [...reads, ...(from ? [from] : [])].flatMap((r) => (r.ok ? [] : r.issues));
  const result = acrossPeriods(report, {
    compare: reads.flatMap((r) => (r.ok ? [r.read] : [])),
    ...(from?.ok ? { completeFrom: from.read } : {}),
  });
  const refused = [...unread, ...result.refused];
  for (const i of refused) io.err(ACROSS_STRINGS[lang].refused(i.location.file ?? "", formatIssue(i, lang)));
  return { ...result, refused };
}

/** What was compared and completed, for the printout. */
export function printAcross(result: AcrossResult, io: Io, lang: Language = "vi"): void {
  const s = ACROSS_STRINGS[lang];
  const { comparison, completion } = result.across;
  // dd/mm/yyyy in both languages, as the issue messages write dates.
  const date = formatDateVi;
  if (comparison)
    io.out(
      comparison.reports.length
        ? s.comparedWith(comparison.reports.map((r) => `${s.roles[r.role]} ${r.period} (${r.label})`).join("; "))
        : s.nothingCompared,
    );
  if (completion?.units.length) {
    io.out(
      s.completed(
        completion.units.map((u) => u.unit).join(", "),
        completion.source.period,
        completion.source.label,
        date(completion.source.windowEnd),
      ),
    );
    for (const g of completion.gaps) io.out(s.gap(g.units.join(", "), date(g.from), date(g.to)));
  }
}
