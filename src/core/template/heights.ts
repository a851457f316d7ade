/**
 * Row heights that fit wrapped text. Excel re-fits a row when a cell is edited, but neither it
 * nor LibreOffice re-fits rows of a file when opening or printing it: a two-line label in a row
 * of the default height is printed over the row below. So the core estimates, once, the lines
 * each wrapped cell takes (its text, font and the width of its column, or of its merged columns)
 * and gives the row a height; both renderers write these heights as they are.
 */
import { cellKey } from "../a1";
import type { CellStyle, RowCell, RowsSpec, SheetSpec, WorkbookSpec } from "./spec";
import { textWidth, type FontFace } from "./metrics";

/** Points per unit of column width (a character of the default font: 7 pixels at 96 dpi). */
export const POINTS_PER_CHARACTER = 5.25;
/** Excel's height of a row of 11-point text, and what a row without a height of its own gets. */
export const DEFAULT_ROW_HEIGHT = 15;
/** The cell's inner margins, left and right together, with a little slack for rounding. */
const CELL_INSETS = 6;
/** A line of text is this many times its font size high (Times New Roman: ascent, descent, gap). */
const LINE_SPACING = 1.15;
/** Above and below the text. */
const ROW_PADDING = 4;
/** Excel's maximum row height. */
const MAX_ROW_HEIGHT = 409;

/** The lines a text takes in a width (points) when wrapped at spaces, a longer word broken where it must. */
export function wrappedLines(text: string, width: number, font: FontFace): number {
  const space = textWidth(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter(Boolean)) {
      const w = textWidth(word, font);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= width) used = needed;
      else if (w <= width) {
        lines++;
        used = w;
      } else {
        // A word wider than the column is broken over as many lines as it needs.
        const extra = Math.ceil(w / width) - 1;
        lines += (used === 0 ? 0 : 1) + extra;
        used = w - extra * width;
      }
    }
  }
  return lines;
}

/** The height of a row holding these lines of text in this font size. */
function heightFor(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_SPACING + ROW_PADDING));
}

/**
 * Module-level cache: lines already estimated, by font and width, then by text (a report repeats
 * its labels and file names; an estimate holds for any workbook). Two levels, so that a lookup
 * hashes the cell's own text, whose hash the engine keeps, not a key made anew for every cell.
 * At LINES_CACHE_SIZE texts it starts again.
 */
const linesCache = new Map<string, Map<string, number>>();
const LINES_CACHE_SIZE = 20_000;
let linesCached = 0;

/** The lines of a text that is not wrapped: one per line break, and one. */
function breaks(text: string): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

function cellLines(text: string, width: number, style: CellStyle): number {
  if (!style.wrap) return breaks(text);
  const font = { size: style.size ?? 11, bold: style.bold ?? false, italic: style.italic ?? false };
  const fontKey = `${font.size}|${font.bold ? 1 : 0}${font.italic ? 1 : 0}|${width}`;
  let byText = linesCache.get(fontKey);
  let lines = byText?.get(text);
  if (lines === undefined) {
    if (linesCached >= LINES_CACHE_SIZE) {
      linesCache.clear();
      linesCached = 0;
      byText = undefined;
    }
    if (!byText) linesCache.set(fontKey, (byText = new Map<string, number>()));
    lines = wrappedLines(text, width, font);
    byText.set(text, lines);
    linesCached++;
  }
  return lines;
}

/** The height a cell needs, or 0 when the default height will do. */
function cellHeight(value: string | number | boolean | undefined, style: CellStyle | undefined, width: number): number {
  if (!style || value === undefined || value === "") return 0;
  const size = style.size ?? 11;
  // A number or boolean not wrapped is one line (most cells of a report): no text to make.
  const lines = !style.wrap && typeof value !== "string" ? 1 : cellLines(String(value), width, style);
  const h = heightFor(lines, size);
  return h > DEFAULT_ROW_HEIGHT ? h : 0;
}

/** Points of text room in columns first..last (a merged area), hidden columns excluded. */
function roomOf(sheet: SheetSpec, first: number, last: number): number {
  let chars = 0;
  for (let c = first; c <= last; c++) {
    const col = sheet.columns[c];
    if (!col?.hidden) chars += col?.width ?? 8.43;
  }
  return chars * POINTS_PER_CHARACTER - CELL_INSETS;
}

/** Height of each row of the sheet's cells that needs more than the default, rows of a merged area sharing it. */
function cellRowHeights(sheet: SheetSpec, spec: WorkbookSpec): Map<number, number> {
  // Merged areas by their first cell (one lookup per cell of the sheet).
  const merged = new Map(sheet.merges.map((m) => [cellKey(m.row, m.col), m]));
  const rooms = sheet.columns.map((_, c) => roomOf(sheet, c, c));
  // The height each row needs so far, by row (most cells do not raise it: an array read, not a map lookup).
  const tallest: number[] = [];
  for (const c of sheet.cells) {
    const value = c.formula !== undefined ? c.result : c.value;
    if (value === undefined || value === "" || c.style === undefined) continue;
    const m = merged.size > 0 ? merged.get(cellKey(c.row, c.col)) : undefined;
    const rows = m ? m.lastRow - m.row + 1 : 1;
    const room = m ? roomOf(sheet, c.col, m.lastCol) : (rooms[c.col] ?? roomOf(sheet, c.col, c.col));
    const h = cellHeight(value, spec.styles[c.style], room) / rows;
    for (let r = c.row; r < c.row + rows; r++) if (h > (tallest[r] ?? 0)) tallest[r] = Math.ceil(h);
  }
  // Rows are only looked up (the writers) or sorted (rowHeightRuns); forEach skips the rows left unset.
  const heights = new Map<number, number>();
  tallest.forEach((h, r) => heights.set(r, h));
  return heights;
}

/** The height generated rows need, from their cells; undefined for the default. */
function generatedRowHeight(sheet: SheetSpec, spec: WorkbookSpec): NonNullable<RowsSpec["height"]> {
  const rooms = sheet.columns.map((_, c) => roomOf(sheet, c, c));
  return (cells: readonly RowCell[]) => {
    let h = 0;
    cells.forEach((cell, col) => {
      const style = cell.style ? spec.styles[cell.style] : undefined;
      h = Math.max(h, cellHeight(cell.value, style, rooms[col] ?? roomOf(sheet, col, col)));
    });
    return h > 0 ? h : undefined;
  };
}

/** The workbook with every row that holds wrapped text (or larger type) given the height it needs. */
export function fitRows(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => ({
      ...sheet,
      rowHeights: cellRowHeights(sheet, spec),
      ...(sheet.rows ? { rows: { ...sheet.rows, height: generatedRowHeight(sheet, spec) } } : {}),
    })),
  };
}

/**
 * Every row height of a sheet, generated rows included, as runs of consecutive rows of one
 * height (for hosts that set a height per range).
 */
export function rowHeightRuns(sheet: SheetSpec): { first: number; last: number; height: number }[] {
  const all = new Map(sheet.rowHeights ?? []);
  const rows = sheet.rows;
  if (rows?.height)
    for (let i = 0; i < rows.count; i++) {
      const h = rows.height(rows.row(i));
      if (h !== undefined) all.set(rows.first + i, h);
    }
  const runs: { first: number; last: number; height: number }[] = [];
  for (const [row, height] of [...all].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.last === row - 1) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}
