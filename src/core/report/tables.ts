/** The report's other sheets: units by key indicator, task progress, submissions, issues. */
import { formatIssue } from "../check/messages";
import { targetMet } from "../check/rules";
import { describeSource } from "../check/sources";
import type { UnitFigures } from "../consolidate/aggregate";
import type { ConsolidatedReport } from "../consolidate/consolidate";
import { TASK_STATES, type TaskState } from "../consolidate/tasks";
import { formatDateVi } from "../programme/period";
import type { Indicator } from "../programme/schema";
import { targetFor } from "../programme/units";
import { LEVEL_LABELS_VI, TASK_STATUSES } from "../template/layout";
import type { RowCell, SheetSpec, StyleName } from "../template/spec";
import { buildReportSheet, REPORT_HEADER_ROW, reportSheet, type ReportContext } from "./common";

const FIRST = REPORT_HEADER_ROW + 1;

/** Indicators judged against a target: the columns of the unit table. */
function keyIndicators(r: ConsolidatedReport): Indicator[] {
  const withTarget = new Set(r.bundle.programme.targets.map((t) => t.indicator));
  return r.bundle.programme.indicators.filter((i) => withTarget.has(i.code));
}

/** A unit's figure coloured by its target's status, in the number format of its kind. */
const STATUS_STYLES: Readonly<Record<"percent" | "number", Readonly<Record<"met" | "missed" | "none", StyleName>>>> = {
  percent: { met: "metPercent", missed: "missedPercent", none: "percent" },
  number: { met: "metNumber", missed: "missedNumber", none: "number" },
};

/** An accepted unit's figures against the targets of its level: met, missed, or not judged, per key indicator. */
export interface UnitTargets {
  readonly u: UnitFigures;
  /** By key indicator: true met, false missed, undefined without a target or a value. */
  readonly status: readonly (boolean | undefined)[];
  /** Targets met. */
  readonly met: number;
}

/**
 * The key indicators (those with a target) and each accepted unit judged against its level's
 * targets, most targets met first: the units sheet's rows, and the web page's chart of units by
 * targets met.
 */
export function unitTargets(r: ConsolidatedReport): { readonly keys: readonly Indicator[]; readonly rows: readonly UnitTargets[] } {
  const keys = keyIndicators(r);
  const rows = r.units.map((u) => {
    const status = keys.map((k) => {
      const t = targetFor(r.bundle.programme, k.code, u.unit.level, r.period.year);
      return t ? targetMet(u.values.get(k.code), t) : undefined;
    });
    return { u, status, met: status.filter((s) => s === true).length };
  });
  rows.sort((a, b) => b.met - a.met || a.u.unit.code.localeCompare(b.u.unit.code));
  return { keys, rows };
}

/** Units by key indicator with status colours, ranked by the number of targets met. */
export function unitsSheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const { keys, rows } = unitTargets(r);
  const headers = ["Hạng", "Mã", "Đơn vị", "Cấp", ...keys.map((k) => k.code), "Số mục tiêu đạt"];
  const b = reportSheet(ctx, "units", headers.length - 1, "PHỤ LỤC II: KẾT QUẢ CÁC CHỈ TIÊU CÓ MỤC TIÊU THEO ĐƠN VỊ", headers);
  // Equal counts share the rank of the first of them (competition ranking).
  const rankOf = new Map<number, number>();
  rows.forEach((x, i) => rankOf.has(x.met) || rankOf.set(x.met, i + 1));
  // A row per unit, produced as the writer asks for it (ten thousand at national size).
  b.rows({
    first: FIRST,
    count: rows.length,
    row: (i) => {
      const x = rows[i];
      if (!x) return [];
      const { u, status, met } = x;
      const cells: RowCell[] = [
        { value: rankOf.get(met) ?? i + 1, style: "ordinal" },
        { value: u.unit.code, style: "code" },
        { value: u.unit.nameVi, style: "label" },
        { value: LEVEL_LABELS_VI[u.unit.level] ?? u.unit.level, style: "text" },
      ];
      keys.forEach((k, j) => {
        const v = u.values.get(k.code);
        const percent = k.kind === "rate" || k.kind === "percent";
        const style = STATUS_STYLES[percent ? "percent" : "number"][status[j] === true ? "met" : status[j] === false ? "missed" : "none"];
        cells.push(v === undefined ? { value: "", style } : { value: percent ? v / 100 : v, style });
      });
      cells.push({ value: met, style: "number" });
      return cells;
    },
  });
  const sheet = buildReportSheet(b, [6, 10, 30, 7, ...keys.map(() => 9), 10]);
  return { ...sheet, freeze: { rows: REPORT_HEADER_ROW + 1, cols: 3 } };
}

const STATE_LABELS: Readonly<Record<TaskState, string>> = {
  ...(Object.fromEntries(TASK_STATUSES.map((s) => [s.value, s.labels[0] ?? s.value])) as Record<Exclude<TaskState, "blank">, string>),
  blank: "Chưa báo cáo",
};

