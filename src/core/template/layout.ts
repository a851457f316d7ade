/**
 * The template contract shared by the renderer and the reader: sheet roles, the hidden
 * marker, column keys and headers, info fields and choice lists. docs/TEMPLATE.md describes it.
 */
import type { SheetRole } from "./spec";

export const MARKER_PREFIX = "cchc-report:v1";

/** What the hidden marker in cell A1 of every template sheet says. */
export interface Marker {
  readonly programme: string;
  readonly template: string;
  readonly unit: string;
  readonly period: string;
  readonly role: SheetRole;
}

const ROLES: readonly SheetRole[] = ["info", "tasks", "indicators", "targets"];

export function formatMarker(m: Marker): string {
  return `${MARKER_PREFIX};programme=${m.programme};template=${m.template};unit=${m.unit};period=${m.period};role=${m.role}`;
}

/** The marker in a cell's text, or undefined when the text is not one. */
export function parseMarker(text: unknown): Marker | undefined {
  if (typeof text !== "string" || !text.startsWith(MARKER_PREFIX + ";")) return undefined;
  const fields = new Map(
    text
      .slice(MARKER_PREFIX.length + 1)
      .split(";")
      .map((kv) => {
        const i = kv.indexOf("=");
        return [kv.slice(0, i).trim(), kv.slice(i + 1).trim()] as const;
      }),
  );
  const role = fields.get("role") as SheetRole | undefined;
  if (!role || !ROLES.includes(role)) return undefined;
  return {
    programme: fields.get("programme") ?? "",
    template: fields.get("template") ?? "",
    unit: fields.get("unit") ?? "",
    period: fields.get("period") ?? "",
    role,
  };
}

export const SHEET_NAMES: Readonly<Record<SheetRole, string>> = {
  info: "Thông tin",
  tasks: "Nhiệm vụ",
  indicators: "Chỉ tiêu",
  targets: "Mục tiêu",
};

/** Row 1 (hidden) holds the marker in A1 and the column keys; the table header is row 5. */
export const KEY_ROW = 0;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;

export interface ColumnDef {
  readonly key: string;
  readonly headerVi: string;
  readonly headerEn: string;
  /** Other headers units are known to type, matched after folding case and diacritics. */
  readonly aliases: readonly string[];
  readonly width: number;
}

const col = (key: string, headerVi: string, headerEn: string, width: number, aliases: string[] = []): ColumnDef => ({
  key,
  headerVi,
  headerEn,
  width,
  aliases,
});

export const INDICATOR_COLUMNS: readonly ColumnDef[] = [
  col("stt", "STT", "No.", 6),
  col("code", "Mã", "Code", 8, ["mã chỉ tiêu", "ma so", "mã số"]),
  col("name", "Chỉ tiêu", "Indicator", 52, ["tên chỉ tiêu", "nội dung", "nội dung chỉ tiêu"]),
  col("unit", "Đơn vị tính", "Unit", 11, ["đvt", "đơn vị"]),
  col("value", "Số liệu kỳ báo cáo", "Value this period", 14, ["số liệu", "kết quả", "giá trị", "thực hiện", "kết quả thực hiện"]),
  col("target", "Mục tiêu", "Target", 11, ["chỉ tiêu kế hoạch", "kế hoạch", "mục tiêu 2025"]),
  col("status", "Đánh giá", "Assessment", 11, ["đạt/chưa đạt", "kết quả đánh giá"]),
  col("explanation", "Giải trình (bắt buộc khi chưa đạt)", "Explanation (required when missed)", 36, [
    "giải trình",
    "lý do",
    "nguyên nhân",
    "ghi chú",
  ]),
  col("source", "Nguồn mục tiêu", "Target source", 22, ["nguồn", "căn cứ"]),
];

