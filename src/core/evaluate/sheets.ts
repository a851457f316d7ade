/**
 * The evaluation workbook's tables in the official layout of a báo cáo tổng kết: the targets
 * year by year with the end year judged (a formula any spreadsheet recalculates), the units'
 * targets met year by year, task completion by area.
 */
import { toA1 } from "../a1";
import { isPercent } from "../compare/words";
import { levelLabelVi } from "../compare/sheets";
import { buildReportSheet, officialHeader, REPORT_HEADER_ROW } from "../report/common";
import { SheetBuilder } from "../template/builder";
import { STATUS_MET, STATUS_MISSED } from "../template/layout";
import type { EvaluationRole, SheetSpec } from "../template/spec";
import { findUnit } from "../programme/units";
import type { ProgrammeBundle } from "../programme/schema";
import type { Evaluation, TargetStatus } from "./evaluate";

const FIRST = REPORT_HEADER_ROW + 1;
export const NO_DATA_VI = "Không đủ số liệu";
export const STATUS_VI: Readonly<Record<TargetStatus, string>> = { met: STATUS_MET, missed: STATUS_MISSED, no_data: NO_DATA_VI };
const COMPARATOR_VI: Readonly<Record<string, string>> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

export const EVALUATION_SHEET_NAMES: Readonly<Record<EvaluationRole, string>> = {
  evaluation_targets: "Kết quả mục tiêu",
  evaluation_units: "Mục tiêu theo đơn vị",
  evaluation_tasks: "Nhiệm vụ theo lĩnh vực",
  evaluation_charts: "Biểu đồ xu hướng",
  evaluation_sources: "Báo cáo năm đã dùng",
};

export const EVALUATION_MARKER_PREFIX = "cchc-report:v1;evaluation=";

export interface EvaluationContext {
  readonly evaluation: Evaluation;
  readonly bundle: ProgrammeBundle;
  readonly province: string;
}

/** A sheet of the evaluation with its marker, the official header and the table's header row. */
export function evaluationSheet(
  ctx: EvaluationContext,
  role: EvaluationRole,
  title: string,
  headers: readonly string[],
  lastCol = headers.length - 1,
): SheetBuilder {
  const p = ctx.evaluation.programme;
  const b = new SheetBuilder(EVALUATION_SHEET_NAMES[role], role, `${EVALUATION_MARKER_PREFIX}${role};programme=${p.id}`);
  const d = ctx.bundle.programme.decision;
  const missing = ctx.evaluation.missing.length ? `; thiếu báo cáo năm ${ctx.evaluation.missing.join(", ")}` : "";
  const subtitle = `Chương trình cải cách hành chính giai đoạn ${p.startYear}-${p.endYear} (Quyết định số ${d.number}); số liệu từ các báo cáo năm${missing}`;
  officialHeader(b, ctx.province, lastCol, title, subtitle);
  headers.forEach((h, i) => b.value(REPORT_HEADER_ROW, i, h, "header"));
  return b;
}

/** Each target: its value each year, the end year's against it (a formula), its source and whether it binds. */
export function targetsSheet(ctx: EvaluationContext): SheetSpec {
  const e = ctx.evaluation;
  const last = e.years[e.years.length - 1] ?? e.programme.endYear;
  const headers = [
    "STT",
    "Mã mục tiêu",
    "Chỉ tiêu",
    "Cấp",
    "Yêu cầu",
    "Mục tiêu",
    ...e.years.map(String),
    `Đánh giá năm ${last}`,
    "Nguồn",
    "Bắt buộc",
  ];
  const b = evaluationSheet(
    ctx,
    "evaluation_targets",
    `PHỤ LỤC I: KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA CHƯƠNG TRÌNH GIAI ĐOẠN ${e.programme.startYear}-${e.programme.endYear}`,
    headers,
  );
  const statusCol = 6 + e.years.length;
  e.targets.forEach((t, i) => {
    const row = FIRST + i;
    const percent = isPercent(t.indicator);
    [
      i + 1,
      t.target.id,
      `${t.indicator.code} ${t.indicator.nameVi}`,
      levelLabelVi(t.level),
      COMPARATOR_VI[t.target.comparator] ?? t.target.comparator,
    ].forEach((v, col) => b.value(row, col, v, col === 2 ? "label" : col === 1 ? "code" : "text"));
    b.value(row, 5, percent ? t.target.value / 100 : t.target.value, percent ? "targetPercent" : "targetNumber");
    t.values.forEach((v, j) =>
      b.value(row, 6 + j, v === undefined ? "" : percent ? v / 100 : v, v === undefined ? "text" : percent ? "percent" : "number"),
    );
    const [final, target] = [toA1(row, statusCol - 1), toA1(row, 5)];
    const formula = `=IF(${final}="","${NO_DATA_VI}",IF(${final}${t.target.comparator}${target},"${STATUS_MET}","${STATUS_MISSED}"))`;
    b.formula(row, statusCol, formula, t.status === "met" ? "met" : t.status === "missed" ? "missed" : "status", STATUS_VI[t.status]);
    // "tham khảo" only where the target does not bind (an nq76 target binds without being confirmed).
    b.value(row, statusCol + 1, `${t.target.citation.label}${t.binding ? "" : " (tham khảo)"}`, "note");
    b.value(row, statusCol + 2, t.binding ? "Có" : "Không", "text");
  });
  return buildReportSheet(b, [6, 12, 46, 8, 8, 9, ...e.years.map(() => 10), 14, 30, 9]);
}

