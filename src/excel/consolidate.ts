/**
 * Consolidation in Excel: the template sheets of the open workbook plus .xlsx files the
 * user picked (parsed in the task pane, so no insertWorksheetsFromBase64 is needed), then
 * the report written through the Range API. The report sheets of an earlier run are
 * replaced; unit sheets and the user's own sheets are never touched.
 */
import { consolidate, type ConsolidatedReport } from "../core/consolidate/consolidate";
import type { SourceInput } from "../core/consolidate/submissions";
import { parsePeriod } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { REPORT_SHEET_NAMES } from "../core/report/common";
import { renderReport } from "../core/report/render";
import type { ReportRole } from "../core/template/spec";
import { UnreadableWorkbookError } from "../xlsx/limits";
import { WriteBatch } from "./batch";
import type { Capabilities } from "./capabilities";
import { MARKS_SHEET } from "./marks";
import { groupByUnit, readTemplateSheets } from "./read";
import { renderSpec } from "./render";
import { HostActionError, type ConsolidationOutcome, type ConsolidationProgress, type OfficeHost, type PickedFile } from "./service";

type XlsxReader = Pick<typeof import("../xlsx/read"), "readWorkbookBuffer">;

/** The reader's chunk did not arrive (the add-in's server out of reach): nothing was read or changed. */
function readerUnavailable(e: unknown): never {
  const detail = e instanceof Error && e.message ? ` (${e.message})` : "";
  throw new HostActionError(
    "ReaderUnavailable",
    `Tổng hợp: không tải được bộ đọc tệp .xlsx (xlsx-reader.js) từ máy chủ của add-in${detail}. Sổ làm việc không bị thay đổi; kiểm tra kết nối mạng rồi thử lại.`,
    `Consolidate: the .xlsx reader (xlsx-reader.js) could not be loaded from the add-in's server${detail}. The workbook was not changed; check the network and try again.`,
  );
}

/**
 * Parses the picked files one at a time; a file that cannot be read becomes a source saying why.
 * The .xlsx reader (ExcelJS, about two thirds of the task pane's code) is loaded on first use, as
 * a chunk of its own: the pane opens without it, and most of its users never pick a file.
 */
export async function parsePickedFiles(
  files: readonly PickedFile[],
  onProgress: (p: ConsolidationProgress) => void,
  loadReader: () => Promise<XlsxReader> = () => import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/read"),
): Promise<SourceInput[]> {
  const out: SourceInput[] = [];
  const reader = files.length > 0 ? await loadReader().catch(readerUnavailable) : undefined;
  for (const [i, f] of files.entries()) {
    onProgress({ stage: "reading", done: i, total: files.length, file: f.name });
    const source = { label: f.name, file: f.name };
    try {
      out.push({ kind: "workbook", source, grids: await reader!.readWorkbookBuffer(f.data, f.name) });
    } catch (e) {
      // The reader's problem travels with the file, so its issue is given in the pane's language.
      if (e instanceof UnreadableWorkbookError) out.push({ kind: "unreadable", source, reason: e.message, problem: e.problem });
      else out.push({ kind: "unreadable", source, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  // Every file is read; what comes next is the consolidation in Excel.
  onProgress({ stage: "consolidating", done: 0, total: 1 });
  return out;
}

/** Report sheet names: the defaults, except where a sheet of the user's already has that name. */
export function reportNames(names: readonly string[], ours: readonly string[]): Record<ReportRole, string> {
  const taken = new Set(names.filter((n) => !ours.includes(n)).map((n) => n.toLocaleLowerCase("vi")));
  const out = {} as Record<ReportRole, string>;
  for (const [role, base] of Object.entries(REPORT_SHEET_NAMES) as [ReportRole, string][]) {
    let n = 1;
    let name = base;
    while (taken.has(name.toLocaleLowerCase("vi"))) name = `${base} (${++n})`;
    out[role] = name;
  }
  return out;
}

function outcome(report: ConsolidatedReport, sheets: readonly string[]): ConsolidationOutcome {
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
    sheets: [...sheets],
    setAside: report.submissions.flatMap((s) => (s.status === "accepted" ? [] : [{ label: s.source.label, status: s.status }])),
  };
}

/** One Excel.run: read the workbook's template sheets, consolidate with the files, write the report. */
export async function consolidateInExcel(
  host: OfficeHost,
  caps: Capabilities,
  bundle: ProgrammeBundle,
  periodCode: string,
  files: readonly SourceInput[],
  onProgress: (p: ConsolidationProgress) => void,
): Promise<ConsolidationOutcome> {
  const period = parsePeriod(periodCode, bundle.periods);
  return host.run(async (context) => {
    onProgress({ stage: "consolidating", done: 0, total: 1 });
    const read = await readTemplateSheets(context, bundle.programme, { skip: [MARKS_SHEET] });
    const fromWorkbook: SourceInput[] = groupByUnit(read.sheets).map((group) => ({
      kind: "workbook",
      source: { label: `Sổ đang mở: ${group.map((s) => s.name).join(", ")}` },
      grids: { sheets: group },
    }));
    const report = consolidate([...fromWorkbook, ...files], bundle, period);
    const names = reportNames(read.names, read.reportSheets);
    onProgress({ stage: "writing", done: 0, total: 1 });
    const sheets = context.workbook.worksheets;
    // A workbook must keep a sheet: when it holds only an earlier report, keep a placeholder meanwhile.
    const placeholder = read.reportSheets.length === read.names.length ? sheets.add("_cchc_tam") : undefined;
    for (const name of read.reportSheets) sheets.getItem(name).delete();
    const spec = renderReport(report, { sheetNames: names });
    await renderSpec(context, spec, caps, new WriteBatch(context));
    placeholder?.delete();
    sheets.getItem(names.summary).activate();
    await context.sync();
    onProgress({ stage: "done", done: 1, total: 1 });
    // The sheets written and shown (the hidden data sheet is not one to go to).
    return outcome(
      report,
      spec.sheets.filter((s) => s.visibility === undefined).map((s) => s.name),
    );
  });
}
