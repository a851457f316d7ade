/**
 * Every text the task pane shows, in Vietnamese and English, keyed by name. Components take
 * their words from here only; issue messages come from core/check/messages.ts.
 */
import type { Language } from "../core/check/messages";
import type { Feature } from "../excel/service";

export type { Language };

export interface Strings {
  readonly appTitle: string;
  readonly openInExcel: string;
  readonly startFailed: string;
  readonly tabTemplate: string;
  readonly tabCheck: string;
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
}

function heading(name: string, code: string | undefined, period: string): string {
  return `${name}${code === undefined ? "" : ` (${code})`} – ${period}`;
}

const VI: Strings = {
  appTitle: "Báo cáo CCHC",
  openInExcel: "Ngăn tác vụ này chỉ chạy trong Excel: hãy mở nó bằng nút Mở Báo cáo CCHC trên thẻ Trang đầu của Excel (Home).",
  startFailed: "Không mở được ngăn tác vụ Báo cáo CCHC.",
  tabTemplate: "Mẫu báo cáo",
  tabCheck: "Kiểm tra",
  periodLabel: "Kỳ báo cáo",
  periodOption: (label, due) => `${label} (hạn ${due})`,
  unitLabel: "Đơn vị",
  unitPlaceholder: "Gõ tên hoặc mã đơn vị",
  unitNoMatch: "Không có đơn vị phù hợp",
  unitCount: (shown, total) => `${shown}/${total} đơn vị báo cáo trong kỳ`,
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
  severityCount: (label, count) => `${label}: ${count}`,
  noIssues: "Không có lỗi.",
  general: "Chung",
  goToCell: (location) => `Đến ô ${location}`,
  markProblems: "Đánh dấu ô có lỗi",
  clearMarks: "Xóa đánh dấu",
  marked: (count) => `Đã đánh dấu ${count} ô.`,
  cleared: (count) => `Đã xóa đánh dấu ${count} ô.`,
};

const EN: Strings = {
  appTitle: "CCHC Report",
  openInExcel: "This task pane runs only in Excel: open it with Open CCHC Report on the Home tab of Excel (Trang đầu).",
  startFailed: "The CCHC Report task pane could not start.",
  tabTemplate: "Template",
  tabCheck: "Check",
  periodLabel: "Reporting period",
  periodOption: (label, due) => `${label} (due ${due})`,
  unitLabel: "Unit",
  unitPlaceholder: "Type a unit's name or code",
  unitNoMatch: "No unit matches",
  unitCount: (shown, total) => `${shown} of ${total} units reporting in this period`,
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
  severityCount: (label, count) => `${label}: ${count}`,
  noIssues: "No problems found.",
  general: "General",
  goToCell: (location) => `Go to cell ${location}`,
  markProblems: "Mark problem cells",
  clearMarks: "Clear marks",
  marked: (count) => `${count} ${count === 1 ? "cell" : "cells"} marked.`,
  cleared: (count) => `Marks cleared from ${count} ${count === 1 ? "cell" : "cells"}.`,
};

export const STRINGS: Readonly<Record<Language, Strings>> = { vi: VI, en: EN };
