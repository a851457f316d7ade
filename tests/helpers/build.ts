/** Building unit workbooks as grids for the checker tests. */
import { toA1 } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check/check";
import type { Issue } from "../../src/core/check/issues";
import type { CellValue, WorkbookGrids } from "../../src/core/grid";
import { defaultBundle } from "../../src/core/programme/default";
import { parsePeriod } from "../../src/core/programme/period";
import { unitForPeriod } from "../../src/core/programme/units";
import { plausibleEntries } from "../../src/core/sample/fill";
import { applyEntries, specToGrids } from "../../src/core/template/grids";
import { INDICATOR_COLUMNS, INFO_FIELDS, INFO_FIRST_ROW, TASK_COLUMNS } from "../../src/core/template/layout";
import { renderTemplate } from "../../src/core/template/render";
import type { SheetRole, WorkbookSpec } from "../../src/core/template/spec";

export const bundle = defaultBundle();

export interface Built {
  readonly spec: WorkbookSpec;
  readonly blank: WorkbookGrids;
  readonly filled: WorkbookGrids;
}

export function build(unitCode = "SNV", periodCode = "2025-H1", seed = 1): Built {
  const period = parsePeriod(periodCode, bundle.periods);
  const unit = unitForPeriod(bundle.units, unitCode, period);
  const spec = renderTemplate(bundle, unit, period);
  const blank = specToGrids(spec, `${unitCode}.xlsx`);
  return { spec, blank, filled: applyEntries(blank, plausibleEntries(spec, bundle, unit, period, seed)) };
}

export function sheetName(spec: WorkbookSpec, role: SheetRole): string {
  return spec.sheets.find((s) => s.role === role)?.name ?? "";
}

/** Zero-based row of an indicator or task code in a sheet. */
export function rowOf(wb: WorkbookGrids, sheet: string, code: string): number {
  const grid = wb.sheets.find((s) => s.name === sheet)?.values ?? [];
  const row = grid.findIndex((r) => r[1] === code);
  if (row < 0) throw new Error(`no row ${code} in ${sheet}`);
  return row;
}

/** The workbook with one cell changed (null clears it). */
export function setCell(wb: WorkbookGrids, sheet: string, row: number, col: number, value: CellValue): WorkbookGrids {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      const r = (values[row] ??= []);
      for (let c = r.length; c < col; c++) r[c] = null;
      r[col] = value;
      return { ...s, values: Array.from(values, (x) => x ?? []) };
    }),
  };
}

const IND = (k: string): number => INDICATOR_COLUMNS.findIndex((c) => c.key === k);
const TSK = (k: string): number => TASK_COLUMNS.findIndex((c) => c.key === k);

/** Sets an indicator's cell by code and column key ("value", "explanation"). */
export function setIndicator(b: Built, wb: WorkbookGrids, code: string, key: string, value: CellValue): WorkbookGrids {
  const sheet = sheetName(b.spec, "indicators");
  return setCell(wb, sheet, rowOf(wb, sheet, code), IND(key), value);
}

export function setTask(b: Built, wb: WorkbookGrids, code: string, key: string, value: CellValue): WorkbookGrids {
  const sheet = sheetName(b.spec, "tasks");
  return setCell(wb, sheet, rowOf(wb, sheet, code), TSK(key), value);
}

export function setInfo(b: Built, wb: WorkbookGrids, key: string, value: CellValue): WorkbookGrids {
  const i = INFO_FIELDS.findIndex((f) => f.key === key);
  return setCell(wb, sheetName(b.spec, "info"), INFO_FIRST_ROW + i, 2, value);
}

/** The cell an indicator's column is in, as an A1 address. */
export function indicatorCell(b: Built, code: string, key: string): string {
  return toA1(rowOf(b.filled, sheetName(b.spec, "indicators"), code), IND(key));
}

export function taskCell(b: Built, code: string, key: string): string {
  return toA1(rowOf(b.filled, sheetName(b.spec, "tasks"), code), TSK(key));
}

export function check(wb: WorkbookGrids): readonly Issue[] {
  return checkWorkbook(wb, bundle).issues;
}

/** Issues reduced to what tests assert: code, sheet and cell. */
export function located(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code}@${i.location.sheet ?? ""}!${i.location.cell ?? ""}`);
}
