/**
 * Every text the task pane shows, in Vietnamese and English, keyed by name: the words of the parts
 * it shares with the web page (src/ui/strings.ts) and its own. Components take their words from
 * here only; issue messages come from core/check/messages.ts. Counts inside a text are written as
 * the language writes numbers ("1.234" in Vietnamese, "1,234" in English).
 */
import type { Language } from "../core/check/messages";
import type { CompareRole } from "../core/compare/periods";
import type { ConsolidationProgress, EvaluationProgress, Feature } from "../excel/service";
import type { TrendWords } from "../ui/TrendChart";
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
  // comparison with earlier reports (consolidate tab)
  readonly compareTitle: string;
  readonly compareWorkbook: string;
  readonly compareWorkbookNote: string;
  readonly compareFilesLabel: string;
  readonly comparePick: string;
  readonly compareNote: string;
  readonly roles: Readonly<Record<CompareRole, string>>;
  readonly comparedWith: (role: string, period: string, source: string) => string;
  /** The report that was in the workbook, where a file's name would be (in a sentence, and starting a line). */
  readonly workbookReport: string;
  readonly workbookReportItem: string;
  readonly nothingCompared: string;
  readonly noWorkbookReport: string;
  readonly refusedHeading: (count: number) => string;
  readonly refusedItem: (source: string, reason: string) => string;
  // evaluate tab
  readonly tabEvaluate: string;
  readonly evaluateTitle: (start: number, end: number) => string;
  readonly evaluateIntro: string;
  readonly evaluateFilesLabel: string;
  readonly evaluatePick: string;
  readonly evaluateNote: string;
  readonly evaluateProgress: Readonly<Record<EvaluationProgress["stage"], (p: EvaluationProgress) => string>>;
  readonly evaluateRefusedHeading: (count: number) => string;
  readonly yearsUsed: (years: string) => string;
  readonly yearsMissing: (years: string) => string;
  readonly targetsJudged: (year: number, met: number, missed: number, noData: number) => string;
  readonly evaluationSheets: string;
  readonly trendTitle: string;
  readonly trend: TrendWords;
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
  compareTitle: "So sánh với báo cáo trước",
  compareWorkbook: "So sánh với báo cáo tổng hợp đang có trong sổ này",
  compareWorkbookNote: "Số liệu của báo cáo đó được đọc trước khi các trang báo cáo được thay bằng báo cáo mới.",
  compareFilesLabel: "Báo cáo trước để so sánh",
  comparePick: "Chọn báo cáo…",
  compareNote:
    "Báo cáo tổng hợp kỳ trước hoặc cùng kỳ năm trước: tệp .xlsx do Báo cáo CCHC ghi, hoặc tệp tóm tắt .json của nó. Vai trò của từng báo cáo được xác định theo kỳ ghi trong báo cáo, không theo tên tệp.",
  roles: { previous: "Kỳ trước", last_year: "Cùng kỳ năm trước" },
  comparedWith: (role, period, source) => `${role}: ${period} (${source})`,
  workbookReport: "báo cáo trong sổ này",
  workbookReportItem: "Báo cáo trong sổ này",
  nothingCompared: "Không có báo cáo nào dùng được để so sánh; báo cáo được ghi không có phần so sánh.",
  noWorkbookReport: "Sổ làm việc này chưa có báo cáo tổng hợp nào để so sánh.",
  refusedHeading: (n) => `Không dùng để so sánh (${vi(n)})`,
  refusedItem: (source, reason) => `${source}: ${reason}`,
  tabEvaluate: "Đánh giá",
  evaluateTitle: (start, end) => `Đánh giá Chương trình ${start}-${end}`,
  evaluateIntro:
    "Từ các báo cáo tổng hợp năm, ghi vào sổ này các trang đánh giá (báo cáo tổng kết): kết quả từng mục tiêu qua các năm, mục tiêu đạt theo đơn vị, nhiệm vụ theo lĩnh vực và biểu đồ xu hướng.",
  evaluateFilesLabel: "Báo cáo năm",
  evaluatePick: "Chọn báo cáo năm…",
  evaluateNote:
    "Báo cáo tổng hợp năm (.xlsx do Báo cáo CCHC ghi) hoặc tệp tóm tắt .json của các năm có được; năm thiếu được để trống. Các trang đánh giá cũ được thay; các trang khác không bị thay đổi.",
  evaluateProgress: {
    reading: (p) => `Đang đọc báo cáo ${vi(p.done + 1)}/${vi(p.total)}${p.file === undefined ? "" : `: ${p.file}`}`,
    writing: () => "Đang ghi các trang đánh giá…",
    done: () => "Đã xong.",
  },
  evaluateRefusedHeading: (n) => `Không dùng để đánh giá (${vi(n)})`,
  yearsUsed: (years) => `Các năm có báo cáo: ${years}.`,
  yearsMissing: (years) => `Thiếu báo cáo năm: ${years} (để trống).`,
  targetsJudged: (year, met, missed, noData) =>
    `Đánh giá năm ${year}: ${vi(met)} mục tiêu đạt, ${vi(missed)} chưa đạt, ${vi(noData)} không đủ số liệu.`,
  evaluationSheets: "Các trang đánh giá",
  trendTitle: "Xu hướng theo lĩnh vực",
  trend: {
    tasks: "Nhiệm vụ hoàn thành",
    noReport: "thiếu báo cáo",
    noValue: "không có số liệu",
    levels: { tinh: "cấp tỉnh", huyen: "cấp huyện", xa: "cấp xã" },
    status: { met: "Đạt", missed: "Chưa đạt", no_data: "Không đủ số liệu" },
    chartName: (area) => `Xu hướng lĩnh vực ${area}`,
    targetLabel: (indicator, level, target) => `${indicator}${level ? ` (${level})` : ""}, mục tiêu ${target}`,
    endYear: (year, status) => `năm ${year}: ${status}`,
  },
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
  compareTitle: "Compare with earlier reports",
  compareWorkbook: "Compare with the consolidated report already in this workbook",
  compareWorkbookNote: "Its figures are read before the report sheets are replaced by the new report.",
  compareFilesLabel: "Earlier reports to compare with",
  comparePick: "Choose reports…",
  compareNote:
    "The consolidated report of the previous period or of the same period last year: an .xlsx written by CCHC Report, or its summary .json. Each report's role is decided by the period it states, not by the file's name.",
  roles: { previous: "Previous period", last_year: "Same period last year" },
  comparedWith: (role, period, source) => `${role}: ${period} (${source})`,
  workbookReport: "the report in this workbook",
  workbookReportItem: "The report in this workbook",
  nothingCompared: "No report could be used for the comparison; the report written has no comparison.",
  noWorkbookReport: "This workbook holds no consolidated report to compare with yet.",
  refusedHeading: (n) => `Not used for the comparison (${en(n)})`,
  refusedItem: (source, reason) => `${source}: ${reason}`,
  tabEvaluate: "Evaluate",
  evaluateTitle: (start, end) => `Evaluate the programme ${start}-${end}`,
  evaluateIntro:
    "From the annual consolidated reports, writes the evaluation sheets into this workbook: each target's results year by year, targets met by unit, tasks by area, and trend charts.",
  evaluateFilesLabel: "Annual reports",
  evaluatePick: "Choose annual reports…",
  evaluateNote:
    "Annual consolidated reports (.xlsx written by CCHC Report) or their summary .json, for the years you have; a missing year is left blank. Earlier evaluation sheets are replaced; no other sheet is changed.",
  evaluateProgress: {
    reading: (p) => `Reading report ${en(p.done + 1)} of ${en(p.total)}${p.file === undefined ? "" : `: ${p.file}`}`,
    writing: () => "Writing the evaluation sheets…",
    done: () => "Done.",
  },
  evaluateRefusedHeading: (n) => `Not used for the evaluation (${en(n)})`,
  yearsUsed: (years) => `Years with a report: ${years}.`,
  yearsMissing: (years) => `Annual reports missing: ${years} (left blank).`,
  targetsJudged: (year, met, missed, noData) =>
    `Judged on ${year}: ${en(met)} ${met === 1 ? "target" : "targets"} met, ${en(missed)} missed, ${en(noData)} without enough data.`,
  evaluationSheets: "Evaluation sheets",
  trendTitle: "Trends by area",
  trend: {
    tasks: "Tasks done",
    noReport: "no report",
    noValue: "no figure",
    levels: { tinh: "province level", huyen: "district level", xa: "commune level" },
    status: { met: "Met", missed: "Missed", no_data: "Not enough data" },
    chartName: (area) => `Trend of area ${area}`,
    targetLabel: (indicator, level, target) => `${indicator}${level ? ` (${level})` : ""}, target ${target}`,
    endYear: (year, status) => `${year}: ${status}`,
  },
};

export const STRINGS: Readonly<Record<Language, Strings>> = { vi: VI, en: EN };
