/** A unit's template for one period, as a declarative WorkbookSpec. */
import { formatDateVi, periodLabelVi, type Period } from "../programme/period";
import type { ProgrammeBundle, Unit } from "../programme/schema";
import { tasksForUnit } from "../programme/units";
import { columnIndex, SheetBuilder } from "./builder";
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  INFO_FIELDS,
  INFO_FIRST_ROW,
  LEVEL_LABELS_VI,
  NO_VI,
  SHEET_NAMES,
  TARGET_COLUMNS,
  YES_VI,
  type InfoKey,
  type Marker,
} from "./layout";
import { renderIndicatorsSheet, renderTasksSheet, SOURCE_LABELS_VI, type TableContext } from "./render-tables";
import type { SheetRole, SheetSpec, WorkbookSpec } from "./spec";
import { fitRows } from "./heights";
import { TEMPLATE_FONT, TEMPLATE_STYLES, VALIDATION_TITLE_VI } from "./styles";

export interface RenderOptions {
  /** Sheet names to use instead of the defaults (the add-in suffixes them per unit). */
  readonly sheetNames?: Readonly<Record<SheetRole, string>>;
}

function infoValues(unit: Unit, period: Period): Partial<Record<InfoKey, string>> {
  return {
    unit_name: unit.nameVi,
    unit_code: unit.code,
    period: `${period.code} (${periodLabelVi(period)})`,
    window: `${formatDateVi(period.windowStart)} - ${formatDateVi(period.windowEnd)}`,
    due: formatDateVi(period.due),
  };
}

const GUIDE_VI = [
  "Hướng dẫn:",
  "1. Chỉ nhập vào các ô nền vàng nhạt; các ô khác được khóa để giữ cấu trúc biểu mẫu.",
  "2. Số liệu nhập dạng số nguyên (không nhập chữ, không nhập đơn vị). Tỷ lệ được tính tự động từ các số liệu thành phần.",
  "3. Chỉ tiêu chưa đạt mục tiêu phải có giải trình. Nhiệm vụ đã hoàn thành phải có ngày hoàn thành và văn bản minh chứng.",
  "4. Ngày nhập theo dạng dd/mm/yyyy. Không đổi tên, không xóa các cột và dòng của biểu mẫu.",
];

function renderInfoSheet(name: string, marker: Omit<Marker, "role">, unit: Unit, period: Period, title: string): SheetSpec {
  const b = new SheetBuilder(name, "info", marker);
  b.merge(1, 1, 2, "BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "title");
  b.merge(2, 1, 2, title, "subtitle");
  const values = infoValues(unit, period);
  INFO_FIELDS.forEach((f, i) => {
    const row = INFO_FIRST_ROW + i;
    b.value(row, 0, f.key, "marker");
    b.value(row, 1, f.required && f.entry ? `${f.labelVi} (*)` : f.labelVi, "label");
    if (f.entry) {
      b.entry(row, 2, f.kind === "date" ? "entryDate" : "entryText");
      if (f.kind === "date")
        b.validations.push({
          range: { row, col: 2, lastRow: row, lastCol: 2 },
          rule: { kind: "date", min: "2021-01-01" },
          promptVi: "Ngày dạng dd/mm/yyyy",
          errorVi: "Nhập ngày hợp lệ (dd/mm/yyyy).",
        });
    } else b.value(row, 2, values[f.key] ?? "", "text");
  });
  // Across the label and value columns, so that each line of the guide has room.
  GUIDE_VI.forEach((line, i) => b.merge(INFO_FIRST_ROW + INFO_FIELDS.length + 1 + i, 1, 2, line, "note"));
  return b.build({
    columns: [{ width: 4, hidden: true }, { width: 30 }, { width: 60 }],
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "portrait", footerVi: "Trang &P/&N" },
    tabColor: "C00000",
  });
}

function renderTargetsSheet(name: string, marker: Omit<Marker, "role">, bundle: ProgrammeBundle, subtitle: string): SheetSpec {
  const b = new SheetBuilder(name, "targets", marker);
  const { programme } = bundle;
  const C = (key: string): number => columnIndex(TARGET_COLUMNS, key);
  b.merge(1, 0, TARGET_COLUMNS.length - 1, "MỤC TIÊU CỦA CHƯƠNG TRÌNH VÀ NGUỒN", "title");
  b.merge(2, 0, TARGET_COLUMNS.length - 1, subtitle, "subtitle");
  b.headers(TARGET_COLUMNS, HEADER_ROW);
  const kinds = new Map(programme.indicators.map((i) => [i.code, i]));
  programme.targets.forEach((t, i) => {
    const row = FIRST_DATA_ROW + i;
    const ind = kinds.get(t.indicator);
    const percent = ind?.kind === "rate" || ind?.kind === "percent";
    b.value(row, C("stt"), i + 1, "ordinal");
    b.value(row, C("id"), t.id, "code");
    b.value(row, C("indicator"), t.indicator, "code");
    b.value(row, C("name"), ind?.nameVi ?? "", "label");
    b.value(row, C("comparator"), t.comparator, "text");
    b.value(row, C("value"), percent ? t.value / 100 : t.value, percent ? "targetPercent" : "targetNumber");
    b.value(row, C("year"), t.year, "ordinal");
    b.value(row, C("levels"), (t.levels ?? ["tinh", "huyen", "xa"]).map((l) => LEVEL_LABELS_VI[l] ?? l).join(", "), "text");
    b.value(row, C("source"), t.source, "code");
    const cite = `${SOURCE_LABELS_VI[t.source]}. ${t.citation.label}${t.citation.detail ? `: ${t.citation.detail}` : ""}`;
    b.value(row, C("citation"), cite, "note");
    b.value(row, C("confirmed"), t.confirmed ? YES_VI : NO_VI, "text");
  });
  return b.build({
    columns: TARGET_COLUMNS.map((c) => ({ width: c.width })),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: { orientation: "landscape", titleRows: { first: HEADER_ROW, last: HEADER_ROW }, footerVi: "Trang &P/&N" },
    tabColor: "7F7F7F",
  });
}

/** The complete template of one unit for one period. */
export function renderTemplate(bundle: ProgrammeBundle, unit: Unit, period: Period, options: RenderOptions = {}): WorkbookSpec {
  const names = options.sheetNames ?? SHEET_NAMES;
  const { programme } = bundle;
  const marker = { programme: programme.id, template: programme.templateVersion, unit: unit.code, period: period.code };
  const subtitle = `Đơn vị: ${unit.nameVi} - Kỳ báo cáo: ${periodLabelVi(period)} (số liệu từ ${formatDateVi(period.windowStart)} đến ${formatDateVi(period.windowEnd)})`;
  const ctx: TableContext = { programme, unit, period, marker, names, subtitle };
  const unitNames = new Map(bundle.units.units.map((u) => [u.code, u.nameVi]));
  const tasks = tasksForUnit(programme, bundle.units, unit, period);
  return fitRows({
    styles: TEMPLATE_STYLES,
    fontName: TEMPLATE_FONT,
    validationTitleVi: VALIDATION_TITLE_VI,
    sheets: [
      renderInfoSheet(names.info, marker, unit, period, programme.titleVi),
      renderTasksSheet(ctx, tasks, unitNames),
      renderIndicatorsSheet(ctx),
      renderTargetsSheet(names.targets, marker, bundle, `${programme.titleVi} (${programme.decision.number})`),
    ],
  });
}
