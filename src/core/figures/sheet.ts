/**
 * The report's hidden data sheet: its figures as records, one per row, column A naming the
 * record (docs/COMPARE.md). Codes, dates and file names are text cells, figures are numbers;
 * rows whose column A starts with "#" are headings for whoever unhides the sheet.
 */
import { toA1 } from "../a1";
import { SheetBuilder } from "../template/builder";
import type { RowCell, SheetSpec } from "../template/spec";
import { formatReportMarker, type ReportContext } from "../report/common";
import { TASK_STATES } from "../consolidate/tasks";
import { FIGURES_FORMAT, type ReportFigures } from "./format";

/** Fixed columns of a unit record before its values: record, code, level, status, countsFor. */
export const UNIT_VALUE_COL = 5;
export const TOTAL_FIELDS = ["indicator", "level", "value", "numerator", "denominator", "unitsReporting"] as const;
export const TASK_FIELDS = ["area", "total", ...TASK_STATES, "overdue"] as const;
export const COMPLETED_FIELDS = ["unit", "indicator", "source", "period", "sheet", "cell"] as const;
export const COUNT_FIELDS = ["units", "totals", "tasks", "superseded", "completed"] as const;

/** The indicator codes of the unit records' value columns: every code some unit has a value for, in programme order. */
export function valueColumns(f: ReportFigures, order: readonly string[]): string[] {
  const used = new Set(f.units.flatMap((u) => Object.keys(u.values)));
  return [...order.filter((c) => used.has(c)), ...[...used].filter((c) => !order.includes(c)).sort()];
}

/** Where each unit's value is written: row and column in the sheet, for provenance of figures taken from it. */
export function unitValueCell(unitIndex: number, column: number, firstUnitRow: number): string {
  return toA1(firstUnitRow + unitIndex, UNIT_VALUE_COL + column);
}

/** Text as text ("@"); a figure without a number format, so that whoever unhides the sheet sees it as stored. */
function put(b: SheetBuilder, row: number, cells: readonly (string | number | null)[]): void {
  cells.forEach((v, col) => {
    if (v !== null && v !== "") b.value(row, col, v, typeof v === "number" ? undefined : "code");
  });
}

/** Header records, totals, tasks, superseded and completed figures as cells; the unit records follow as generated rows. */
function headRecords(b: SheetBuilder, f: ReportFigures, columns: readonly string[]): number {
  let row = 1;
  const line = (cells: readonly (string | number | null)[]): void => put(b, row++, cells);
  b.value(row++, 0, `Dữ liệu của báo cáo để so sánh giữa các kỳ (${FIGURES_FORMAT}); trang ẩn, không sửa.`, "note");
  line(["format", FIGURES_FORMAT]);
  line(["programme", f.programme.id, f.programme.templateVersion]);
  line(["period", f.period.code, f.period.windowStart, f.period.windowEnd]);
  line(["counts", f.units.length, f.totals.length, f.tasks.length, f.superseded.length, f.completed.length]);
  line(["#counts", ...COUNT_FIELDS]);
  line(["#total", ...TOTAL_FIELDS]);
  for (const t of f.totals) line(["total", t.indicator, t.level, t.value, t.numerator, t.denominator, t.unitsReporting]);
  line(["#tasks", ...TASK_FIELDS]);
  for (const a of f.tasks) line(["tasks", ...TASK_FIELDS.map((k) => a[k])]);
  line(["#superseded", "unit", "indicator"]);
  for (const s of f.superseded) line(["superseded", s.unit, s.indicator]);
  line(["#completed", ...COMPLETED_FIELDS]);
  for (const c of f.completed) line(["completed", ...COMPLETED_FIELDS.map((k) => c[k])]);
  line(["indicators", "code", "level", "status", "countsFor", ...columns]);
  return row;
}

/** The hidden data sheet of a report with these figures. */
export function dataSheet(ctx: ReportContext, f: ReportFigures, indicatorOrder: readonly string[]): SheetSpec {
  const b = new SheetBuilder(
    ctx.names.data,
    "data",
    formatReportMarker({ report: "data", period: f.period.code, programme: f.programme.id }),
  );
  const columns = valueColumns(f, indicatorOrder);
  const first = headRecords(b, f, columns);
  const units = f.units;
  b.rows({
    first,
    count: units.length,
    row: (i) => {
      const u = units[i];
      if (!u) return [];
      const cells: RowCell[] = [
        { value: "unit", style: "code" },
        { value: u.code, style: "code" },
        { value: u.level, style: "code" },
        { value: u.status, style: "code" },
        { value: u.countsFor.join(","), style: "code" },
      ];
      columns.forEach((c, j) => {
        const v = u.values[c];
        // A unit without a value leaves a hole: the writers skip it, so the cell stays empty.
        if (v !== undefined) cells[UNIT_VALUE_COL + j] = { value: v };
      });
      return cells;
    },
  });
  const sheet = b.build({
    columns: [12, 12, 8, 10, 16, ...columns.map(() => 10)].map((width) => ({ width })),
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", footerVi: "Trang &P/&N" },
    protect: false,
  });
  return { ...sheet, visibility: "hidden" };
}
