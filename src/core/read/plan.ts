/**
 * What the reader needs of a marked template sheet, so that an adapter that pays per byte
 * read (Office.js: at most 5 MB a response, and each sync a round trip) reads only that:
 *   1. the rows down to the table header, in full;
 *   2. below them, column A (row numbers, area titles, the labels units give rows they add),
 *      the code and the entries, not the text the template wrote (labels, units of measure,
 *      targets and statuses shown by formula, leads, products, sources, citations);
 *   3. then the label of each row whose code is not one of the programme's (area titles, rows a
 *      unit added, damaged codes), since such a row is matched by its label.
 * The info sheet, and a sheet whose key row lost a key, are read whole.
 * `tests/read-plan.test.ts` checks that a sheet read by its plan gives the same check and the
 * same consolidation as the sheet read whole.
 */
import { cellAt, type CellValue, type Grid } from "../grid";
import type { Programme } from "../programme/schema";
import { HEADER_ROW, INDICATOR_COLUMNS, TARGET_COLUMNS, TASK_COLUMNS, type ColumnDef } from "../template/layout";
import type { SheetRole } from "../template/spec";
import { keyColumns } from "./table";

interface RoleColumns {
  readonly defs: readonly ColumnDef[];
  /** Keyed columns read on every row (besides column A). */
  readonly keys: readonly string[];
  /** The row label, read only where the code does not name a programme item. */
  readonly label?: { readonly key: string; readonly codes: (p: Programme) => readonly string[] };
}

/** The keyed columns `readUnitReport` and `readTargetOverrides` read, by role. */
export const READ_COLUMNS: Readonly<Partial<Record<SheetRole, RoleColumns>>> = {
  indicators: {
    defs: INDICATOR_COLUMNS,
    keys: ["code", "value", "explanation"],
    label: { key: "name", codes: (p) => p.indicators.map((i) => i.code) },
  },
  tasks: {
    defs: TASK_COLUMNS,
    keys: ["code", "status", "completed", "evidence", "note"],
    label: { key: "task", codes: (p) => p.tasks.map((t) => t.code) },
  },
  targets: { defs: TARGET_COLUMNS, keys: ["id", "value", "confirmed"] },
};

export interface ReadPlan {
  /** Rows 0 .. fullRows-1 (the key row, the title and the header) are read in full. */
  readonly fullRows: number;
  /** Zero-based columns read on every row below them, ascending. */
  readonly columns: readonly number[];
  /** Where the label is read on the rows `labelRows` names. */
  readonly label?: { readonly column: number; readonly code: number; readonly codes: ReadonlySet<string> };
}

// Module-level cache: each programme's codes per sheet role, as the reader matches them, asked for every sheet planned; weak, goes with the programme.
const codeSets = new WeakMap<Programme, Map<SheetRole, ReadonlySet<string>>>();

function knownCodes(programme: Programme, role: SheetRole, codes: (p: Programme) => readonly string[]): ReadonlySet<string> {
  let byRole = codeSets.get(programme);
  if (!byRole) codeSets.set(programme, (byRole = new Map<SheetRole, ReadonlySet<string>>()));
  let set = byRole.get(role);
  // Matched as the reader matches: trimmed, upper case.
  if (!set) byRole.set(role, (set = new Set(codes(programme).map((c) => c.toUpperCase()))));
  return set;
}

/**
 * The plan for a sheet of this role whose key row (row 1) is given, or undefined when the
 * sheet must be read whole: the info sheet, or a key row missing one of the keys.
 */
export function readPlan(role: SheetRole, keyRow: readonly CellValue[], programme: Programme): ReadPlan | undefined {
  const wanted = READ_COLUMNS[role];
  if (!wanted) return undefined;
  const found = keyColumns([keyRow], wanted.defs);
  const columns = new Set<number>([0]);
  for (const key of wanted.keys) {
    const c = found.get(key);
    if (c === undefined) return undefined;
    columns.add(c);
  }
  const fullRows = HEADER_ROW + 1;
  if (!wanted.label) return { fullRows, columns: [...columns].sort((a, b) => a - b) };
  const column = found.get(wanted.label.key);
  const code = found.get("code");
  if (column === undefined || code === undefined) return undefined;
  const label = { column, code, codes: knownCodes(programme, role, wanted.label.codes) };
  // A label in a column read anyway (column A) needs no second read.
  return { fullRows, columns: [...columns].sort((a, b) => a - b), ...(columns.has(column) ? {} : { label }) };
}

/** Rows (below the full ones, up to `rowCount`) whose label must be read: their code names no programme item. */
export function labelRows(plan: ReadPlan, values: Grid, rowCount: number): number[] {
  const { label } = plan;
  if (!label) return [];
  const out: number[] = [];
  for (let r = plan.fullRows; r < rowCount; r++) {
    const v = cellAt(values, r, label.code);
    const code = typeof v === "string" || typeof v === "number" ? String(v).trim().toUpperCase() : "";
    if (!label.codes.has(code)) out.push(r);
  }
  return out;
}

/** Adjacent numbers (columns or rows) as spans [first, last], to read each span as one range. */
export function spans(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
