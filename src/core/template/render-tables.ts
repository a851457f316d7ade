/** The indicators and tasks sheets of a unit's template. */
import { toA1 } from "../a1";
import { formatDateVi, type Period } from "../programme/period";
import type { Indicator, Programme, Target, Unit } from "../programme/schema";
import { indicatorsForLevel, targetFor, type UnitTask } from "../programme/units";
import { columnIndex, SheetBuilder } from "./builder";
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  INDICATOR_COLUMNS,
  ROLE_LABELS_VI,
  STATUS_MET,
  STATUS_MISSED,
  TASK_COLUMNS,
  TASK_STATUSES,
  TARGET_COLUMNS,
  YES_VI,
  NO_VI,
  type Marker,
} from "./layout";
import { sheetRef, type SheetSpec, type StyleName } from "./spec";

const IND = (key: string): number => columnIndex(INDICATOR_COLUMNS, key);
const TSK = (key: string): number => columnIndex(TASK_COLUMNS, key);
const RED = "FFC7CE";
const RED_TEXT = "9C0006";
const GREEN = "C6EFCE";
const GREEN_TEXT = "006100";
const YELLOW = "FFEB9C";

export const SOURCE_LABELS_VI: Readonly<Record<Target["source"], string>> = {
  seed: "QĐ 4020/QĐ-UBND",
  nq76: "Theo NQ 76/NQ-CP, chưa đối chiếu QĐ 4020",
  qd942: "Theo QĐ 942/QĐ-TTg",
  province: "Chương trình CCHC của tỉnh (theo báo chí), chưa đối chiếu văn bản QĐ 4020",
  draft: "Dự thảo (tham khảo)",
  unverified: "Chưa xác minh (tham khảo)",
};

/**
 * A target's source in words. A draft or unverified target an official confirmed in the
 * workbook binds: it is no longer "tham khảo".
 */
export function targetSourceVi(target: Target): string {
  const reference = target.source === "draft" || target.source === "unverified";
  return target.confirmed && reference
    ? `${SOURCE_LABELS_VI[target.source].replace(" (tham khảo)", "")}, đã được xác nhận`
    : SOURCE_LABELS_VI[target.source];
}

interface TableContext {
  readonly programme: Programme;
  readonly unit: Unit;
  readonly period: Period;
  readonly marker: Omit<Marker, "role">;
  readonly names: { readonly indicators: string; readonly tasks: string; readonly targets: string };
  readonly subtitle: string;
}

function titleRows(b: SheetBuilder, lastCol: number, title: string, subtitle: string): void {
  b.merge(1, 0, lastCol, title, "title");
  b.merge(2, 0, lastCol, subtitle, "subtitle");
}

const EXCEL_OPS: Readonly<Record<Target["comparator"], string>> = { ">=": ">=", ">": ">", "<=": "<=", "<": "<", "=": "=" };

function entryStyle(ind: Indicator): StyleName {
  if (ind.kind === "count") return "entryCount";
  if (ind.kind === "percent") return "entryPercent";
  if (ind.kind === "yesno") return "entryChoice";
  return "entryText";
}

/** Row of every target in the targets sheet, which lists the programme's targets in order. */
export function targetRow(programme: Programme, targetId: string): number {
  return FIRST_DATA_ROW + programme.targets.findIndex((t) => t.id === targetId);
}

