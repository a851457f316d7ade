/**
 * The evaluation's trend data, one small table and one chart per area (task completion and the
 * area's targets year by year; the add-in draws the charts, a file keeps the tables), and the
 * list of the annual reports used, missing or refused.
 */
import { formatIssue } from "../check/messages";
import { isPercent } from "../compare/words";
import { levelLabelVi } from "../compare/sheets";
import { buildReportSheet, REPORT_HEADER_ROW } from "../report/common";
import type { ChartSpec, SheetSpec } from "../template/spec";
import { evaluationSheet, type EvaluationContext } from "./sheets";

/** Rows each chart takes (with a row between two), and its width in columns. */
const BLOCK_ROWS = 16;
const CHART_COLS = 8;

interface AreaTable {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (number | undefined)[])[];
}

/** One table per area: a row per year, a column for task completion and one per target of the area's rates. */
function areaTables(ctx: EvaluationContext): AreaTable[] {
  const e = ctx.evaluation;
  return ctx.bundle.programme.areas.map((area) => {
    const tasks = e.tasks.find((t) => t.area === area.id);
    const targets = e.targets.filter((t) => t.indicator.area === area.id && isPercent(t.indicator));
    return {
      title: `${area.id}. ${area.nameVi}`,
      headers: ["Năm", "Nhiệm vụ hoàn thành", ...targets.map((t) => `${t.indicator.code}${t.level ? ` (${levelLabelVi(t.level)})` : ""}`)],
      rows: e.years.map((_, i) => {
        const done = tasks?.years[i];
        return [
          done && done.total > 0 ? done.done / done.total : undefined,
          ...targets.map((t) => (t.values[i] === undefined ? undefined : (t.values[i] ?? 0) / 100)),
        ];
      }),
    };
  });
}

/** The trend tables, each with a column chart to the right of the widest. */
export function trendSheet(ctx: EvaluationContext): SheetSpec {
  const e = ctx.evaluation;
  const tables = areaTables(ctx);
  const widest = Math.max(2, ...tables.map((t) => t.headers.length));
  // The header spans the tables (what prints); the charts the add-in draws sit to their right.
  const b = evaluationSheet(ctx, "evaluation_charts", "BIỂU ĐỒ: XU HƯỚNG THỰC HIỆN THEO LĨNH VỰC", [], Math.max(4, widest - 1));
  const charts: ChartSpec[] = [];
  let row = REPORT_HEADER_ROW;
  for (const [n, t] of tables.entries()) {
    b.value(row, 0, t.title, "area");
    const head = row + 1;
    t.headers.forEach((h, c) => b.value(head, c, h, "header"));
    t.rows.forEach((values, i) => {
      // The year as text, so that a chart takes it for a label rather than a series.
      b.value(head + 1 + i, 0, String(e.years[i] ?? ""), "text");
      values.forEach((v, j) => b.value(head + 1 + i, 1 + j, v ?? "", v === undefined ? "text" : "percent"));
    });
    const last = head + e.years.length;
    // Tables follow one another (what a file prints); the charts, drawn by the add-in, stand in a column of their own.
    const top = REPORT_HEADER_ROW + n * BLOCK_ROWS;
    charts.push({
      kind: "column",
      titleVi: t.title,
      source: { row: head, col: 0, lastRow: last, lastCol: t.headers.length - 1 },
      anchor: { row: top, col: widest + 1, lastRow: top + BLOCK_ROWS - 2, lastCol: widest + CHART_COLS },
    });
    row = last + 2;
  }
  const sheet = buildReportSheet(b, [30, 22, ...Array.from({ length: widest - 2 }, () => 12)]);
  return { ...sheet, freeze: { rows: 0, cols: 0 }, charts };
}

/** The annual reports used, the years missing, the files refused. */
export function sourcesSheet(ctx: EvaluationContext): SheetSpec {
  const e = ctx.evaluation;
  const b = evaluationSheet(ctx, "evaluation_sources", "CÁC BÁO CÁO NĂM ĐÃ DÙNG ĐỂ ĐÁNH GIÁ", [
    "STT",
    "Năm",
    "Kỳ báo cáo",
    "Tệp",
    "Tình trạng",
  ]);
  let row = REPORT_HEADER_ROW + 1;
  e.years.forEach((y, i) => {
    const r = e.reports[i];
    [i + 1, String(y), r?.period ?? "", r?.label ?? "", r ? "Đã dùng" : "Thiếu báo cáo"].forEach((v, col) =>
      b.value(row, col, v, col === 4 && !r ? "missed" : col === 3 ? "label" : "text"),
    );
    row++;
  });
  for (const i of e.issues.filter((x) => x.code !== "evaluation_year_missing")) {
    b.merge(++row, 0, 4, `Không dùng tệp ${i.location.file ?? ""}: ${formatIssue(i, "vi")}`, "note");
  }
  return buildReportSheet(b, [6, 8, 12, 40, 30]);
}