/** Task progress by area, then per task with the units still overdue. */
export function taskSheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const headers = [
    "STT",
    "Lĩnh vực / Nhiệm vụ",
    "Tổng số (lượt đơn vị)",
    ...TASK_STATES.map((s) => STATE_LABELS[s]),
    "Quá hạn",
    "Đơn vị quá hạn",
  ];
  const b = reportSheet(ctx, "task_progress", headers.length - 1, "PHỤ LỤC III: TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", headers);
  let row = FIRST;
  for (const a of r.tasks.byArea) {
    const area = r.bundle.programme.areas.find((x) => x.id === a.area);
    b.value(row, 0, a.area, "areaOrdinal");
    b.value(row, 1, area?.nameVi ?? String(a.area), "area");
    b.value(row, 2, a.total, "areaNumber");
    TASK_STATES.forEach((s, i) => b.value(row, 3 + i, a.byStatus[s], "areaNumber"));
    b.value(row, 3 + TASK_STATES.length, a.overdue, "areaNumber");
    b.value(row, 4 + TASK_STATES.length, "", "area");
    row++;
    for (const task of r.bundle.programme.tasks.filter((t) => t.area === a.area)) {
      const cells = r.tasks.cells.filter((c) => c.task === task.code);
      if (cells.length === 0) continue;
      b.value(row, 0, task.code, "code");
      b.value(row, 1, task.textVi, "label");
      b.value(row, 2, cells.length, "number");
      TASK_STATES.forEach((s, i) => b.value(row, 3 + i, cells.filter((c) => c.status === s).length, "number"));
      const overdue = cells.filter((c) => c.overdue).map((c) => c.unit);
      b.value(row, 3 + TASK_STATES.length, overdue.length, overdue.length ? "missedNumber" : "number");
      b.value(row, 4 + TASK_STATES.length, overdue.join(", "), "note");
      row++;
    }
  }
  return buildReportSheet(b, [7, 46, 10, ...TASK_STATES.map(() => 11), 9, 30]);
}

const STATUS_VI: Readonly<Record<string, string>> = {
  accepted: "Đã gửi",
  missing: "Chưa gửi",
  duplicate: "Gửi trùng (không tính)",
  unknown_unit: "Đơn vị không xác định",
  wrong_period: "Sai kỳ báo cáo",
  not_template: "Không phải biểu mẫu",
  unreadable: "Không đọc được tệp",
};

/** Expected, received, missing, late, duplicate and unknown submissions. */
export function submissionsSheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const c = r.completeness;
  const headers = ["STT", "Mã", "Đơn vị", "Tình trạng", "Tệp", "Ngày gửi", "Hạn gửi", "Ghi chú"];
  const b = reportSheet(ctx, "submissions", headers.length - 1, "PHỤ LỤC IV: TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ", headers);
  const counts: [string, number][] = [
    ["Phải gửi", c.expected.length],
    ["Đã gửi", c.received.length],
    ["Chưa gửi", c.missing.length],
    ["Gửi muộn", c.late.length],
    ["Gửi trùng", c.duplicate.length],
    ["Không xác định", c.unknown.length],
    ["Đơn vị cũ đã hợp nhất", c.mapped.length],
  ];
  let row = FIRST;
  const due = formatDateVi(r.period.due);
  const names = new Map<string, string>();
  for (const u of r.bundle.units.units) if (!names.has(u.code)) names.set(u.code, u.nameVi);
  const name = (code: string): string => names.get(code) ?? "";
  for (const s of r.submissions) {
    const note = [s.late ? "Gửi muộn" : "", s.mappedTo.length ? `Đã hợp nhất vào ${s.mappedTo.join(", ")}` : ""].filter(Boolean).join("; ");
    const cells: [string | number, StyleName][] = [
      [row - FIRST + 1, "ordinal"],
      [s.unit?.code ?? s.check?.report.marker?.unit ?? "", "code"],
      [s.unit?.nameVi ?? "", "label"],
      [STATUS_VI[s.status] ?? s.status, s.status === "accepted" && !s.late ? "text" : "missed"],
      [describeSource(s.source, "vi"), "label"],
      [s.submitted ? formatDateVi(s.submitted) : "", "text"],
      [due, "text"],
      [note, "note"],
    ];
    cells.forEach(([v, style], i) => b.value(row, i, v, style));
    row++;
  }
  for (const code of c.missing) {
    [row - FIRST + 1, code, name(code), STATUS_VI["missing"] ?? "", "", "", due, ""].forEach((v, i) =>
      b.value(row, i, v, i === 0 ? "ordinal" : i === 3 ? "missed" : i === 1 ? "code" : "text"),
    );
    row++;
  }
  row++;
  for (const [label, n] of counts) {
    b.value(row, 2, label, "label");
    b.value(row, 3, n, "number");
    row++;
  }
  return buildReportSheet(b, [6, 10, 34, 20, 36, 12, 12, 30]);
}

/** Every issue of every unit, with its location. */
export function issuesSheet(ctx: ReportContext, r: ConsolidatedReport): SheetSpec {
  const headers = ["STT", "Mức độ", "Mã lỗi", "Đơn vị", "Tệp", "Trang tính", "Ô", "Chỉ tiêu / nhiệm vụ", "Nội dung"];
  const b = reportSheet(ctx, "issues", headers.length - 1, "PHỤ LỤC V: LỖI VÀ CẢNH BÁO TRONG BÁO CÁO CỦA CÁC ĐƠN VỊ", headers);
  const severity = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;
  r.issues.forEach((i, n) => {
    const row = FIRST + n;
    const l = i.location;
    const cells = [
      n + 1,
      severity[i.severity],
      i.code,
      l.unit ?? "",
      l.file ?? "",
      l.sheet ?? "",
      l.cell ?? "",
      l.indicator ?? l.task ?? "",
      formatIssue(i, "vi", r.bundle.programme),
    ];
    cells.forEach((v, c) =>
      b.value(row, c, v, c === 0 ? "ordinal" : c === 1 && i.severity === "error" ? "missed" : c === 8 || c === 4 ? "label" : "text"),
    );
  });
  return buildReportSheet(b, [7, 10, 27, 10, 30, 14, 7, 12, 60]);
}
