/**
 * Every text the task pane shows, in Vietnamese and English, keyed by name: the words of the parts
 * it shares with the web page (src/ui/strings.ts) and its own. Components take their words from
 * here only; issue messages come from core/check/messages.ts. Counts inside a text are written as
 * the language writes numbers ("1.234" in Vietnamese, "1,234" in English).
 */
import type { Language } from "../core/check/messages";
import type { ConsolidationProgress, Feature } from "../excel/service";
import { formatCount } from "../ui/model/format";
import { UI_STRINGS, type UiStrings } from "../ui/strings";

export type { Language };

export interface Strings extends UiStrings {
  readonly appTitle: string;
  readonly openInExcel: string;
  /** Outside Office: the web page beside the pane (dist/cchc-report.html) does the same without Excel. */
  readonly webPageOffer: string;
  readonly webPageLink: string;
  readonly startFailed: string;
  readonly tabTemplate: string;
  readonly tabCheck: string;
  readonly tabConsolidate: string;
  // template tab (the period and unit pickers' words are the shared ones)
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
  readonly markProblems: string;
  readonly clearMarks: string;
  readonly marked: (count: number) => string;
  readonly cleared: (count: number) => string;
  // consolidate tab
  readonly pickFiles: string;
  readonly workbookIncluded: string;
  readonly runConsolidate: string;
  readonly progressStarting: string;
  readonly progress: Readonly<Record<ConsolidationProgress["stage"], (p: ConsolidationProgress) => string>>;
  readonly reportSheets: string;
  readonly goToSheet: (sheet: string) => string;
}

const vi = (n: number): string => formatCount(n, "vi");
const en = (n: number): string => formatCount(n, "en");

const VI: Strings = {
  ...UI_STRINGS.vi,
  appTitle: "Báo cáo CCHC",
  openInExcel: "Ngăn tác vụ này chỉ chạy trong Excel: hãy mở nó bằng nút Mở Báo cáo CCHC trên thẻ Trang đầu của Excel (Home).",
  webPageOffer: "Không có Excel? Trang web Báo cáo CCHC làm được cùng các việc (biểu mẫu, kiểm tra, tổng hợp) ngay trong trình duyệt này.",
  webPageLink: "Mở trang web Báo cáo CCHC",
  startFailed: "Không mở được ngăn tác vụ Báo cáo CCHC.",
  tabTemplate: "Mẫu báo cáo",
  tabCheck: "Kiểm tra",
  tabConsolidate: "Tổng hợp",
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
  markProblems: "Đánh dấu ô có lỗi",
  clearMarks: "Xóa đánh dấu",
  marked: (count) => `Đã đánh dấu ${vi(count)} ô.`,
  cleared: (count) => `Đã xóa đánh dấu ${vi(count)} ô.`,
  pickFiles: "Chọn tệp…",
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
  reportSheets: "Các trang báo cáo",
  goToSheet: (sheet) => `Mở trang ${sheet}`,
};

const EN: Strings = {
  ...UI_STRINGS.en,
  appTitle: "CCHC Report",
  openInExcel: "This task pane runs only in Excel: open it with Open CCHC Report on the Home tab of Excel (Trang đầu).",
  webPageOffer: "No Excel? The CCHC Report web page does the same jobs (templates, checks, consolidation) in this browser.",
  webPageLink: "Open the CCHC Report web page",
  startFailed: "The CCHC Report task pane could not start.",
  tabTemplate: "Template",
  tabCheck: "Check",
  tabConsolidate: "Consolidate",
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
  markProblems: "Mark problem cells",
  clearMarks: "Clear marks",
  marked: (count) => `${en(count)} ${count === 1 ? "cell" : "cells"} marked.`,
  cleared: (count) => `Marks cleared from ${en(count)} ${count === 1 ? "cell" : "cells"}.`,
  pickFiles: "Choose files…",
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
  reportSheets: "Report sheets",
  goToSheet: (sheet) => `Go to sheet ${sheet}`,
};

export const STRINGS: Readonly<Record<Language, Strings>> = { vi: VI, en: EN };
