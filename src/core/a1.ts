/** A1 addresses from zero-based row and column indexes, and back. */
import { ArgumentError } from "./errors";

/** Letters of the first columns, the ones every sheet uses. */
const LETTERS: readonly string[] = Array.from({ length: 64 }, (_, c) => lettersOf(c));

export function columnLetter(col: number): string {
  return LETTERS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Addresses already made, by column then row: every report repeats the same few hundred, kept by the thousand. */
const ADDRESSES: string[][] = [];
const CACHED_ROWS = 4096;

/** "B7" for row 6, column 1 (both zero-based). */
export function toA1(row: number, col: number): string {
  if (row < 0 || row >= CACHED_ROWS || col < 0 || col >= LETTERS.length) return `${columnLetter(col)}${row + 1}`;
  const column = (ADDRESSES[col] ??= []);
  return (column[row] ??= `${columnLetter(col)}${row + 1}`);
}

/** Columns of a sheet (Excel's limit, XFD). */
const SHEET_COLUMNS = 16_384;

/** A cell's position as one number, for maps keyed by cell (a number hashes without making a string). */
export const cellKey = (row: number, col: number): number => row * SHEET_COLUMNS + col;

/** "B7:D9" for a rectangle given by its zero-based corners. */
export function rangeA1(row: number, col: number, lastRow: number, lastCol: number): string {
  const start = toA1(row, col);
  const end = toA1(lastRow, lastCol);
  return start === end ? start : `${start}:${end}`;
}

/** Zero-based row and column of an A1 address such as "$B$7". */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) throw new ArgumentError(`not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
