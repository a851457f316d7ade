/**
 * Finding a template table in a grid: its columns by their hidden keys first, then by
 * normalised headers, so inserted, reordered and renamed columns are still read.
 */
import { toA1 } from "../a1";
import { issue, type Issue } from "../check/issues";
import { cellAt, type Grid } from "../grid";
import { HEADER_ROW, INDICATOR_COLUMNS, KEY_ROW, TARGET_COLUMNS, TASK_COLUMNS, type ColumnDef } from "../template/layout";
import { foldKey } from "./values";

export interface TableLayout {
  /** Zero-based row of the visible headers; data follow it. */
  readonly headerRow: number;
  /** Zero-based column of each column key found. */
  readonly cols: ReadonlyMap<string, number>;
}

const HEADER_SCAN_ROWS = 30;

// Module-level cache: each column definition's folded names, asked for on every sheet read; weak, so it goes with the definition.
const folded = new WeakMap<ColumnDef, string[]>();

/** The folded names a column is known by (cached: folding is the costly part of reading). */
function names(def: ColumnDef): string[] {
  let out = folded.get(def);
  if (!out) folded.set(def, (out = [def.headerVi, def.headerEn, ...def.aliases].map(foldKey)));
  return out;
}

/** Headers are short; longer text (labels, notes) is never one and is not folded. */
const MAX_HEADER_LENGTH = 80;

/**
 * Module-level cache: folded header text by cell text, since every unit's sheet repeats the same
 * few dozen headers and labels. Bounded: cleared when it reaches HEADER_KEY_CACHE_SIZE entries.
 */
const HEADER_KEYS = new Map<string, string>();
const HEADER_KEY_CACHE_SIZE = 20_000;

function cellKey(grid: Grid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  if (typeof v !== "string" || v.length > MAX_HEADER_LENGTH) return "";
  let key = HEADER_KEYS.get(v);
  if (key === undefined) {
    if (HEADER_KEYS.size >= HEADER_KEY_CACHE_SIZE) HEADER_KEYS.clear();
    key = foldKey(v.replace(/\(.*\)/g, ""));
    HEADER_KEYS.set(v, key);
  }
  return key;
}

/** Module-level cache: the definitions known by each folded name, per table (once per column list; weak, goes with the list). */
const indexes = new WeakMap<readonly ColumnDef[], Map<string, ColumnDef[]>>();

function nameIndex(defs: readonly ColumnDef[]): Map<string, ColumnDef[]> {
  let index = indexes.get(defs);
  if (!index) {
    index = new Map();
    for (const def of defs) for (const n of names(def)) index.set(n, [...(index.get(n) ?? []), def]);
    indexes.set(defs, index);
  }
  return index;
}

/** Definitions with a name that the header starts with, followed by a space. */
function prefixMatches(key: string, index: Map<string, ColumnDef[]>): ColumnDef[] {
  const out: ColumnDef[] = [];
  for (let p = key.indexOf(" "); p > 0; p = key.indexOf(" ", p + 1)) out.push(...(index.get(key.slice(0, p)) ?? []));
  return out;
}

/** Columns of a row matched to definitions: exact names first, then a header that starts with a name. */
function matchHeaders(grid: Grid, row: number, defs: readonly ColumnDef[]): Map<string, number> {
  const width = grid[row]?.length ?? 0;
  const found = new Map<string, number>();
  const keys = Array.from({ length: width }, (_, c) => cellKey(grid, row, c));
  if (!keys.some(Boolean)) return found;
  const index = nameIndex(defs);
  const taken = new Set<number>();
  // Each pass gives a definition the first free column that matches it, definitions in order.
  const pass = (matches: readonly (readonly ColumnDef[] | undefined)[]): void => {
    for (const def of defs) {
      if (found.has(def.key)) continue;
      for (let c = 0; c < width; c++) {
        if (!taken.has(c) && matches[c]?.includes(def)) {
          found.set(def.key, c);
          taken.add(c);
          break;
        }
      }
    }
  };
  pass(keys.map((k) => (k ? index.get(k) : undefined)));
  if (found.size < defs.length) pass(keys.map((k) => (k ? prefixMatches(k, index) : undefined)));
  return found;
}

/** Columns by the keys in the hidden key row (a key written twice: the last one). */
export function keyColumns(grid: Grid, defs: readonly ColumnDef[]): Map<string, number> {
  const found = new Map<string, number>();
  const row = grid[KEY_ROW] ?? [];
  row.forEach((v, c) => {
    if (typeof v === "string" && defs.some((d) => d.key === v.trim())) found.set(v.trim(), c);
  });
  return found;
}

function bestHeaderRow(grid: Grid, defs: readonly ColumnDef[]): { row: number; cols: Map<string, number> } | undefined {
  let best: { row: number; cols: Map<string, number> } | undefined;
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const cols = matchHeaders(grid, r, defs);
    if (cols.size >= 2 && cols.size > (best?.cols.size ?? 0)) best = { row: r, cols };
    // A row matching every column cannot be beaten (a later row must match strictly more).
    if (best?.cols.size === defs.length) break;
  }
  return best;
}

/** The table a column list is, for messages that name a column in either language. */
function tableOf(defs: readonly ColumnDef[]): string {
  return defs === INDICATOR_COLUMNS ? "indicators" : defs === TASK_COLUMNS ? "tasks" : defs === TARGET_COLUMNS ? "targets" : "";
}

/**
 * Locates a table's columns. Keys in the hidden key row win; columns found only by a
 * header are used when keys are absent. Missing required columns are issues.
 */
export function locateTable(
  grid: Grid,
  defs: readonly ColumnDef[],
  required: readonly string[],
  sheet: string,
): { layout: TableLayout | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const keys = keyColumns(grid, defs);
  const header = bestHeaderRow(grid, defs);
  const useKeys = required.every((k) => keys.has(k));
  const cols = useKeys ? keys : (header?.cols ?? new Map<string, number>());
  const headerRow = header?.row ?? HEADER_ROW;
  if (useKeys) {
    for (const def of defs) {
      const c = keys.get(def.key);
      const text = c === undefined ? undefined : cellAt(grid, headerRow, c);
      if (
        c !== undefined &&
        typeof text === "string" &&
        text.trim() &&
        !names(def).includes(cellKey(grid, headerRow, c)) &&
        !cellKey(grid, headerRow, c).startsWith(foldKey(def.headerVi))
      )
        issues.push(
          issue(
            "column_renamed",
            "info",
            { sheet, cell: toA1(headerRow, c) },
            { table: tableOf(defs), column: def.key, header: text.trim() },
          ),
        );
    }
  }
  const missing = required.filter((k) => !cols.has(k));
  for (const k of missing) {
    const def = defs.find((d) => d.key === k);
    issues.push(issue("column_missing", "error", { sheet, cell: toA1(headerRow, 0) }, { table: tableOf(defs), column: def?.key ?? k }));
  }
  return { layout: missing.length ? undefined : { headerRow, cols }, issues };
}

/** Whether a grid looks like a table of these columns (for recognising sheets without a marker). */
export function looksLikeTable(grid: Grid, defs: readonly ColumnDef[], required: readonly string[]): boolean {
  const header = bestHeaderRow(grid, defs);
  return header !== undefined && required.every((k) => header.cols.has(k));
}
