/**
 * The words of the parts the task pane and the web page share (period and unit pickers, a
 * checked unit's issues, a consolidation's result, the list of picked files), in Vietnamese and
 * English. Each app's own strings extend these (src/taskpane/strings.ts, src/web/strings.ts) and
 * may reword a shared label for its setting. Counts are written as the language writes numbers.
 */
import type { Language } from "../core/check/messages";
import { formatCount } from "./model/format";
import type { OutcomeCountKey, OutcomeListKey, SetAsideStatus } from "./model/outcome";

export type { Language };

export interface UiStrings {
  readonly periodLabel: string;
  readonly periodOption: (label: string, due: string) => string;
  readonly unitLabel: string;
  readonly unitPlaceholder: string;
  readonly unitNoMatch: string;
  readonly unitCount: (shown: number, total: number) => string;
  // a checked unit
  readonly unitUnknown: string;
  readonly unitHeading: (name: string, code: string | undefined, period: string | undefined) => string;
  readonly severityCount: (label: string, count: number) => string;
  readonly noIssues: string;
  readonly general: string;
  readonly goToCell: (location: string) => string;
  // picked files
  readonly filesLabel: string;
  readonly noFiles: string;
  readonly removeFile: string;
  readonly removeFileNamed: (name: string) => string;
  // a consolidation's result
  readonly outcomeTitle: (period: string) => string;
  readonly outcomeTable: string;
  readonly outcomeLabels: Readonly<Record<OutcomeCountKey, string>>;
  /** Read out with a count that asks for follow-up, beside its warning sign and colour. */
  readonly needsAttention: string;
  readonly outcomeLists: Readonly<Record<OutcomeListKey, string>>;
  readonly listHeading: (label: string, count: number) => string;
  readonly unitWithCode: (name: string | undefined, code: string) => string;
  readonly setAsideHeading: (count: number) => string;
  readonly setAsideReasons: Readonly<Record<SetAsideStatus, string>>;
}

function withCode(name: string | undefined, code: string): string {
  return name === undefined ? code : `${name} (${code})`;
}

const vi = (n: number): string => formatCount(n, "vi");
const en = (n: number): string => formatCount(n, "en");

function heading(name: string, code: string | undefined, period: string): string {
  return `${name}${code === undefined ? "" : ` (${code})`} – ${period}`;
}

const VI: UiStrings = {
  periodLabel: "Kỳ báo cáo",
  periodOption: (label, due) => `${label} (hạn ${due})`,
  unitLabel: "Đơn vị",
  unitPlaceholder: "Gõ tên hoặc mã đơn vị",
  unitNoMatch: "Không có đơn vị phù hợp",
  unitCount: (shown, total) => `${vi(shown)}/${vi(total)} đơn vị báo cáo trong kỳ`,
  unitUnknown: "Đơn vị chưa xác định",
  unitHeading: (name, code, period) => heading(name, code, period ?? "kỳ chưa xác định"),
  severityCount: (label, count) => `${label}: ${vi(count)}`,
  noIssues: "Không có lỗi.",
  general: "Chung",
  goToCell: (location) => `Đến ô ${location}`,
  filesLabel: "Tệp báo cáo của các đơn vị (.xlsx)",
  noFiles: "Chưa chọn tệp nào.",
  removeFile: "Bỏ",
  removeFileNamed: (name) => `Bỏ tệp ${name}`,
  outcomeTitle: (period) => `Đã tổng hợp ${period}`,
  outcomeTable: "Kết quả tổng hợp",
  outcomeLabels: {
    expected: "Đơn vị phải báo cáo",
    received: "Đơn vị đã gửi",
    missing: "Chưa gửi",
    late: "Gửi muộn",
    duplicate: "Gửi trùng",
    unknown: "Không xác định được đơn vị",
    sources: "Nguồn đã đọc (tệp và sổ đang mở)",
    rowsRead: "Số liệu đã đọc",
    rowsAccepted: "Số liệu được tổng hợp",
    rowsRejected: "Số liệu bị loại",
    conflicts: "Số liệu mâu thuẫn giữa hai bản của một đơn vị",
  },
  needsAttention: "cần xem lại",
  outcomeLists: {
    missing: "Đơn vị chưa gửi",
    late: "Đơn vị gửi muộn",
    duplicate: "Đơn vị gửi trùng",
    unknown: "Không xác định được đơn vị",
  },
  listHeading: (label, count) => `${label} (${vi(count)})`,
  unitWithCode: withCode,
  setAsideHeading: (n) => `Nguồn không được tổng hợp (${vi(n)})`,
  setAsideReasons: {
    duplicate: "báo cáo trùng, dùng bản khác",
    unknown_unit: "không xác định được đơn vị",
    wrong_period: "sai kỳ báo cáo",
    not_template: "không phải biểu mẫu",
    unreadable: "không đọc được tệp",
  },
};

const EN: UiStrings = {
  periodLabel: "Reporting period",
  periodOption: (label, due) => `${label} (due ${due})`,
  unitLabel: "Unit",
  unitPlaceholder: "Type a unit's name or code",
  unitNoMatch: "No unit matches",
  unitCount: (shown, total) => `${en(shown)} of ${en(total)} units reporting in this period`,
  unitUnknown: "Unknown unit",
  unitHeading: (name, code, period) => heading(name, code, period ?? "unknown period"),
  severityCount: (label, count) => `${label}: ${en(count)}`,
  noIssues: "No problems found.",
  general: "General",
  goToCell: (location) => `Go to cell ${location}`,
  filesLabel: "Units' report files (.xlsx)",
  noFiles: "No files chosen.",
  removeFile: "Remove",
  removeFileNamed: (name) => `Remove ${name}`,
  outcomeTitle: (period) => `Consolidated: ${period}`,
  outcomeTable: "Consolidation result",
  outcomeLabels: {
    expected: "Units expected",
    received: "Units received",
    missing: "Missing",
    late: "Late",
    duplicate: "Sent twice",
    unknown: "Unit not recognised",
    sources: "Sources read (files and the open workbook)",
    rowsRead: "Figures read",
    rowsAccepted: "Figures consolidated",
    rowsRejected: "Figures rejected",
    conflicts: "Figures on which two reports of a unit disagree",
  },
  needsAttention: "needs attention",
  outcomeLists: {
    missing: "Units missing",
    late: "Units late",
    duplicate: "Units that sent twice",
    unknown: "Unit not recognised",
  },
  listHeading: (label, count) => `${label} (${en(count)})`,
  unitWithCode: withCode,
  setAsideHeading: (n) => `Sources not consolidated (${en(n)})`,
  setAsideReasons: {
    duplicate: "duplicate report, another copy used",
    unknown_unit: "unit not recognised",
    wrong_period: "wrong reporting period",
    not_template: "not a report template",
    unreadable: "file cannot be read",
  },
};

export const UI_STRINGS: Readonly<Record<Language, UiStrings>> = { vi: VI, en: EN };