function indicatorRow(b: SheetBuilder, ctx: TableContext, ind: Indicator, row: number, rowOf: Map<string, number>, n: number): void {
  const value = IND("value");
  b.value(row, IND("stt"), n, "ordinal");
  b.value(row, IND("code"), ind.code, "code");
  b.value(row, IND("name"), ind.nameVi, "label");
  b.value(row, IND("unit"), ind.unitVi, "text");
  if (ind.kind === "rate" && ind.parts) {
    const num = toA1(rowOf.get(ind.parts.numerator) ?? row, value);
    const den = toA1(rowOf.get(ind.parts.denominator) ?? row, value);
    b.formula(row, value, `=IF(N(${den})=0,"",N(${num})/N(${den}))`, "computedPercent");
  } else {
    b.entry(row, value, entryStyle(ind));
  }
  const target = targetFor(ctx.programme, ind.code, ctx.unit.level, ctx.period.year);
  if (target && ind.kind !== "text" && ind.kind !== "yesno") {
    const ref = sheetRef(ctx.names.targets, toA1(targetRow(ctx.programme, target.id), columnIndex(TARGET_COLUMNS, "value")));
    const percent = ind.kind === "rate" || ind.kind === "percent";
    b.formula(row, IND("target"), `=${ref}`, percent ? "targetPercent" : "targetNumber");
    const v = toA1(row, value);
    const t = toA1(row, IND("target"));
    const op = EXCEL_OPS[target.comparator];
    b.formula(row, IND("status"), `=IF(OR(${v}="",${t}=""),"",IF(${v}${op}${t},"${STATUS_MET}","${STATUS_MISSED}"))`, "status");
    b.value(row, IND("source"), `${target.id}: ${targetSourceVi(target)}`, "note");
  } else {
    b.value(row, IND("target"), "", "text");
    b.value(row, IND("status"), "", "status");
    b.value(row, IND("source"), "", "note");
  }
  b.entry(row, IND("explanation"), "entryText");
}

function indicatorValidation(b: SheetBuilder, ind: Indicator, row: number): void {
  const range = { row, col: IND("value"), lastRow: row, lastCol: IND("value") };
  if (ind.kind === "count")
    b.validations.push({
      range,
      rule: { kind: "whole", min: 0 },
      promptVi: "Nhập số nguyên ≥ 0",
      errorVi: "Số liệu phải là số nguyên không âm.",
    });
  if (ind.kind === "percent")
    b.validations.push({
      range,
      rule: { kind: "decimal", min: 0, max: 1 },
      promptVi: "Nhập tỷ lệ từ 0% đến 100%",
      errorVi: "Tỷ lệ phải trong khoảng 0% - 100%.",
    });
  if (ind.kind === "yesno")
    b.validations.push({
      range,
      rule: { kind: "list", items: [YES_VI, NO_VI] },
      promptVi: "Chọn Có hoặc Không",
      errorVi: "Chỉ chọn Có hoặc Không.",
    });
}

/** The indicators sheet: raw parts entered, rates by formula, target, status and explanation, by area. */
export function renderIndicatorsSheet(ctx: TableContext): SheetSpec {
  const b = new SheetBuilder(ctx.names.indicators, "indicators", ctx.marker);
  const last = INDICATOR_COLUMNS.length - 1;
  titleRows(b, last, "BIỂU SỐ LIỆU CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH", ctx.subtitle);
  b.headers(INDICATOR_COLUMNS, HEADER_ROW);
  const indicators = indicatorsForLevel(ctx.programme, ctx.unit.level);
  let row = FIRST_DATA_ROW;
  const rowOf = new Map<string, number>();
  const layout: { ind: Indicator; row: number }[] = [];
  for (const area of ctx.programme.areas) {
    const inArea = indicators.filter((i) => i.area === area.id);
    if (inArea.length === 0) continue;
    b.merge(row++, 0, last, `${area.id}. ${area.nameVi.toLocaleUpperCase("vi")}`, "area");
    for (const ind of inArea) {
      rowOf.set(ind.code, row);
      layout.push({ ind, row: row++ });
    }
  }
  layout.forEach(({ ind, row: r }, i) => {
    indicatorRow(b, ctx, ind, r, rowOf, i + 1);
    indicatorValidation(b, ind, r);
  });
  const lastRow = Math.max(row - 1, FIRST_DATA_ROW);
  const status = { row: FIRST_DATA_ROW, col: IND("status"), lastRow, lastCol: IND("status") };
  const s = toA1(FIRST_DATA_ROW, IND("status")).replace(/\d+$/, "");
  b.conditionals.push({ range: status, formula: `=${s}${FIRST_DATA_ROW + 1}="${STATUS_MISSED}"`, fill: RED, fontColor: RED_TEXT });
  b.conditionals.push({ range: status, formula: `=${s}${FIRST_DATA_ROW + 1}="${STATUS_MET}"`, fill: GREEN, fontColor: GREEN_TEXT });
  const expl = { row: FIRST_DATA_ROW, col: IND("explanation"), lastRow, lastCol: IND("explanation") };
  const e = toA1(FIRST_DATA_ROW, IND("explanation"));
  b.conditionals.push({
    range: expl,
    formula: `=AND($${s}${FIRST_DATA_ROW + 1}="${STATUS_MISSED}",LEN(TRIM(${e}))=0)`,
    fill: YELLOW,
    fontColor: RED_TEXT,
  });
  return b.build({
    columns: INDICATOR_COLUMNS.map((c) => ({ width: c.width })),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: { orientation: "landscape", titleRows: { first: HEADER_ROW, last: HEADER_ROW }, footerVi: "Trang &P/&N" },
    tabColor: "2F5597",
  });
}