/** Each unit (its predecessors' work counted in its own): targets of its level met each year. */
export function unitsSheet(ctx: EvaluationContext): SheetSpec {
  const e = ctx.evaluation;
  const headers = ["STT", "Mã", "Đơn vị", "Cấp", "Gồm cả đơn vị", ...e.years.map((y) => `Năm ${y}`), "Số mục tiêu đánh giá"];
  const b = evaluationSheet(ctx, "evaluation_units", "PHỤ LỤC II: SỐ MỤC TIÊU ĐẠT CỦA CÁC ĐƠN VỊ QUA CÁC NĂM", headers);
  e.units.forEach((u, i) => {
    const row = FIRST + i;
    [i + 1, u.unit, findUnit(ctx.bundle.units, u.unit)?.nameVi ?? "", levelLabelVi(u.level), u.includes.join(", ")].forEach((v, col) =>
      b.value(row, col, v, col === 2 || col === 4 ? "label" : col === 1 ? "code" : "text"),
    );
    u.years.forEach((y, j) => b.value(row, 5 + j, y ? y.met : "", y ? "number" : "text"));
    const latest = [...u.years].reverse().find((y) => y !== undefined);
    b.value(row, 5 + e.years.length, latest ? latest.judged : "", latest ? "number" : "text");
  });
  const sheet = buildReportSheet(b, [6, 10, 34, 7, 20, ...e.years.map(() => 9), 12]);
  return { ...sheet, freeze: { rows: REPORT_HEADER_ROW + 1, cols: 3 } };
}

/** Task completion by area each year, and over the programme (the latest report's): done of task-unit pairs. */
export function tasksSheet(ctx: EvaluationContext): SheetSpec {
  const e = ctx.evaluation;
  const lastIndex = e.reports.map((r) => r !== undefined).lastIndexOf(true);
  const lastYear = e.years[lastIndex];
  const upTo = lastYear === undefined ? "" : ` (đến năm ${lastYear})`;
  const headers = ["STT", "Lĩnh vực", ...e.years.map((y) => `Năm ${y}`), `Tổng số lượt${upTo}`, "Đã hoàn thành", "Tỷ lệ hoàn thành"];
  const b = evaluationSheet(ctx, "evaluation_tasks", "PHỤ LỤC III: TỶ LỆ HOÀN THÀNH NHIỆM VỤ CỦA CHƯƠNG TRÌNH THEO LĨNH VỰC", headers);
  const totalCol = 2 + e.years.length;
  e.tasks.forEach((a, i) => {
    const row = FIRST + i;
    b.value(row, 0, a.area, "text");
    b.value(row, 1, ctx.bundle.programme.areas.find((x) => x.id === a.area)?.nameVi ?? String(a.area), "label");
    a.years.forEach((y, j) => b.value(row, 2 + j, y && y.total > 0 ? y.done / y.total : "", y && y.total > 0 ? "percent" : "text"));
    const final = lastIndex >= 0 ? a.years[lastIndex] : undefined;
    b.value(row, totalCol, final ? final.total : "", final ? "number" : "text");
    b.value(row, totalCol + 1, final ? final.done : "", final ? "number" : "text");
    const [total, done] = [toA1(row, totalCol), toA1(row, totalCol + 1)];
    const rate = final && final.total > 0 ? final.done / final.total : "";
    b.formula(row, totalCol + 2, `=IF(N(${total})=0,"",${done}/${total})`, "percent", rate);
  });
  return buildReportSheet(b, [6, 44, ...e.years.map(() => 10), 14, 12, 12]);
}
