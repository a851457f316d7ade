/**
 * What the task pane asks of Excel, one method per user action. The entry file builds
 * the Office.js implementation (excel/addin.ts); tests build it over the in-memory host.
 * Components receive it as a prop and never touch `Excel.` themselves.
 */
import type { Issue } from "../core/check/issues";
import type { SourceRef } from "../core/check/sources";
import type { CompareRole } from "../core/compare/periods";
import type { Evaluation } from "../core/evaluate/evaluate";
import type { ConsolidationCounts } from "../core/consolidate/consolidate";
import type { SubmissionStatus } from "../core/consolidate/submissions";
import type { SheetRole } from "../core/template/spec";

/** Features that need a newer ExcelApi requirement set than the host may have. */
export type Feature =
  "protection" | "columnWidths" | "hiddenRows" | "merge" | "conditionalFormats" | "freezePanes" | "tabColor" | "validation" | "pageLayout";

export type InsertOutcome =
  /** Sheets with the template's names already exist; nothing was written. */
  | { readonly status: "conflict"; readonly existing: readonly string[]; readonly suggestedNames: Readonly<Record<SheetRole, string>> }
  /** Written; `skipped` lists features the host could not apply. */
  | { readonly status: "inserted"; readonly sheets: readonly string[]; readonly skipped: readonly Feature[] };

export type ConflictChoice = "replace" | "rename";

export interface UnitCheck {
  /** Unit code from the sheets' marker or info sheet; undefined when unknown. */
  readonly unit: string | undefined;
  readonly unitName: string | undefined;
  readonly period: string | undefined;
  readonly sheets: readonly string[];
  readonly issues: readonly Issue[];
}

export interface WorkbookCheck {
  /** One entry per unit whose template sheets were found. */
  readonly units: readonly UnitCheck[];
}

/** Excel.run's options the adapter uses (Excel.RunOptions). */
export interface RunOptions {
  /** Wait until the user leaves cell-edit mode instead of failing with InvalidOperationInCellEditMode. */
  readonly delayForCellEdit?: boolean;
}

/** What the adapter needs from Office: Excel.run(options, batch) and the requirement-set question for ExcelApi. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(version: string): boolean;
}

/**
 * An .xlsx file the user picked in the task pane, read only when its turn comes (a DOM File is
 * one): its size is checked first, and no more than one file's bytes are held at a time.
 */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidationProgress {
  readonly stage: "reading" | "consolidating" | "writing" | "done";
  readonly done: number;
  readonly total: number;
  readonly file?: string;
}

export interface ConsolidationOutcome extends ConsolidationCounts {
  /** The report sheets written, summary first. */
  readonly sheets: readonly string[];
  /** Sources not consolidated, with why (the report's issues sheet has the details). */
  readonly setAside: readonly { readonly source: SourceRef; readonly status: SetAsideStatus }[];
  /** What the report was compared with, when a comparison was asked for. */
  readonly comparison?: ComparisonOutcome;
}

/** Earlier reports to compare a consolidation with (docs/COMPARE.md). */
export interface CompareRequest {
  /** Consolidated reports (.xlsx, read by their data sheet) or their summary .json. */
  readonly files: readonly PickedFile[];
  /** The report already in the workbook too: its data sheet, read before the report is replaced. */
  readonly workbook: boolean;
}

/** An earlier report compared with or refused: a picked file, or the report that was in the workbook. */
export interface EarlierReport {
  /** The file's name; undefined for the workbook's report. */
  readonly file: string | undefined;
}

export interface ComparisonOutcome {
  /** The reports compared with, by role (previous period first). */
  readonly reports: readonly (EarlierReport & { readonly role: CompareRole; readonly period: string })[];
  /** The reports not used, each with the reason: an issue for the pane to word in its language. */
  readonly refused: readonly (EarlierReport & { readonly issue: Issue })[];
  /** The workbook's report was asked for, and the workbook held none. */
  readonly noWorkbookReport: boolean;
}

export interface EvaluationProgress {
  readonly stage: "reading" | "writing" | "done";
  readonly done: number;
  readonly total: number;
  readonly file?: string;
}

