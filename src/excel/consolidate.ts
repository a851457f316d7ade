/**
 * Consolidation in Excel: the template sheets of the open workbook plus .xlsx files the user
 * picked (read in the task pane, so no insertWorksheetsFromBase64 is needed), then the report
 * written through the Range API. The report sheets of an earlier run are replaced; unit sheets
 * and the user's own sheets are never touched.
 *
 * Picked files are read as the command line reads them: the size limit first, then one file at a
 * time, each classified as soon as it is read, so that only its classification stays in memory.
 */
import { openWorkbookSource } from "../core/check/sources";
import { refuse } from "../core/check/unreadable";
import { acrossPeriods } from "../core/compare/across";
import { consolidateSubmissions, consolidationCounts, type ConsolidatedReport } from "../core/consolidate/consolidate";
import { classifySource, unreadableSource, type SourceInput, type Submission } from "../core/consolidate/submissions";
import type { FiguresRead } from "../core/figures/read";
import type { Period } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { groupSheetsByUnit } from "../core/read/group";
import { REPORT_SHEET_NAMES } from "../core/report/common";
import { renderReport } from "../core/report/render";
import { uniqueSheetNames } from "../core/template/sheet-names";
import type { ReportRole } from "../core/template/spec";
import { READ_LIMITS } from "../xlsx/limits";
import { compareInputs, comparisonOutcome, readWorkbookReport, type EarlierReads } from "./across";
import { PAYLOAD_BUDGET_BYTES, WriteBatch } from "./batch";
import type { Capabilities } from "./capabilities";
import { MARKS_SHEET } from "./marks";
import { readTemplateSheets } from "./read";
import { renderSpec } from "./render";
import {
  HostActionError,
  type ConsolidationOutcome,
  type HostActionKind,
  type ConsolidationProgress,
  type OfficeHost,
  type PickedFile,
} from "./service";
import { setAsideSheets } from "./sheets";

type XlsxReader = Pick<typeof import("../xlsx/read"), "readWorkbookBuffer">;

/** The reader's chunk did not arrive (the add-in's server out of reach): nothing was read or changed. */
export const readerUnavailable =
  (action: HostActionKind) =>
  (e: unknown): never => {
    const detail = e instanceof Error && e.message ? { detail: e.message } : {};
    throw new HostActionError("reader_unavailable", detail, "unchanged", action);
  };

/** One picked file as a source: refused from its size alone, before its bytes are read, when over the limit. */
async function readPickedFile(file: PickedFile, reader: XlsxReader): Promise<SourceInput> {
  const source = { label: file.name, file: file.name };
  try {
    if (file.size > READ_LIMITS.fileBytes) throw refuse("too_large", { size: file.size, limit: READ_LIMITS.fileBytes });
    return { kind: "workbook", source, grids: await reader.readWorkbookBuffer(await file.arrayBuffer(), file.name) };
  } catch (e) {
    return unreadableSource(source, e);
  }
}

/**
 * Reads and classifies the picked files one at a time (a file that cannot be read becomes a
 * source saying why); no file's bytes or grids outlive its turn. The .xlsx reader (ExcelJS,
 * about two thirds of the task pane's code) is loaded on first use, as a chunk of its own: the
 * pane opens without it, and most of its users never pick a file.
 */
export async function classifyPickedFiles(
  files: readonly PickedFile[],
  bundle: ProgrammeBundle,
  period: Period,
  onProgress: (p: ConsolidationProgress) => void,
  loadReader: () => Promise<XlsxReader> = () => import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/read"),
): Promise<Submission[]> {
  const out: Submission[] = [];
  const reader = files.length > 0 ? await loadReader().catch(readerUnavailable("consolidate")) : undefined;
  for (const [i, f] of files.entries()) {
    onProgress({ stage: "reading", done: i, total: files.length, file: f.name });
    if (reader) out.push(classifySource(await readPickedFile(f, reader), bundle, period));
  }
  // Every file is read; what comes next is the consolidation in Excel.
  onProgress({ stage: "consolidating", done: 0, total: 1 });
  return out;
}

/** Report sheet names: the defaults, except where a sheet of the user's already has that name. */
export function reportNames(names: readonly string[], ours: readonly string[]): Record<ReportRole, string> {
  return uniqueSheetNames(
    REPORT_SHEET_NAMES,
    names.filter((n) => !ours.includes(n)),
  );
}

function outcome(report: ConsolidatedReport, sheets: readonly string[]): ConsolidationOutcome {
  return {
    ...consolidationCounts(report),
    sheets: [...sheets],
    setAside: report.submissions.flatMap((s) => (s.status === "accepted" ? [] : [{ source: s.source, status: s.status }])),
  };
}

/** Earlier reports to compare with: the picked ones already read, and whether the workbook's report is one. */
export interface CompareWith {
  readonly files: readonly FiguresRead[];
  readonly workbook: boolean;
}

/**
 * One Excel.run: read the workbook's template sheets (and, to compare with, the report already
 * there, before it is replaced), consolidate them with the files' classifications, compare where
 * asked (as `consolidate --compare` does), write the report.
 */
export async function consolidateInExcel(
  host: OfficeHost,
  caps: Capabilities,
  bundle: ProgrammeBundle,
  period: Period,
  files: readonly Submission[],
  onProgress: (p: ConsolidationProgress) => void,
  compare?: CompareWith,
  budget: number = PAYLOAD_BUDGET_BYTES,
): Promise<ConsolidationOutcome> {
  return host.run(async (context) => {
    onProgress({ stage: "consolidating", done: 0, total: 1 });
    const read = await readTemplateSheets(context, bundle.programme, caps, { skip: [MARKS_SHEET], budget });
    const fromWorkbook = groupSheetsByUnit(read.sheets).map((group) =>
      classifySource(
        { kind: "workbook", source: openWorkbookSource(group.sheets.map((s) => s.name)), grids: { sheets: group.sheets } },
        bundle,
        period,
      ),
    );
    const earlier: EarlierReads | undefined = compare && {
      files: compare.files,
      ...(compare.workbook ? { workbook: await readWorkbookReport(context, read.reports, budget) } : {}),
    };
    const inputs = earlier && compareInputs(earlier);
    const consolidated = consolidateSubmissions([...fromWorkbook, ...files], bundle, period);
    const across = acrossPeriods(consolidated, inputs ? { compare: inputs.sources } : {});
    const report = across.report;
    const reportSheets = read.reports.map((r) => r.name);
    const names = reportNames(
      read.all.map((s) => s.name),
      reportSheets,
    );
    onProgress({ stage: "writing", done: 0, total: 1 });
    // The earlier report goes only once the new one is written.
    const old = setAsideSheets(context, read.all, reportSheets, caps.sheetVisibility);
    const spec = renderReport(report, { sheetNames: names, across: across.across });
    await renderSpec(context, spec, caps, new WriteBatch(context, budget));
    old.deleteOld();
    context.workbook.worksheets.getItem(names.summary).activate();
    await context.sync();
    onProgress({ stage: "done", done: 1, total: 1 });
    // The sheets written and shown (the hidden data sheet is not one to go to).
    const shown = spec.sheets.filter((s) => s.visibility === undefined).map((s) => s.name);
    return { ...outcome(report, shown), ...(earlier && inputs ? { comparison: comparisonOutcome(across, inputs.unread, earlier) } : {}) };
  });
}
