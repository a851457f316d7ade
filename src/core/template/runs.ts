/**
 * A sheet spec regrouped for hosts that write whole ranges: the value grid of its bounding
 * box, and vertical runs of cells that share a style (or are entries), one range each.
 */
import type { CellSpec, Rect, SheetSpec, StyleName } from "./spec";

export interface SheetGridSpec {
  /** Rows and columns of the bounding box, from A1. */
  readonly rows: number;
  readonly cols: number;
  /** Each cell's formula (with '=') or literal value; null where the spec has nothing. */
  readonly contents: readonly (readonly (CellContent | null)[])[];
  /** Each cell's style name; null where the spec gives none. */
  readonly styles: readonly (readonly (StyleName | null)[])[];
}

export type CellContent = { readonly formula: string } | { readonly value: string | number | boolean };

/** Every cell of the sheet: its cells, then its generated rows as cells. */
export function sheetCells(sheet: SheetSpec): readonly CellSpec[] {
  const rows = sheet.rows;
  if (!rows) return sheet.cells;
  const out = [...sheet.cells];
  for (let i = 0; i < rows.count; i++)
    rows.row(i).forEach((c, col) => out.push({ row: rows.first + i, col, value: c.value, ...(c.style ? { style: c.style } : {}) }));
  return out;
}

export function sheetGrid(sheet: SheetSpec): SheetGridSpec {
  const cells = sheetCells(sheet);
  // Loops, not Math.max(...cells): a spread of a large sheet's cells overflows the stack.
  let rows = 0;
  let cols = sheet.columns.length;
  for (const c of cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const contents: (CellContent | null)[][] = Array.from({ length: rows }, () => Array<CellContent | null>(cols).fill(null));
  const styles: (StyleName | null)[][] = Array.from({ length: rows }, () => Array<StyleName | null>(cols).fill(null));
  for (const c of cells) {
    const row = contents[c.row];
    if (!row) continue;
    if (c.style) (styles[c.row] ?? [])[c.col] = c.style;
    if (c.formula !== undefined) row[c.col] = { formula: c.formula };
    else if (c.value !== undefined) row[c.col] = { value: c.value };
  }
  return { rows, cols, contents, styles };
}

/** Groups cells into vertical runs of consecutive rows in one column with the same key. */
function verticalRuns<K>(cells: readonly CellSpec[], keyOf: (c: CellSpec) => K | undefined): { key: K; rect: Rect }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { key: K; rect: Rect }[] = [];
  for (const c of sorted) {
    const key = keyOf(c);
    if (key === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.key === key && last.rect.col === c.col && last.rect.lastRow === c.row - 1) {
      out[out.length - 1] = { key, rect: { ...last.rect, lastRow: c.row } };
    } else out.push({ key, rect: { row: c.row, col: c.col, lastRow: c.row, lastCol: c.col } });
  }
  return out;
}

/** Ranges of cells sharing a style. */
export function styleRuns(sheet: SheetSpec): { style: StyleName; rect: Rect }[] {
  return verticalRuns(sheetCells(sheet), (c) => c.style).map(({ key, rect }) => ({ style: key, rect }));
}

/** Ranges of entry cells, to unlock before the sheet is protected. */
export function entryRuns(sheet: SheetSpec): Rect[] {
  return verticalRuns(sheetCells(sheet), (c) => (c.entry ? true : undefined)).map(({ rect }) => rect);
}