export interface EvaluationOutcome {
  /** The evaluation as the workbook shows it (each target's values, units, tasks by area). */
  readonly evaluation: Evaluation;
  /** Files not used, each with the reason (missing years are in `evaluation.missing`). */
  readonly refused: readonly (EarlierReport & { readonly issue: Issue })[];
  /** The evaluation sheets written, in order. */
  readonly sheets: readonly string[];
}

/** Why a source was not consolidated: any status of the core's but accepted. */
export type SetAsideStatus = Exclude<SubmissionStatus, "accepted">;

export interface AddinService {
  /** Writes the unit's template sheets; on a name conflict asks first unless a choice is given. */
  insertTemplate(unitCode: string, periodCode: string, onConflict?: ConflictChoice): Promise<InsertOutcome>;
  /** Reads every template sheet of the workbook in one batch and checks each unit's report. */
  checkWorkbook(): Promise<WorkbookCheck>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Colours the cells of these issues; returns how many cells were marked. */
  markIssues(issues: readonly Issue[]): Promise<number>;
  /** Restores the cells marked earlier; returns how many. */
  clearMarks(): Promise<number>;
  /**
   * Consolidates the template sheets of the workbook and the picked files for a period and
   * writes the report sheets, replacing those of an earlier run; unit sheets are never changed.
   */
  consolidate(
    periodCode: string,
    files: readonly PickedFile[],
    onProgress?: (p: ConsolidationProgress) => void,
    compare?: CompareRequest,
  ): Promise<ConsolidationOutcome>;
  /**
   * Evaluates the programme from its annual reports (consolidated .xlsx or summary .json) and
   * writes the evaluation sheets, replacing those of an earlier run; no other sheet is changed.
   */
  evaluate(files: readonly PickedFile[], onProgress?: (p: EvaluationProgress) => void): Promise<EvaluationOutcome>;
}

/** The add-in's actions, as a failure names what failed. */
export type HostActionKind = "insert" | "check" | "select" | "mark" | "clear" | "consolidate" | "evaluate";

/** What the workbook holds after a failure, as the user is told. */
export type HostKept = "insert_partial" | "unchanged" | "marks_partial" | "marks_untouched" | "report_partial" | "evaluation_partial";

/**
 * Why an action failed: Excel's errors the add-in explains (from Excel's own codes), any other
 * of Excel's (`excel_error`), and the add-in's own refusals. The words are in the task pane's
 * catalogue (src/taskpane/host-messages.ts), per language.
 */
export const HOST_ERROR_CODES = [
  "request_too_large",
  "response_too_large",
  "bad_password",
  "access_denied",
  "invalid_argument",
  "item_exists",
  "item_not_found",
  "api_not_found",
  "invalid_operation",
  "cell_edit_mode",
  "excel_error",
  "sheet_password_protected",
  "sheet_visibility_unsupported",
  "reader_unavailable",
  "values_missing",
] as const;

export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export interface HostErrorParams {
  /** Excel's own error code, when Excel raised the error. */
  readonly excelCode?: string;
  /** What Excel or the browser said, in their own words: shown as it is. */
  readonly detail?: string;
  /** The sheet protected with a password; with `cell`, the cell being selected. */
  readonly sheet?: string;
  readonly cell?: string;
}

/** A failure of an action in Excel, as a code and params; the task pane words it in its language. */
export class HostActionError extends Error {
  override readonly name = "HostActionError";
  constructor(
    readonly code: HostErrorCode,
    readonly params: HostErrorParams = {},
    /** What the workbook holds now: given by the add-in's own refusals, else by the action that failed. */
    readonly kept?: HostKept,
    readonly action?: HostActionKind,
  ) {
    super(
      `${action ?? "action"} failed: ${code}${params.excelCode ? ` (${params.excelCode})` : ""}${params.detail ? `: ${params.detail}` : ""}`,
    );
  }

  /** The error as the action that failed hands it on: what it was doing, and what it kept unless the error says. */
  during(action: HostActionKind, kept: HostKept, params: HostErrorParams = {}): HostActionError {
    return new HostActionError(this.code, { ...params, ...this.params }, this.kept ?? kept, this.action ?? action);
  }
}
