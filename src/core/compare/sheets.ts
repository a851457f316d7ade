/**
 * The report's comparison sheets: "So sánh" (each province figure against the previous period
 * and the same period last year, the changes as formulas over the figures) and "So sánh theo
 * đơn vị" (each unit's key figures, followed through successors).
 */
import { toA1 } from "../a1";
import { formatIssue } from "../check/messages";
import { findUnit } from "../programme/units";
import type { ProgrammeBundle } from "../programme/schema";
import { buildReportSheet, REPORT_HEADER_ROW, reportSheet, type ReportContext } from "../report/common";
import { LEVEL_LABELS_VI } from "../template/layout";
import type { SheetBuilder } from "../template/builder";
import type { RowCell, SheetSpec } from "../template/spec";
import type { FigureChange } from "./changes";
import type { Comparison, ComparedReport } from "./compare";
import { changesNoteVi, compared, figureCell, isPercent, ROLE_LABELS_VI, ROLE_SHORT_VI } from "./words";

const FIRST = REPORT_HEADER_ROW + 1;
/** Columns before the compared figures: STT, code, name, level, unit of measure, this period. */
const CURRENT_COL = 5;

export const levelLabelVi = (level: string | null): string => (level ? (LEVEL_LABELS_VI[level] ?? level) : "Chung");

function comparedWith(reports: readonly ComparedReport[]): string {
  return reports.length
    ? `So với: ${reports.map((r) => `${ROLE_LABELS_VI[r.role].toLocaleLowerCase("vi")} ${r.period} (${r.label})`).join("; ")}`
    : "Không có báo cáo kỳ trước hay cùng kỳ năm trước để so sánh";
}

function refusedLines(b: SheetBuilder, row: number, c: Comparison, lastCol: number): void {
  c.refused.forEach((i, n) => b.merge(row + 1 + n, 0, lastCol, `Không dùng tệp ${i.location.file ?? ""}: ${formatIssue(i, "vi")}`, "note"));
}

/** One compared figure's three cells: the earlier figure, the change, the change in percent (formulas over the row). */
function changeCells(b: SheetBuilder, row: number, col: number, percent: boolean, c: FigureChange | undefined): void {
  const earlier = figureCell(percent, c?.other);
  b.value(row, col, earlier.value, earlier.style);
  if (!compared(c)) {
    b.value(row, col + 1, "", "text");
    b.value(row, col + 2, "", "text");
    return;
  }
  const [now, then] = [toA1(row, CURRENT_COL), toA1(row, col)];
  b.formula(row, col + 1, percent ? `=(${now}-${then})*100` : `=${now}-${then}`, percent ? "changePoints" : "changeCount", c.change);
  if (c.percent === undefined) b.value(row, col + 2, "", "text");
  else b.formula(row, col + 2, `=IF(${then}=0,"",(${now}-${then})/ABS(${then}))`, "changePercent", c.percent / 100);
}

/** "So sánh": the province's figures against the earlier reports, by area. */
export function comparisonSheet(ctx: ReportContext, c: Comparison, bundle: ProgrammeBundle): SheetSpec {
  const roles = c.reports;
  const headers = [
    "STT",
    "Mã",
    "Chỉ tiêu",
    "Cấp",
    "Đơn vị tính",
    `Kỳ này (${c.period})`,
    ...roles.flatMap((r) => [`${ROLE_SHORT_VI[r.role]} (${r.period})`, "Tăng/giảm", "Tăng/giảm (%)"]),
    "Ghi chú",
  ];
  const lastCol = headers.length - 1;
  const b = reportSheet(ctx, "comparison", lastCol, "SO SÁNH KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỚI KỲ TRƯỚC VÀ CÙNG KỲ NĂM TRƯỚC", headers);
  b.merge(5, 0, lastCol, comparedWith(roles), "subtitle");
  let row = FIRST;
  let n = 0;
  for (const area of bundle.programme.areas) {
    const totals = c.totals.filter((t) => t.indicator.area === area.id);
    if (totals.length === 0) continue;
    b.merge(row++, 0, lastCol, `${area.id}. ${area.nameVi.toLocaleUpperCase("vi")}`, "area");
    for (const t of totals) {
      const current = figureCell(isPercent(t.indicator), t.current);
      [++n, t.indicator.code, t.indicator.nameVi, levelLabelVi(t.level), t.indicator.unitVi].forEach((v, col) =>
        b.value(row, col, v, col === 2 ? "label" : col === 1 ? "code" : "text"),
      );
      b.value(row, CURRENT_COL, current.value, current.style);
      roles.forEach((r, k) => changeCells(b, row, CURRENT_COL + 1 + 3 * k, isPercent(t.indicator), t.changes[r.role]));
      b.value(row, lastCol, changesNoteVi(t.changes), "note");
      row++;
    }
  }
  refusedLines(b, row, c, lastCol);
  return buildReportSheet(b, [6, 7, 44, 8, 10, 12, ...roles.flatMap(() => [12, 13, 11]), 40]);
}

/** "So sánh theo đơn vị": each unit's key figures against the earlier reports (one row per unit and indicator). */
export function comparisonUnitsSheet(ctx: ReportContext, c: Comparison, bundle: ProgrammeBundle): SheetSpec {
  const roles = c.reports;
  const headers = [
    "STT",
    "Mã",
    "Đơn vị",
    "Cấp",
    "Chỉ tiêu",
    `Kỳ này (${c.period})`,
    ...roles.flatMap((r) => [`${ROLE_SHORT_VI[r.role]} (${r.period})`, "Tăng/giảm"]),
    "Ghi chú",
  ];
  const lastCol = headers.length - 1;
  const b = reportSheet(ctx, "comparison_units", lastCol, "SO SÁNH CÁC CHỈ TIÊU CÓ MỤC TIÊU THEO ĐƠN VỊ", headers);
  b.merge(5, 0, lastCol, comparedWith(roles), "subtitle");
  const units = c.units;
  b.rows({
    first: FIRST,
    count: units.length,
    row: (i) => {
      const u = units[i];
      if (!u) return [];
      const cells: RowCell[] = [
        { value: i + 1, style: "text" },
        { value: u.unit, style: "code" },
        { value: findUnit(bundle.units, u.unit)?.nameVi ?? "", style: "label" },
        { value: levelLabelVi(u.level), style: "text" },
        { value: u.indicator.code, style: "code" },
        figureCell(isPercent(u.indicator), u.current),
      ];
      for (const r of roles) {
        const ch = u.changes[r.role];
        const percent = isPercent(u.indicator);
        cells.push(figureCell(percent, ch?.other));
        cells.push(
          compared(ch) ? { value: ch.change ?? 0, style: percent ? "changePoints" : "changeCount" } : { value: "", style: "text" },
        );
      }
      cells.push({ value: changesNoteVi(u.changes), style: "note" });
      return cells;
    },
  });
  const sheet = buildReportSheet(b, [6, 8, 30, 7, 9, 12, ...roles.flatMap(() => [12, 13]), 40]);
  return { ...sheet, freeze: { rows: REPORT_HEADER_ROW + 1, cols: 3 } };
}
