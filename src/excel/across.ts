/**
 * Earlier consolidated reports for the add-in's comparison and evaluation, read as the command
 * line reads them (src/cli/compare.ts): a picked report .xlsx by its hidden data sheet, a picked
 * summary .json by its `figures` field, and the report already in the workbook by its data sheet,
 * read in the consolidation's own Excel.run before its sheets are replaced.
 */
import { issue, type Issue } from "../core/check/issues";
import type { AcrossResult } from "../core/compare/across";
import { refuse } from "../core/check/unreadable";
import { unreadableSource, type SourceRef } from "../core/consolidate/submissions";
import type { CellValue } from "../core/grid";
import { readFiguresFromGrids, readFiguresFromSummary, type FiguresRead, type FiguresSource } from "../core/figures/read";
import { parseReportMarker } from "../core/report/common";
import { READ_LIMITS } from "../xlsx/limits";
import { PAYLOAD_BUDGET_BYTES } from "./batch";
import type { ReportSheetRead } from "./read";
import { readBlocks, rowBlocks } from "./read-blocks";
import type { ComparisonOutcome, PickedFile } from "./service";

type XlsxReader = Pick<typeof import("../xlsx/read"), "readWorkbookBuffer">;

/**
 * How the report in the workbook is named where the comparison names its sources (the report's
 * sheets, the summary's `file`), as the consolidation names the workbook's own unit sheets.
 */
export const WORKBOOK_REPORT = "Sổ đang mở";

/** A figure of the data sheet in a response, roughly: codes, dates and numbers with all their digits. */
const BYTES_PER_CELL = 24;

/** A file that could not be read, as the command line says it (`file_unreadable` with the reader's problem). */
function unreadable(source: SourceRef, e: unknown): FiguresRead {
  const failed = unreadableSource(source, e);
  const params =
    failed.kind === "unreadable"
      ? failed.problem
        ? { ...failed.problem.params, kind: failed.problem.kind, reason: failed.reason }
        : { reason: failed.reason }
      : { reason: String(e) };
  return { ok: false, issues: [issue("file_unreadable", "error", { file: source.label }, params)] };
}

async function readEarlierFile(file: PickedFile, reader: () => Promise<XlsxReader>): Promise<FiguresRead> {
  const source = { label: file.name, file: file.name };
  try {
    if (file.size > READ_LIMITS.fileBytes) throw refuse("too_large", { size: file.size, limit: READ_LIMITS.fileBytes });
    const bytes = await file.arrayBuffer();
    if (/\.json$/i.test(file.name)) return readFiguresFromSummary(JSON.parse(new TextDecoder().decode(bytes)) as unknown, source);
    return readFiguresFromGrids(await (await reader()).readWorkbookBuffer(bytes, file.name), source);
  } catch (e) {
    return unreadable(source, e);
  }
}

export interface ReadEarlierOptions {
  /** Turns the .xlsx reader's failure to load into the action's error (nothing was read or changed). */
  readonly onReaderFailed: (e: unknown) => never;
  /** Called before each file is read. */
  readonly onFile?: (index: number, name: string) => void;
  readonly loadReader?: () => Promise<XlsxReader>;
}

/**
 * The picked earlier reports' figures (or why not), in the order picked, one file's bytes at a
 * time. The .xlsx reader is loaded only for a workbook among them.
 */
export async function readEarlierFiles(files: readonly PickedFile[], options: ReadEarlierOptions): Promise<FiguresRead[]> {
  const load = options.loadReader ?? (() => import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/read"));
  let loaded: Promise<XlsxReader> | undefined;
  const reader = (): Promise<XlsxReader> => (loaded ??= load().catch(options.onReaderFailed));
  const out: FiguresRead[] = [];
  for (const [i, f] of files.entries()) {
    options.onFile?.(i, f.name);
    out.push(await readEarlierFile(f, reader));
  }
  return out;
}

/**
 * The data sheet of the report in the workbook (found by its marker among the report sheets
 * readTemplateSheets found, with their size), read before the report is replaced: one sync for
 * its values (more only past the response budget, which takes thousands of units). "none" when
 * the workbook holds no report. Reading changes nothing.
 */
export async function readWorkbookReport(
  context: Excel.RequestContext,
  reports: readonly ReportSheetRead[],
  budget: number = PAYLOAD_BUDGET_BYTES,
): Promise<FiguresRead | "none"> {
  if (reports.length === 0) return "none";
  const source = { label: WORKBOOK_REPORT, file: WORKBOOK_REPORT };
  const data = reports.find((r) => parseReportMarker(r.a1)?.report === "data");
  // Report sheets without a data sheet: a report consolidated before the add-in kept its figures.
  if (!data) return readFiguresFromGrids({ sheets: [] }, source);
  const values: CellValue[][] = Array.from({ length: data.rows }, () => []);
  const rect = { firstRow: 0, lastRow: data.rows - 1, firstCol: 0, lastCol: data.cols - 1 };
  const blocks = rowBlocks(values, { ws: data.ws, id: data.id }, "values", rect, BYTES_PER_CELL, budget);
  for (const { block, values: read } of await readBlocks(context, blocks, budget))
    read.forEach((row, i) => (values[block.firstRow + i] = row.map(clean)));
  return readFiguresFromGrids({ sheets: [{ name: data.name, hidden: true, values }] }, source);
}

/** Office's "" is an empty cell; the data sheet holds only text and numbers. */
function clean(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/** Where an issue about an earlier report points: a picked file, or (undefined) the workbook's report. */
export function earlierFile(i: Issue): string | undefined {
  return i.location.file === WORKBOOK_REPORT ? undefined : i.location.file;
}

/** The earlier reports read (the workbook's first, then the files), and the issues of those that could not be read. */
export interface EarlierReads {
  readonly files: readonly FiguresRead[];
  /** Undefined when the workbook's report was not asked for. */
  readonly workbook?: FiguresRead | "none";
}

/** The sources to compare with, and the issues of the reports that could not be read, as the command line gathers them. */
export function compareInputs(reads: EarlierReads): { sources: FiguresSource[]; unread: Issue[] } {
  const all = [...(reads.workbook && reads.workbook !== "none" ? [reads.workbook] : []), ...reads.files];
  return { sources: all.flatMap((r) => (r.ok ? [r.read] : [])), unread: all.flatMap((r) => (r.ok ? [] : r.issues)) };
}

/** What the pane shows of a comparison: the reports used by role, and every report refused with its reason. */
export function comparisonOutcome(result: AcrossResult, unread: readonly Issue[], reads: EarlierReads): ComparisonOutcome {
  const fileOf = (label: string): string | undefined => (label === WORKBOOK_REPORT ? undefined : label);
  return {
    reports: (result.across.comparison?.reports ?? []).map((r) => ({ role: r.role, period: r.period, file: fileOf(r.label) })),
    refused: [...unread, ...result.refused].map((issue) => ({ issue, file: earlierFile(issue) })),
    noWorkbookReport: reads.workbook === "none",
  };
}
