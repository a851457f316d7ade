/**
 * The provenance sheet (every value with its unit, file, sheet and cell) and the summary by
 * area, whose totals are SUMIFS formulas over the provenance sheet (each written by its
 * indicator's aggregation kind, consolidate/aggregations.ts): any spreadsheet that recalculates
 * the report arrives at the same figures as the core, and each figure can be traced to the rows it sums.
 */
import { toA1 } from "../a1";
import { sourceFile } from "../check/sources";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import type { IndicatorTotal } from "../consolidate/aggregate";
import { aggregationOf, type ProvenanceRefs } from "../consolidate/aggregations";
import { LEVEL_LABELS_VI, STATUS_MET, STATUS_MISSED } from "../template/layout";
import { targetSourceVi } from "../template/render-tables";
import { sheetRef, type RowCell, type SheetSpec } from "../template/spec";
import { buildReportSheet, REPORT_HEADER_ROW, reportSheet, type ReportContext } from "./common";

const FIRST = REPORT_HEADER_ROW + 1;
/** Provenance columns: STT, indicator, unit, counts for, level, file, sheet, cell, value, counted. */
const PROV = { stt: 0, indicator: 1, unit: 2, countsFor: 3, level: 4, file: 5, sheet: 6, cell: 7, value: 8, counted: 9 } as const;

/**
 * The provenance sheet is read by people tracing a figure, and the summary's formulas select its
 * rows by the same words: a level as the report names it elsewhere ("Xã", not the data key "xa"),
 * and whether a value is counted as "Có"/"Không" rather than 1/0.
 */
const COUNTED = "Có";
const NOT_COUNTED = "Không";
const levelWords = (level: string | undefined): string => (level === undefined ? "" : (LEVEL_LABELS_VI[level] ?? level));

export function provenanceSheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const b = reportSheet(ctx, "provenance", 9, "PHỤ LỤC: NGUỒN CỦA TỪNG SỐ LIỆU", [
    "STT",
    "Mã chỉ tiêu",
    "Đơn vị báo cáo",
    "Tính cho đơn vị",
    "Cấp",
    "Tệp",
    "Trang tính",
    "Ô",
    "Giá trị",
    "Tính vào tổng",
  ]);
  const level = new Map(r.units.map((u) => [u.unit.code, u.unit.level]));
  // A row per contribution, produced as the writer asks for it: at national size there are
  // hundreds of thousands, too many to hold as cells.
  const contributions = r.contributions;
  b.rows({
    first: FIRST,
    count: contributions.length,
    row: (i) => {
      const c = contributions[i];
      if (!c) return [];
      const cells: RowCell[] = [];
      cells[PROV.stt] = { value: i + 1, style: "ordinal" };
      cells[PROV.indicator] = { value: c.indicator, style: "code" };
      cells[PROV.unit] = { value: c.unit, style: "code" };
      cells[PROV.countsFor] = { value: c.countsFor.join(", "), style: "code" };
      cells[PROV.level] = { value: levelWords(level.get(c.unit)), style: "text" };
      cells[PROV.file] = { value: sourceFile(c.source, "vi"), style: "label" };
      cells[PROV.sheet] = { value: c.sheet, style: "label" };
      cells[PROV.cell] = { value: c.cell, style: "code" };
      const value = typeof c.value === "boolean" ? (c.value ? 1 : 0) : c.value;
      cells[PROV.value] = { value, style: typeof c.value === "string" ? "label" : "number" };
      cells[PROV.counted] = { value: c.counted ? COUNTED : NOT_COUNTED, style: "text" };
      return cells;
    },
  });
  return buildReportSheet(b, [7, 10, 11, 12, 7, 46, 14, 7, 14, 10]);
}

/** SUMIFS and COUNTIFS over the provenance sheet's counted values of one indicator (and level). */
function provenanceRefs(ctx: ReportContext, level: string | undefined): ProvenanceRefs {
  const col = (c: number): string => {
    const letter = toA1(0, c).replace(/\d+$/, "");
    return sheetRef(ctx.names.provenance, `$${letter}:$${letter}`);
  };
  const levelCriterion = level ? `,${col(PROV.level)},"${levelWords(level)}"` : "";
  const criteria = (code: string): string => `${col(PROV.indicator)},"${code}",${col(PROV.counted)},"${COUNTED}"${levelCriterion}`;
  return { sum: (code) => `SUMIFS(${col(PROV.value)},${criteria(code)})`, count: (code) => `COUNTIFS(${criteria(code)})` };
}

/** The total's formula, as its aggregation kind writes it. */
function totalFormula(ctx: ReportContext, t: IndicatorTotal): string | undefined {
  return aggregationOf(t.indicator).formula(t.indicator, provenanceRefs(ctx, t.level), t);
}

const COLS = [
  "STT",
  "Mã",
  "Chỉ tiêu",
  "Cấp",
  "Đơn vị tính",
  "Toàn tỉnh",
  "Mục tiêu",
  "Đánh giá",
  "Số đơn vị có số liệu",
  "Số đơn vị thiếu số liệu",
  "Số đơn vị chưa đạt",
  "Nguồn mục tiêu",
];

/** Summary by area: indicator, province value, target, met or missed, units missing it or missing the target. */
export function summarySheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const b = reportSheet(ctx, "summary", COLS.length - 1, "PHỤ LỤC I: TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH", COLS);
  let row = FIRST;
  let n = 0;
  for (const area of r.bundle.programme.areas) {
    const totals = r.totals.filter((t) => t.indicator.area === area.id);
    if (totals.length === 0) continue;
    b.merge(row++, 0, COLS.length - 1, `${area.id}. ${area.nameVi.toLocaleUpperCase("vi")}`, "area");
    for (const t of totals) {
      const percent = t.indicator.kind === "rate" || t.indicator.kind === "percent";
      b.value(row, 0, ++n, "ordinal");
      b.value(row, 1, t.indicator.code, "code");
      b.value(row, 2, t.indicator.nameVi, "label");
      b.value(row, 3, t.level ? (LEVEL_LABELS_VI[t.level] ?? t.level) : "Chung", "text");
      b.value(row, 4, t.indicator.unitVi, "text");
      const formula = totalFormula(ctx, t);
      const result = t.value === undefined ? "" : percent ? t.value / 100 : t.value;
      if (formula) b.formula(row, 5, formula, percent ? "percent" : "number", result);
      else b.value(row, 5, "", "number");
      if (t.target) {
        b.value(row, 6, percent ? t.target.value / 100 : t.target.value, percent ? "targetPercent" : "targetNumber");
        const v = toA1(row, 5);
        const tg = toA1(row, 6);
        const status = t.met === undefined ? "" : t.met ? STATUS_MET : STATUS_MISSED;
        b.formula(
          row,
          7,
          `=IF(${v}="","",IF(${v}${t.target.comparator}${tg},"${STATUS_MET}","${STATUS_MISSED}"))`,
          t.met === false ? "missed" : t.met ? "met" : "status",
          status,
        );
        // The source in words, as the template gives it (a reader of the report has no key to "nq76").
        b.value(row, 11, `${t.target.id}: ${targetSourceVi(t.target)}`, "note");
      } else {
        for (const c of [6, 7, 11]) b.value(row, c, "", c === 11 ? "note" : "text");
      }
      b.value(row, 8, t.unitsReporting, "number");
      b.value(row, 9, t.unitsMissing.length, "number");
      b.value(row, 10, t.unitsMissed.length, "number");
      row++;
    }
  }
  return buildReportSheet(b, [6, 7, 48, 8, 10, 13, 10, 11, 11, 11, 11, 22]);
}
