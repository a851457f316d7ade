/**
 * What the page asks of its background work and what comes back: the jobs (a template, a check,
 * a consolidation), their events (progress, each file's state, a consolidation's result before
 * its report is written) and results. The same messages pass between the page and its Web Worker,
 * or, where no worker can run, from the jobs run on the page itself (src/web/runner.ts).
 */
import type { Language } from "../../core/check/messages";
import type { SubmissionStatus } from "../../core/consolidate/submissions";
import type { DataText } from "../../core/programme/load";
import type { CheckedUnit } from "../../ui/model/issues";
import type { ConsolidationOutcome } from "../../ui/model/outcome";
import type { ConsolidationProgress } from "../../ui/model/progress";
import type { ChartData } from "./charts";

/** A file the user gave the page; a DOM File is one, and it can be posted to a worker without copying its bytes. */
export interface InputFile {
  readonly name: string;
  readonly size: number;
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file the page offers to save. */
export interface Download {
  readonly name: string;
  /** Its media type. */
  readonly type: string;
  readonly bytes: Uint8Array;
}

export interface TemplateJob {
  readonly kind: "template";
  readonly period: string;
  /** A unit's code; undefined for every unit of the period, as one .zip. */
  readonly unit: string | undefined;
}

export interface CheckJob {
  readonly kind: "check";
  readonly files: readonly InputFile[];
  /** The language of the issue list written. */
  readonly lang: Language;
}

export interface ConsolidateJob {
  readonly kind: "consolidate";
  readonly period: string;
  /** In the order the command line would read them (src/web/model/files.ts). */
  readonly files: readonly InputFile[];
  /** The unit list the user gave, used as the command line uses `--units`; undefined for the built-in list. */
  readonly units: DataText | undefined;
  /** The language of the reasons shown for files set aside. */
  readonly lang: Language;
}

export type Job = TemplateJob | CheckJob | ConsolidateJob;

export interface TemplateResult {
  readonly kind: "template";
  readonly download: Download;
  /** Templates written. */
  readonly units: number;
}

/** A checked file: its unit's check as the shared UnitResult shows it, or why it cannot be read. */
export interface CheckedFile extends CheckedUnit {
  readonly file: string;
  readonly readable: boolean;
}

export interface CheckResult {
  readonly kind: "check";
  readonly files: readonly CheckedFile[];
  /** Every file's problems as an .xlsx list. */
  readonly download: Download;
}

/** A consolidation's result, known before its report is written. */
export interface ConsolidationView {
  readonly outcome: ConsolidationOutcome;
  readonly charts: ChartData;
  /** The summary JSON, as the command line writes it with --json. */
  readonly summary: Download;
}

/**
 * The report, once written (the result itself came before it as a "view" event); or, as the
 * command line, no report when every source read is another period's report.
 */
export type ConsolidateResult =
  | {
      readonly kind: "consolidate";
      /** The consolidated report .xlsx. */
      readonly report: Download;
    }
  | {
      readonly kind: "consolidate";
      /** The periods the sources are for. */
      readonly otherPeriods: readonly string[];
      readonly files: number;
    };

export type JobResult = TemplateResult | CheckResult | ConsolidateResult;
export type ResultOf<J extends Job> = Extract<JobResult, { kind: J["kind"] }>;

/** Stages as the progress bar shows them; a template's writing counts units, a check's and a consolidation's reading counts files. */
export type JobProgress = ConsolidationProgress;

/** A file's state once read: checked, or classified for the consolidation (duplicates are decided at the end). */
export interface FileState {
  readonly status: "checked" | SubmissionStatus;
  /** The unit the file is the report of, when known. */
  readonly unit: string | undefined;
  /** Errors its check found. */
  readonly errors: number;
  /** Why it is set aside, in the job's language (a file that cannot be read says why). */
  readonly detail: string | undefined;
}

export type JobEvent =
  | { readonly type: "progress"; readonly progress: JobProgress }
  | { readonly type: "file"; readonly index: number; readonly state: FileState }
  | { readonly type: "view"; readonly view: ConsolidationView };

/** What a job is given: where its events go, and a point between two files where it may be stopped. */
export interface JobContext {
  emit(event: JobEvent): void;
  /** Lets the page answer (where the job runs on the page) and throws JobCancelled if the run was cancelled. */
  checkpoint(): Promise<void>;
}

/** A run the user cancelled. */
export class JobCancelled extends Error {
  override readonly name = "JobCancelled";
  constructor() {
    super("cancelled");
  }
}

/** The page to its worker. */
export interface JobRequest {
  readonly id: number;
  readonly job: Job;
}

/** The worker to the page. */
export type JobReply =
  | { readonly id: number; readonly type: "event"; readonly event: JobEvent }
  | { readonly id: number; readonly type: "done"; readonly result: JobResult }
  | { readonly id: number; readonly type: "failed"; readonly message: string };

/** The transferable stores of a reply's downloads, handed over rather than copied. */
export function transfers(reply: JobReply): ArrayBuffer[] {
  const downloads: Download[] = [];
  if (reply.type === "done") {
    const r = reply.result;
    if (r.kind !== "consolidate") downloads.push(r.download);
    else if ("report" in r) downloads.push(r.report);
  } else if (reply.type === "event" && reply.event.type === "view") downloads.push(reply.event.view.summary);
  return downloads.map((d) => d.bytes.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