function deadlineText(deadline: string): string {
  return deadline.length === 4 ? deadline : formatDateVi(deadline);
}

/** The tasks sheet: the unit's tasks as lead or cooperating unit, with status, completion date and evidence. */
export function renderTasksSheet(ctx: TableContext, tasks: readonly UnitTask[], unitNames: ReadonlyMap<string, string>): SheetSpec {
  const b = new SheetBuilder(ctx.names.tasks, "tasks", ctx.marker);
  const last = TASK_COLUMNS.length - 1;
  titleRows(b, last, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", ctx.subtitle);
  b.headers(TASK_COLUMNS, HEADER_ROW);
  let row = FIRST_DATA_ROW;
  let n = 0;
  for (const area of ctx.programme.areas) {
    const inArea = tasks.filter((t) => t.task.area === area.id);
    if (inArea.length === 0) continue;
    b.merge(row++, 0, last, `${area.id}. ${area.nameVi.toLocaleUpperCase("vi")}`, "area");
    for (const { task, role, leadCode } of inArea) {
      b.value(row, TSK("stt"), ++n, "ordinal");
      b.value(row, TSK("code"), task.code, "code");
      b.value(row, TSK("task"), task.draft ? `${task.textVi} (dự thảo)` : task.textVi, "label");
      b.value(row, TSK("role"), ROLE_LABELS_VI[role] ?? role, "text");
      b.value(row, TSK("lead"), unitNames.get(leadCode) ?? leadCode, "text");
      b.value(row, TSK("product"), task.product, "text");
      b.value(row, TSK("deadline"), deadlineText(task.deadline), "text");
      b.entry(row, TSK("status"), "entryChoice");
      b.entry(row, TSK("completed"), "entryDate");
      b.entry(row, TSK("evidence"), "entryText");
      b.entry(row, TSK("note"), "entryText");
      row++;
    }
  }
  const lastRow = Math.max(row - 1, FIRST_DATA_ROW);
  b.validations.push({
    range: { row: FIRST_DATA_ROW, col: TSK("status"), lastRow, lastCol: TSK("status") },
    rule: { kind: "list", items: TASK_STATUSES.map((s) => s.labels[0] ?? s.value) },
    promptVi: "Chọn tình trạng thực hiện",
    errorVi: "Chọn một tình trạng trong danh sách.",
  });
  b.validations.push({
    range: { row: FIRST_DATA_ROW, col: TSK("completed"), lastRow, lastCol: TSK("completed") },
    rule: { kind: "date", min: "2021-01-01" },
    promptVi: "Ngày hoàn thành, dạng dd/mm/yyyy",
    errorVi: "Nhập ngày hợp lệ (dd/mm/yyyy), từ năm 2021.",
  });
  return b.build({
    columns: TASK_COLUMNS.map((c) => ({ width: c.width })),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: { orientation: "landscape", titleRows: { first: HEADER_ROW, last: HEADER_ROW }, footerVi: "Trang &P/&N" },
    tabColor: "548235",
  });
}

export type { TableContext };
