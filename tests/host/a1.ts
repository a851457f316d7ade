/**
 * A1 addresses for the host: parse, format, quote sheet names as Excel does.
 * Deliberately independent of src/core/a1 so the host does not share the add-in's bugs.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Zero-based, inclusive rectangle. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

type Part = { row?: number; col?: number };

function parsePart(text: string): Part | undefined {
  const m = /^(?:\$?([A-Z]{1,3}))?(?:\$?(\d{1,7}))?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const col = m[1] === undefined ? undefined : columnNumber(m[1]);
  const row = m[2] === undefined ? undefined : Number(m[2]) - 1;
  if ((col !== undefined && col >= MAX_COLS) || (row !== undefined && (row < 0 || row >= MAX_ROWS))) return undefined;
  return { ...(row !== undefined ? { row } : {}), ...(col !== undefined ? { col } : {}) };
}

function spanOf(a: Part, b: Part): Rect | undefined {
  const cells = a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined;
  const cols = a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const rows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  if (!cells && !cols && !rows) return undefined;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLS - 1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), lastRow: Math.max(r1, r2), lastCol: Math.max(c1, c2) };
}

/** The rectangle an address names: "B7", "$B$7:$D$9", "A:C", "2:5"; undefined when it is none. */
export function parseAddress(address: string): Rect | undefined {
  const parts = address.trim().toUpperCase().split(":");
  const first = parts[0] === undefined ? undefined : parsePart(parts[0]);
  if (!first || parts.length > 2) return undefined;
  if (parts.length === 1) {
    return first.row !== undefined && first.col !== undefined
      ? { row: first.row, col: first.col, lastRow: first.row, lastCol: first.col }
      : undefined;
  }
  const second = parsePart(parts[1] ?? "");
  return second ? spanOf(first, second) : undefined;
}

export const isFullColumns = (r: Rect): boolean => r.row === 0 && r.lastRow === MAX_ROWS - 1;
export const isFullRows = (r: Rect): boolean => r.col === 0 && r.lastCol === MAX_COLS - 1;
/** Whole rows or columns: Office returns null for their cell-level properties. */
export const isUnbounded = (r: Rect): boolean => isFullColumns(r) || isFullRows(r);

export const cellA1 = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

/** "B7", "B7:D9", "A:C" or "2:5", as Range.address shows it after the sheet name. */
export function formatRect(r: Rect): string {
  if (isFullRows(r)) return `${r.row + 1}:${r.lastRow + 1}`;
  if (isFullColumns(r)) return `${columnName(r.col)}:${columnName(r.lastCol)}`;
  const start = cellA1(r.row, r.col);
  return r.row === r.lastRow && r.col === r.lastCol ? start : `${start}:${cellA1(r.lastRow, r.lastCol)}`;
}

const PLAIN_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u;

/** A sheet name as Excel writes it in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const looksLikeReference = /^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C?\d*$/i.test(name) || /^C\d*$/i.test(name);
  return PLAIN_NAME.test(name) && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

export const qualifiedAddress = (sheetName: string, r: Rect): string => `${quoteSheetName(sheetName)}!${formatRect(r)}`;

export const rowCount = (r: Rect): number => r.lastRow - r.row + 1;
export const columnCount = (r: Rect): number => r.lastCol - r.col + 1;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;

export const contains = (outer: Rect, row: number, col: number): boolean =>
  row >= outer.row && row <= outer.lastRow && col >= outer.col && col <= outer.lastCol;

/** Calls `visit` for every cell of a bounded rectangle, row by row. */
export function forEachCell(r: Rect, visit: (row: number, col: number) => void): void {
  for (let row = r.row; row <= r.lastRow; row++) for (let col = r.col; col <= r.lastCol; col++) visit(row, col);
}

/** Rectangles covering a set of cells: runs along rows, stacked when rows repeat. */
export function coverCells(cells: Iterable<readonly [row: number, col: number]>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const [row, col] of cells) byRow.set(row, [...(byRow.get(row) ?? []), col]);
  const open = new Map<string, { row: number; lastRow: number; col: number; lastCol: number }>();
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = (byRow.get(row) ?? []).sort((a, b) => a - b);
    for (const [col, lastCol] of runs(cols)) {
      const id = `${col}:${lastCol}`;
      const prev = open.get(id);
      if (prev && prev.lastRow === row - 1) prev.lastRow = row;
      else {
        if (prev) done.push(prev);
        open.set(id, { row, lastRow: row, col, lastCol });
      }
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function runs(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}
