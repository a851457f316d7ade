/**
 * The data behind the report's charts (task completion by area, the programme's chosen rate
 * by unit) as small tables; the add-in draws the charts over them, a file keeps the tables.
 */
import type { ConsolidatedReport } from "../consolidate/consolidate";
import type { SheetSpec } from "../template/spec";
import { buildReportSheet, REPORT_HEADER_ROW, reportSheet, type ReportContext } from "./common";

const FIRST = REPORT_HEADER_ROW + 1;

export function chartsSheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const code = r.bundle.programme.report?.unitChartIndicator;
  const indicator = r.bundle.programme.indicators.find((i) => i.code === code);
  const b = reportSheet(ctx, "charts", 4, "BIỂU ĐỒ", ["Lĩnh vực", "Tỷ lệ nhiệm vụ hoàn thành", "", "Đơn vị", indicator?.nameVi ?? ""]);
  const areas = r.tasks.byArea.filter((a) => a.total > 0);
  areas.forEach((a, i) => {
    const done = a.byStatus.done_on_time + a.byStatus.done_late;
    b.value(FIRST + i, 0, r.bundle.programme.areas.find((x) => x.id === a.area)?.nameVi ?? String(a.area), "label");
    b.value(FIRST + i, 1, done / a.total, "percent");
  });
  const units = indicator ? r.units.filter((u) => u.values.has(indicator.code)).sort((x, y) => x.unit.code.localeCompare(y.unit.code)) : [];
  units.forEach((u, i) => {
    b.value(FIRST + i, 3, u.unit.nameVi, "label");
    b.value(FIRST + i, 4, (u.values.get(indicator?.code ?? "") ?? 0) / 100, "percent");
  });
  const sheet = buildReportSheet(b, [34, 16, 3, 34, 16]);
  const charts: SheetSpec["charts"] = [
    ...(areas.length
      ? [
          {
            kind: "column" as const,
            titleVi: "Tỷ lệ nhiệm vụ hoàn thành theo lĩnh vực",
            source: { row: REPORT_HEADER_ROW, col: 0, lastRow: REPORT_HEADER_ROW + areas.length, lastCol: 1 },
            anchor: { row: FIRST, col: 6, lastRow: FIRST + 18, lastCol: 14 },
          },
        ]
      : []),
    ...(units.length && indicator
      ? [
          {
            kind: "bar" as const,
            titleVi: `${indicator.nameVi} theo đơn vị`,
            source: { row: REPORT_HEADER_ROW, col: 3, lastRow: REPORT_HEADER_ROW + units.length, lastCol: 4 },
            anchor: { row: FIRST + 20, col: 6, lastRow: FIRST + 20 + Math.max(18, Math.ceil(units.length * 0.8)), lastCol: 14 },
          },
        ]
      : []),
  ];
  return { ...sheet, charts };
}
