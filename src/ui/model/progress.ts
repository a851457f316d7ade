/** How far the consolidation's progress bar is. */

/** A consolidation's progress as the add-in and the web page report it. */
export interface ConsolidationProgress {
  readonly stage: "reading" | "consolidating" | "writing" | "done";
  readonly done: number;
  readonly total: number;
  readonly file?: string;
}

type Stage = ConsolidationProgress["stage"];

/**
 * Where each stage starts on the progress bar and how much of it the stage spans. Parsing the
 * files takes most of the time; consolidating and writing the report take the rest.
 */
const STAGE_SPAN: Readonly<Record<Stage, { readonly start: number; readonly span: number }>> = {
  reading: { start: 0, span: 0.6 },
  consolidating: { start: 0.6, span: 0.2 },
  writing: { start: 0.8, span: 0.2 },
  done: { start: 1, span: 0 },
};

/** The progress bar's value, 0 to 1, for a progress report. */
export function progressValue(progress: ConsolidationProgress): number {
  const { start, span } = STAGE_SPAN[progress.stage];
  const within = progress.total > 0 ? progress.done / progress.total : 0;
  return Math.min(1, Math.max(0, start + span * Math.min(1, Math.max(0, within))));
}
