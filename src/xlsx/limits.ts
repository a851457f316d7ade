/** Limits on one unit's report file (the error that refuses a file is the core's UnreadableWorkbookError). */

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
