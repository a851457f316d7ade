/**
 * What the consolidated report shows across periods: its hidden data sheet (always, so the
 * file alone is enough to compare a later period with it), and when given, the comparison
 * (columns added to "Tổng hợp", the "So sánh" sheets) and the annual completion (a note under
 * "Tổng hợp" saying where the figures came from and what no report covers).
 */
import { toA1 } from "../a1";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { reportFigures } from "../figures/build";
import { dataSheet } from "../figures/sheet";
import { formatDateVi } from "../programme/period";
import { REPORT_HEADER_ROW, type ReportContext } from "../report/common";
import type { CellSpec, Rect, SheetSpec } from "../template/spec";
import type { Comparison, TotalComparison } from "./compare";
import type { Completion } from "./complete";
import { comparisonSheet, comparisonUnitsSheet, levelLabelVi } from "./sheets";
import { changeStyle, changesNoteVi, compared, figureCell, isPercent, ROLE_SHORT_VI, shownChange } from "./words";

export interface AcrossPeriods {
  readonly comparison?: Comparison;
  readonly completion?: Completion;
}

/** The header of the summary's column of province figures. */
const TOTAL_HEADER = "Toàn tỉnh";

function lastColOf(sheet: SheetSpec): number {
  return sheet.cells.filter((c) => c.row === REPORT_HEADER_ROW).reduce((m, c) => Math.max(m, c.col), 0);
}

/** Merges that span the table's width (header, title, area rows) are widened to the new last column. */
function widened(merges: readonly Rect[], oldLast: number, newLast: number): Rect[] {
  return merges.map((m) => (m.lastCol === oldLast ? { ...m, lastCol: newLast } : m));
}

/** The summary's rows by indicator code and level label, as the summary sheet lays them out. */
function rowsByFigure(sheet: SheetSpec): Map<string, number> {
  const code = new Map<number, string>();
  const level = new Map<number, string>();
  for (const c of sheet.cells)
    if (c.row > REPORT_HEADER_ROW && typeof c.value === "string") {
      if (c.col === 1) code.set(c.row, c.value);
      if (c.col === 3) level.set(c.row, c.value);
    }
  return new Map([...code].map(([row, k]) => [`${k}\u0000${level.get(row) ?? ""}`, row]));
}

function summaryCells(t: TotalComparison, c: Comparison, row: number, first: number, totalCol: number): CellSpec[] {
  const out: CellSpec[] = [];
  const percent = isPercent(t.indicator);
  c.reports.forEach((r, k) => {
    const ch = t.changes[r.role];
    const col = first + 2 * k;
    out.push({ row, col, ...figureCell(percent, ch?.other) });
    const value = ch && compared(ch) ? shownChange(t.indicator, ch) : undefined;
    const [now, then] = [toA1(row, totalCol), toA1(row, col)];
    const formula = percent ? `=(${now}-${then})*100` : `=(${now}-${then})/ABS(${then})`;
    out.push(
      value === undefined
        ? { row, col: col + 1, value: "", style: "text" }
        : { row, col: col + 1, formula, result: value, style: changeStyle(t.indicator) },
    );
  });
  out.push({ row, col: first + 2 * c.reports.length, value: changesNoteVi(t.changes), style: "note" });
  return out;
}

/** "Tổng hợp" with the earlier figures and the changes in columns of its own, right of the table. */
export function withComparisonColumns(sheet: SheetSpec, c: Comparison): SheetSpec {
  const oldLast = lastColOf(sheet);
  const first = oldLast + 1;
  const totalCol = sheet.cells.find((x) => x.row === REPORT_HEADER_ROW && x.value === TOTAL_HEADER)?.col ?? 5;
  const headers = [
    ...c.reports.flatMap((r) => [`${ROLE_SHORT_VI[r.role]} (${r.period})`, `So với ${ROLE_SHORT_VI[r.role].toLocaleLowerCase("vi")}`]),
    "Ghi chú so sánh",
  ];
  const rows = rowsByFigure(sheet);
  const cells: CellSpec[] = headers.map((h, i) => ({ row: REPORT_HEADER_ROW, col: first + i, value: h, style: "header" }));
  for (const t of c.totals) {
    const row = rows.get(`${t.indicator.code}\u0000${levelLabelVi(t.level)}`);
    if (row !== undefined) cells.push(...summaryCells(t, c, row, first, totalCol));
  }
  const newLast = first + headers.length - 1;
  return {
    ...sheet,
    cells: [...sheet.cells, ...cells],
    merges: widened(sheet.merges, oldLast, newLast),
    columns: [...sheet.columns, ...c.reports.flatMap(() => [{ width: 12 }, { width: 13 }]), { width: 36 }],
  };
}

/** The lines under "Tổng hợp" saying which figures an earlier report gave and what no report covers (one sentence a line: rows keep one line's height). */
export function completionLinesVi(k: Completion): string[] {
  if (k.units.length === 0) return [];
  const codes = k.units.map((u) => u.unit).join(", ");
  return [
    `Số liệu cộng dồn của ${codes} (kết thúc trong kỳ, không có đơn vị kế thừa) lấy từ báo cáo tổng hợp kỳ ${k.source.period} (${k.source.label}), số liệu đến ngày ${formatDateVi(k.source.windowEnd)}.`,
    `Các chỉ tiêu thời điểm của các đơn vị này không lấy; nguồn của từng số liệu ở trang "Nguồn số liệu".`,
    ...k.gaps.map(
      (g) => `Chưa có số liệu của ${g.units.join(", ")} từ ngày ${formatDateVi(g.from)} đến ngày ${formatDateVi(g.to)} trong báo cáo nào.`,
    ),
  ];
}

function withNote(sheet: SheetSpec, lines: readonly string[]): SheetSpec {
  const last = sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const lastCol = lastColOf(sheet);
  const cells: CellSpec[] = lines.map((text, i) => ({ row: last + 2 + i, col: 0, value: text, style: "note" }));
  const merges = lines.map((_, i) => ({ row: last + 2 + i, col: 0, lastRow: last + 2 + i, lastCol }));
  return { ...sheet, cells: [...sheet.cells, ...cells], merges: [...sheet.merges, ...merges] };
}

/** The report's sheets with the data sheet last, and the comparison and completion where given. */
export function withAcrossPeriods(
  ctx: ReportContext,
  r: ConsolidatedReport,
  sheets: readonly SheetSpec[],
  across: AcrossPeriods = {},
): SheetSpec[] {
  const { comparison, completion } = across;
  const figures = reportFigures(r, completion?.completed ?? []);
  const order = r.bundle.programme.indicators.map((i) => i.code);
  const summary = (s: SheetSpec): SheetSpec => {
    const compared = comparison ? withComparisonColumns(s, comparison) : s;
    return completion ? withNote(compared, completionLinesVi(completion)) : compared;
  };
  const out = sheets.flatMap((s) =>
    s.role !== "summary"
      ? [s]
      : [summary(s), ...(comparison ? [comparisonSheet(ctx, comparison, r.bundle), comparisonUnitsSheet(ctx, comparison, r.bundle)] : [])],
  );
  return [...out, dataSheet(ctx, figures, order)];
}
