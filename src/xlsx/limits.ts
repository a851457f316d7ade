/** Limits on one unit's report file, and the error that refuses a file, saying why. */
import type { UnreadableKind, UnreadableProblem } from "../core/check/unreadable";
import { describeUnreadable } from "../core/check/unreadable";

const MB = 1024 * 1024;

/** Limits on one unit's report file. A template is about 30 KB, 150 KB unpacked, 3,000 cells a sheet. */
export interface ReadLimits {
  /** Bytes of the file itself. */
  readonly fileBytes: number;
  /** Entries in the zip. */
  readonly parts: number;
  /** Unpacked bytes of any one part. */
  readonly partBytes: number;
  /** Unpacked bytes of all parts. */
  readonly totalBytes: number;
  /** Cells (`<c>` elements, empty formatted ones included) in one sheet... */
  readonly cellsPerSheet: number;
  /** ...and in the whole workbook. */
  readonly cellsPerWorkbook: number;
}

export const READ_LIMITS: ReadLimits = {
  fileBytes: 20 * MB,
  parts: 2_000,
  partBytes: 50 * MB,
  totalBytes: 100 * MB,
  cellsPerSheet: 200_000,
  cellsPerWorkbook: 500_000,
};

/** A file that cannot be read as a unit's report; the message is the Vietnamese description. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
  constructor(readonly problem: UnreadableProblem) {
    super(describeUnreadable(problem, "vi"));
  }
}

export function refuse(kind: UnreadableKind, params: UnreadableProblem["params"] = {}): UnreadableWorkbookError {
  return new UnreadableWorkbookError({ kind, params });
}
