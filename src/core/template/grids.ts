/** A WorkbookSpec seen as the grids a host would return for it (formulas not evaluated). */
import type { CellValue, SheetGrid, WorkbookGrids } from "../grid";
import type { Entry } from "../sample/fill";
import type { WorkbookSpec } from "./spec";

export function specToGrids(spec: WorkbookSpec, file?: string): WorkbookGrids {
  const sheets: SheetGrid[] = spec.sheets.map((s) => {
    const rows: CellValue[][] = [];
    for (const c of s.cells) {
      const row = (rows[c.row] ??= []);
      row[c.col] = c.value ?? null;
    }
    return { name: s.name, values: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) };
  });
  return { ...(file !== undefined ? { file } : {}), sheets };
}

/** The grids with entries written into them, as a unit typing into the sheets would. */
export function applyEntries(wb: WorkbookGrids, entries: readonly Entry[]): WorkbookGrids {
  const sheets = wb.sheets.map((s) => {
    const values = s.values.map((r) => [...r]);
    for (const e of entries.filter((x) => x.sheet === s.name)) {
      const row = (values[e.row] ??= []);
      for (let c = row.length; c < e.col; c++) row[c] = null;
      row[e.col] = e.value;
    }
    return { ...s, values: Array.from(values, (r) => r ?? []) };
  });
  return { ...wb, sheets };
}