export const TASK_COLUMNS: readonly ColumnDef[] = [
  col("stt", "STT", "No.", 6),
  col("code", "Mã", "Code", 9, ["mã nhiệm vụ"]),
  col("task", "Nhiệm vụ", "Task", 46, ["nội dung nhiệm vụ", "tên nhiệm vụ", "nội dung"]),
  col("role", "Vai trò", "Role", 11),
  col("lead", "Cơ quan chủ trì", "Lead", 16, ["chủ trì", "đơn vị chủ trì"]),
  col("product", "Sản phẩm", "Product", 20, ["sản phẩm đầu ra", "kết quả sản phẩm"]),
  col("deadline", "Thời hạn", "Deadline", 12, ["thời hạn hoàn thành", "thời gian hoàn thành"]),
  col("status", "Tình trạng", "Status", 20, ["trạng thái", "tiến độ", "kết quả thực hiện"]),
  col("completed", "Ngày hoàn thành", "Completion date", 14, ["ngày hoàn thành thực tế"]),
  col("evidence", "Văn bản, minh chứng", "Evidence document", 24, ["minh chứng", "tài liệu kiểm chứng", "số văn bản"]),
  col("note", "Ghi chú", "Note", 24),
];

export const TARGET_COLUMNS: readonly ColumnDef[] = [
  col("stt", "STT", "No.", 6),
  col("id", "Mã mục tiêu", "Target id", 13),
  col("indicator", "Mã chỉ tiêu", "Indicator", 10),
  col("name", "Chỉ tiêu", "Indicator name", 44),
  col("comparator", "So sánh", "Comparator", 8),
  col("value", "Giá trị", "Value", 10),
  col("year", "Năm", "Year", 7),
  col("levels", "Cấp áp dụng", "Levels", 13),
  col("source", "Nguồn", "Source", 10),
  col("citation", "Căn cứ", "Citation", 44),
  col("confirmed", "Đã xác nhận", "Confirmed", 11),
];

export type InfoKey = "unit_name" | "unit_code" | "period" | "window" | "due" | "reporter" | "position" | "phone" | "email" | "submitted";

export interface InfoField {
  readonly key: InfoKey;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Filled by the unit; otherwise written by the template and locked. */
  readonly entry: boolean;
  readonly required: boolean;
  readonly kind: "text" | "date";
}

const field = (
  key: InfoKey,
  labelVi: string,
  labelEn: string,
  entry: boolean,
  required: boolean,
  kind: "text" | "date" = "text",
): InfoField => ({
  key,
  labelVi,
  labelEn,
  entry,
  required,
  kind,
});

export const INFO_FIELDS: readonly InfoField[] = [
  field("unit_name", "Tên đơn vị", "Unit", false, true),
  field("unit_code", "Mã đơn vị", "Unit code", false, true),
  field("period", "Kỳ báo cáo", "Reporting period", false, true),
  field("window", "Thời gian lấy số liệu", "Data window", false, false),
  field("due", "Hạn gửi báo cáo", "Due date", false, false),
  field("reporter", "Người lập báo cáo", "Reporter", true, true),
  field("position", "Chức vụ", "Position", true, false),
  field("phone", "Số điện thoại", "Phone", true, true),
  field("email", "Thư điện tử", "Email", true, false),
  field("submitted", "Ngày gửi báo cáo", "Submission date", true, true, "date"),
];

/** First info row (zero-based); label in column B, value in column C, key in hidden column A. */
export const INFO_FIRST_ROW = 4;

export type TaskStatus = "not_started" | "in_progress" | "done_on_time" | "done_late";

export const TASK_STATUSES: readonly { value: TaskStatus; labels: readonly string[] }[] = [
  { value: "not_started", labels: ["Chưa triển khai", "Chưa thực hiện", "Not started"] },
  { value: "in_progress", labels: ["Đang triển khai", "Đang thực hiện", "In progress"] },
  { value: "done_on_time", labels: ["Hoàn thành đúng hạn", "Hoàn thành", "Đã hoàn thành", "Done on time"] },
  { value: "done_late", labels: ["Hoàn thành quá hạn", "Hoàn thành chậm", "Done late"] },
];

export const STATUS_MET = "Đạt";
export const STATUS_MISSED = "Chưa đạt";
export const YES_VI = "Có";
export const NO_VI = "Không";

export const LEVEL_LABELS_VI: Readonly<Record<string, string>> = { tinh: "Tỉnh", huyen: "Huyện", xa: "Xã" };
export const ROLE_LABELS_VI: Readonly<Record<string, string>> = { lead: "Chủ trì", cooperating: "Phối hợp" };
