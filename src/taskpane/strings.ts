/**
 * Every text the task pane shows, in Vietnamese and English, keyed by name. Components take
 * their words from here only; issue messages come from core/check/messages.ts. Counts inside a
 * text are written as the language writes numbers ("1.234" in Vietnamese, "1,234" in English).
 */
import type { Language } from "../core/check/messages";
import type { ConsolidationProgress, Feature, SetAsideStatus } from "../excel/service";
import { formatCount } from "./model/format";
import type { OutcomeCountKey, OutcomeListKey } from "./model/outcome";

export type { Language };

export interface Strings {
  readonly appTitle: string;
  readonly openInExcel: string;
  readonly startFailed: string;
  readonly tabTemplate: string;
  readonly tabCheck: string;
  readonly tabConsolidate: string;
  // template tab
  readonly periodLabel: string;
  readonly periodOption: (label: string, due: string) => string;
  readonly unitLabel: string;
  readonly unitPlaceholder: string;
  readonly unitNoMatch: string;
  readonly unitCount: (shown: number, total: number) => string;
  readonly insert: string;
  readonly inserting: string;
  readonly inserted: string;
  readonly insertedSheets: (sheets: string) => string;
  readonly skippedTitle: string;
  readonly skippedFeature: (feature: string, excel: string) => string;
  readonly features: Readonly<Record<Feature, string>>;
  readonly conflictTitle: string;
  readonly conflictBody: string;
  readonly conflictReplace: string;
  readonly conflictRename: string;
  readonly conflictRenameNames: (names: string) => string;
  readonly conflictCancel: string;
  readonly errorTitle: string;
  // check tab
  readonly runCheck: string;
  readonly checking: string;
  readonly noTemplates: string;
  readonly unitUnknown: string;
  readonly unitHeading: (name: string, code: string | undefined, period: string | undefined) => string;
  readonly severityCount: (label: string, count: number) => string;
  readonly noIssues: string;
  readonly general: string;
  readonly goToCell: (location: string) => string;
  readonly markProblems: string;
  readonly clearMarks: string;
  readonly marked: (count: number) => string;
  readonly cleared: (count: number) => string;
  // consolidate tab
  readonly filesLabel: string;
  readonly pickFiles: string;
  readonly noFiles: string;
  readonly removeFile: string;
  readonly removeFileNamed: (name: string) => string;
  readonly workbookIncluded: string;
  readonly runConsolidate: string;
  readonly progressStarting: string;
  readonly progress: Readonly<Record<ConsolidationProgress["stage"], (p: ConsolidationProgress) => string>>;
  readonly outcomeTitle: (period: string) => string;
  readonly outcomeTable: string;
  readonly outcomeLabels: Readonly<Record<OutcomeCountKey, string>>;
  /** Read out with a count that asks for follow-up, beside its warning sign and colour. */
  readonly needsAttention: string;
  readonly outcomeLists: Readonly<Record<OutcomeListKey, string>>;
  readonly listHeading: (label: string, count: number) => string;
  readonly unitWithCode: (name: string | undefined, code: string) => string;
  readonly reportSheets: string;
  readonly goToSheet: (sheet: string) => string;
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

const VI: Strings = {
  appTitle: "Báo cáo CCHC",
  openInExcel: "Ngăn tác vụ này chỉ chạy trong Excel: hãy mở nó bằng nút Mở Báo cáo CCHC trên thẻ Trang đầu của Excel (Home).",
  startFailed: "Không mở được ngăn tác vụ Báo cáo CCHC.",
  tabTemplate: "Mẫu báo cáo",
  tabCheck: "Kiểm tra",
  tabConsolidate: "Tổng hợp",
  periodLabel: "Kỳ báo cáo",
  periodOption: (label, due) => `${label} (hạn ${due})`,
  unitLabel: "Đơn vị",
  unitPlaceholder: "Gõ tên hoặc mã đơn vị",
  unitNoMatch: "Không có đơn vị phù hợp",
  unitCount: (shown, total) => `${vi(shown)}/${vi(total)} đơn vị báo cáo trong kỳ`,
  insert: "Chèn biểu mẫu",
  inserting: "Đang chèn biểu mẫu…",
  inserted: "Đã chèn biểu mẫu",
  insertedSheets: (sheets) => `Các trang tính đã ghi: ${sheets}.`,
  skippedTitle: "Phiên bản Excel này không áp dụng được:",
  skippedFeature: (feature, excel) => `${feature} (cần ${excel} trở lên)`,
  features: {
    protection: "khóa cấu trúc trang tính",
    columnWidths: "độ rộng cột",
    hiddenRows: "ẩn dòng nhận diện",
    merge: "gộp ô tiêu đề",
    conditionalFormats: "tô màu mục tiêu chưa đạt",
    freezePanes: "cố định dòng tiêu đề",
    tabColor: "màu thẻ trang tính",
    validation: "kiểm tra dữ liệu và danh sách chọn",
    pageLayout: "thiết lập trang in",
  },
  conflictTitle: "Đã có trang tính trùng tên",
  conflictBody: "Sổ làm việc đã có các trang tính sau:",
  conflictReplace: "Thay thế",
  conflictRename: "Thêm với tên khác",
  conflictRenameNames: (names) => `Tên mới: ${names}`,
  conflictCancel: "Hủy",
  errorTitle: "Không thực hiện được",
  runCheck: "Kiểm tra",
  checking: "Đang kiểm tra…",
  noTemplates: "Không tìm thấy trang tính biểu mẫu Báo cáo CCHC nào trong sổ làm việc này.",
  unitUnknown: "Đơn vị chưa xác định",
  unitHeading: (name, code, period) => heading(name, code, period ?? "kỳ chưa xác định"),
  severityCount: (label, count) => `${label}: ${vi(count)}`,
  noIssues: "Không có lỗi.",
  general: "Chung",
  goToCell: (location) => `Đến ô ${location}`,
  markProblems: "Đánh dấu ô có lỗi",
  clearMarks: "Xóa đánh dấu",
  marked: (count) => `Đã đánh dấu ${vi(count)} ô.`,
  cleared: (count) => `Đã xóa đánh dấu ${vi(count)} ô.`,
  filesLabel: "Tệp báo cáo của các đơn vị (.xlsx)",
  pickFiles: "Chọn tệp…",
  noFiles: "Chưa chọn tệp nào.",
  removeFile: "Bỏ",
  removeFileNamed: (name) => `Bỏ tệp ${name}`,
  workbookIncluded:
    "Các trang tính biểu mẫu đã có trong sổ làm việc này được tổng hợp cùng, không cần chọn. Chọn được nhiều tệp một lúc; các trang tính của đơn vị không bị thay đổi.",
  runConsolidate: "Tổng hợp",
  progressStarting: "Đang bắt đầu…",
  progress: {
    reading: (p) => `Đang đọc tệp ${vi(p.done + 1)}/${vi(p.total)}${p.file === undefined ? "" : `: ${p.file}`}`,
    consolidating: () => "Đang tổng hợp số liệu…",
    writing: () => "Đang ghi các trang báo cáo…",
    done: () => "Đã xong.",
  },
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
  reportSheets: "Các trang báo cáo",
  setAsideHeading: (n) => `Nguồn không được tổng hợp (${vi(n)})`,
  setAsideReasons: {
    duplicate: "báo cáo trùng, dùng bản khác",
    unknown_unit: "không xác định được đơn vị",
    wrong_period: "sai kỳ báo cáo",
    not_template: "không phải biểu mẫu",
    unreadable: "không đọc được tệp",
  },
  goToSheet: (sheet) => `Mở trang ${sheet}`,
};

const EN: Strings = {
  appTitle: "CCHC Report",
  openInExcel: "This task pane runs only in Excel: open it with Open CCHC Report on the Home tab of Excel (Trang đầu).",
  startFailed: "The CCHC Report task pane could not start.",
  tabTemplate: "Template",
  tabCheck: "Check",
  tabConsolidate: "Consolidate",
  periodLabel: "Reporting period",
  periodOption: (label, due) => `${label} (due ${due})`,
  unitLabel: "Unit",
  unitPlaceholder: "Type a unit's name or code",
  unitNoMatch: "No unit matches",
  unitCount: (shown, total) => `${en(shown)} of ${en(total)} units reporting in this period`,
  insert: "Insert template",
  inserting: "Inserting the template…",
  inserted: "Template inserted",
  insertedSheets: (sheets) => `Sheets written: ${sheets}.`,
  skippedTitle: "This version of Excel cannot apply:",
  skippedFeature: (feature, excel) => `${feature} (needs ${excel} or newer)`,
  features: {
    protection: "sheet structure protection",
    columnWidths: "column widths",
    hiddenRows: "hiding the marker row",
    merge: "merged header cells",
    conditionalFormats: "colouring missed targets",
    freezePanes: "frozen header rows",
    tabColor: "sheet tab colours",
    validation: "data validation and choice lists",
    pageLayout: "print setup",
  },
  conflictTitle: "Sheets with these names already exist",
  conflictBody: "The workbook already has these sheets:",
  conflictReplace: "Replace",
  conflictRename: "Add with other names",
  conflictRenameNames: (names) => `New names: ${names}`,
  conflictCancel: "Cancel",
  errorTitle: "Could not complete",
  runCheck: "Run check",
  checking: "Checking…",
  noTemplates: "No CCHC Report template sheets were found in this workbook.",
  unitUnknown: "Unknown unit",
  unitHeading: (name, code, period) => heading(name, code, period ?? "unknown period"),
  severityCount: (label, count) => `${label}: ${en(count)}`,
  noIssues: "No problems found.",
  general: "General",
  goToCell: (location) => `Go to cell ${location}`,
  markProblems: "Mark problem cells",
  clearMarks: "Clear marks",
  marked: (count) => `${en(count)} ${count === 1 ? "cell" : "cells"} marked.`,
  cleared: (count) => `Marks cleared from ${en(count)} ${count === 1 ? "cell" : "cells"}.`,
  filesLabel: "Units' report files (.xlsx)",
  pickFiles: "Choose files…",
  noFiles: "No files chosen.",
  removeFile: "Remove",
  removeFileNamed: (name) => `Remove ${name}`,
  workbookIncluded:
    "Template sheets already in this workbook are included automatically; you need not choose them. Several files can be chosen at once; the units' sheets are never changed.",
  runConsolidate: "Consolidate",
  progressStarting: "Starting…",
  progress: {
    reading: (p) => `Reading file ${en(p.done + 1)} of ${en(p.total)}${p.file === undefined ? "" : `: ${p.file}`}`,
    consolidating: () => "Consolidating…",
    writing: () => "Writing the report sheets…",
    done: () => "Done.",
  },
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
  reportSheets: "Report sheets",
  setAsideHeading: (n) => `Sources not consolidated (${en(n)})`,
  setAsideReasons: {
    duplicate: "duplicate report, another copy used",
    unknown_unit: "unit not recognised",
    wrong_period: "wrong reporting period",
    not_template: "not a report template",
    unreadable: "file cannot be read",
  },
  goToSheet: (sheet) => `Go to sheet ${sheet}`,
};

export const STRINGS: Readonly<Record<Language, Strings>> = { vi: VI, en: EN };
