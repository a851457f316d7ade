/**
 * Where a unit's report came from, as data: a file, or sheets of the workbook open in Excel (the
 * add-in's own). The words people read for it come from here, in their language: the report's
 * sheets are Vietnamese, the task pane follows its language, an issue follows the message's.
 */
import type { Language } from "./params";

/** A file (the command line's and the picked files') or sheets of the workbook open in Excel. */
export type SourceKind = "file" | "open_workbook";

export interface SourceRef {
  /**
   * The file's name; for sheets of the open workbook, their names joined by ", ". A key (order,
   * which duplicate is kept); people read it through `describeSource`.
   */
  readonly label: string;
  readonly file?: string;
  /** Absent: a file. */
  readonly kind?: SourceKind;
}

/** The sheets of one unit's report in the workbook open in Excel. */
export function openWorkbookSource(sheets: readonly string[]): SourceRef {
  return { kind: "open_workbook", label: sheets.join(", ") };
}

const OPEN_WORKBOOK: Readonly<Record<Language, string>> = { vi: "Sổ đang mở", en: "Open workbook" };

/** The source as people read it: a file by its name, the open workbook's sheets after the words for it. */
export function describeSource(source: Pick<SourceRef, "label" | "kind">, lang: Language): string {
  return source.kind === "open_workbook" ? `${OPEN_WORKBOOK[lang]}: ${source.label}` : source.label;
}

/** Where a figure's sheet is: its file's name, or the words for the open workbook (its sheet is named apart). */
export function sourceFile(source: SourceRef, lang: Language): string {
  return source.kind === "open_workbook" ? OPEN_WORKBOOK[lang] : (source.file ?? source.label);
}
