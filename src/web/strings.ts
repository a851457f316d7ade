/**
 * Every text the web page shows, in Vietnamese and English: the words of the parts it shares with
 * the task pane (src/ui/strings.ts) and its own. Issue messages and a file's unreadable reason come
 * from the core's catalogues. Counts are written as the language writes numbers.
 */
import type { Language } from "../core/check/messages";
import type { TaskState } from "../core/consolidate/tasks";
import { formatCount } from "../ui/model/format";
import type { ConsolidationProgress } from "../ui/model/progress";
import { UI_STRINGS, type UiStrings } from "../ui/strings";
import type { FileState } from "./model/jobs";

export type { Language };

type Stage = ConsolidationProgress["stage"];

export interface WebStrings extends UiStrings {
  readonly appTitle: string;
  readonly appLead: string;
  readonly privacy: string;
  readonly pageMode: string;
  readonly tabTemplate: string;
  readonly tabCheck: string;
  readonly tabConsolidate: string;
  // template tab
  readonly allUnits: string;
  readonly allUnitsHint: (count: number) => string;
  readonly downloadTemplate: string;
  readonly downloadAll: string;
  readonly makingTemplates: (done: number, total: number, unit: string | undefined) => string;
  readonly templateReady: (name: string) => string;
  readonly templatesReady: (count: number, name: string) => string;
  readonly saveAgain: (name: string) => string;
  // picking files
  readonly pickFiles: string;
  readonly pickFolder: string;
  readonly dropHere: string;
  readonly folderNote: string;
  readonly clearFiles: string;
  // the unit list (the command line's --units)
  readonly unitListLabel: string;
  readonly unitListPick: string;
  readonly unitListNote: (builtIn: number) => string;
  readonly unitListChosen: (name: string, units: number) => string;
  readonly unitListRemove: string;
  readonly unitListRefusedTitle: string;
  readonly unitListRefused: (name: string) => string;
  // check tab
  readonly runCheck: string;
  readonly checking: (done: number, total: number, file: string | undefined) => string;
  readonly checkedFile: (file: string) => string;
  readonly writingIssues: string;
  /** A failure's detail when the page's background worker stopped without saying why. */
  readonly workerStopped: string;
  readonly checkSummary: (files: number, errors: number, warnings: number) => string;
  readonly downloadIssues: string;
  // consolidate tab
  readonly runConsolidate: string;
  readonly cancel: string;
  readonly progress: Readonly<Record<Stage, (p: ConsolidationProgress) => string>>;
  readonly fileStates: Readonly<Record<FileState["status"] | "waiting" | "reading", string>>;
  readonly fileErrors: (count: number) => string;
  readonly downloadReport: string;
  readonly downloadSummary: string;
  readonly downloadsHeading: string;
  readonly otherPeriodsOnly: (period: string, found: string, files: number) => string;
  // charts
  readonly chartsHeading: string;
  readonly chartTargets: string;
  readonly chartTargetsNone: string;
  readonly chartMet: string;
  readonly chartMissed: string;
  readonly chartTargetsBar: (area: string, met: number, judged: number) => string;
  readonly chartUnits: (keys: number) => string;
  readonly chartUnitsNone: string;
  readonly chartUnitsAxis: string;
  readonly chartUnitsBar: (met: number, units: number) => string;
  readonly chartTasks: string;
  readonly chartTasksNone: string;
  readonly taskStates: Readonly<Record<TaskState, string>>;
  readonly chartTasksBar: (area: string, done: number, total: number, overdue: number) => string;
  // runs that stop
  readonly cancelled: (what: string) => string;
  readonly failedTitle: string;
  readonly failed: (what: string, message: string) => string;
  readonly stageWhat: Readonly<Record<Stage, (p: ConsolidationProgress) => string>>;
  readonly keptResult: string;
  readonly keptNothing: string;
  readonly filesUnchanged: string;
}

const vi = (n: number): string => formatCount(n, "vi");
const en = (n: number): string => formatCount(n, "en");
const named = (file: string | undefined): string => (file === undefined ? "" : `: ${file}`);

const VI: WebStrings = {
  ...UI_STRINGS.vi,
  outcomeLabels: { ...UI_STRINGS.vi.outcomeLabels, sources: "Tệp đã đọc" },
  appTitle: "Báo cáo CCHC",
  appLead:
    "Biểu mẫu, kiểm tra và tổng hợp báo cáo cải cách hành chính tỉnh Thái Nguyên (QĐ 4020/QĐ-UBND), ngay trong trình duyệt: không cần Excel, không cần cài đặt.",
  privacy: "Các tệp chỉ được đọc trên máy này; trang không gửi gì ra ngoài, chạy được cả khi không có mạng.",
  pageMode: "Trình duyệt này không cho chạy xử lý nền: trang vẫn làm được mọi việc nhưng có thể chậm phản hồi khi đọc nhiều tệp.",
  tabTemplate: "Mẫu báo cáo",
  tabCheck: "Kiểm tra",
  tabConsolidate: "Tổng hợp",
  allUnits: "Tất cả đơn vị của kỳ",
  allUnitsHint: (count) => `${vi(count)} biểu mẫu trong một tệp .zip`,
  downloadTemplate: "Tải biểu mẫu (.xlsx)",
  downloadAll: "Tải biểu mẫu của mọi đơn vị (.zip)",
  makingTemplates: (done, total, unit) => `Đang tạo biểu mẫu ${vi(done + 1)}/${vi(total)}${named(unit)}`,
  templateReady: (name) => `Đã tạo ${name}.`,
  templatesReady: (count, name) => `Đã tạo ${vi(count)} biểu mẫu trong ${name}.`,
  saveAgain: (name) => `Lưu lại ${name}`,
  pickFiles: "Chọn tệp…",
  pickFolder: "Chọn thư mục…",
  dropHere: "hoặc kéo thả tệp, thư mục vào đây",
  folderNote:
    "Từ một thư mục chỉ lấy các tệp .xlsx nằm ngay trong thư mục đó, như dòng lệnh; các tệp được đọc theo thứ tự tên. Tệp không bị thay đổi.",
  clearFiles: "Bỏ tất cả",
  unitListLabel: "Danh sách đơn vị (tùy chọn)",
  unitListPick: "Chọn danh sách đơn vị (.json)…",
  unitListNote: (builtIn) =>
    `Tệp dữ liệu JSON dùng thay cho danh sách đơn vị có sẵn, như tùy chọn --units của dòng lệnh. Không chọn thì dùng danh sách có sẵn của tỉnh (${vi(builtIn)} đơn vị).`,
  unitListChosen: (name, units) => `Đang dùng ${name}: ${vi(units)} đơn vị.`,
  unitListRemove: "Bỏ danh sách này",
  unitListRefusedTitle: "Không dùng được danh sách đơn vị",
  unitListRefused: (name) =>
    `${name} không phải danh sách đơn vị hợp lệ. Chưa tổng hợp được cho tới khi chọn tệp khác hoặc bỏ tệp này. Chỗ sai:`,
  runCheck: "Kiểm tra",
  checking: (done, total, file) => `Đang kiểm tra tệp ${vi(done + 1)}/${vi(total)}${named(file)}`,
  checkedFile: (file) => `Tệp: ${file}`,
  writingIssues: "Đang ghi danh sách lỗi…",
  workerStopped: "bộ xử lý nền của trang đã dừng (thường do hết bộ nhớ); hãy thử lại với ít tệp hơn",
  checkSummary: (files, errors, warnings) => `Đã kiểm tra ${vi(files)} tệp: ${vi(errors)} lỗi, ${vi(warnings)} cảnh báo.`,
  downloadIssues: "Tải danh sách lỗi (.xlsx)",
  runConsolidate: "Tổng hợp",
  cancel: "Hủy",
  progress: {
    reading: (p) => `Đang đọc tệp ${vi(p.done + 1)}/${vi(p.total)}${named(p.file)}`,
    consolidating: () => "Đang tổng hợp số liệu…",
    writing: () => "Đang ghi tệp báo cáo tổng hợp…",
    done: () => "Đã xong.",
  },
  fileStates: {
    waiting: "chờ đọc",
    reading: "đang đọc…",
    checked: "đã kiểm tra",
    accepted: "đã đọc",
    duplicate: "gửi trùng",
    unknown_unit: "không xác định được đơn vị",
    wrong_period: "sai kỳ báo cáo",
    not_template: "không phải biểu mẫu",
    unreadable: "không đọc được",
  },
  fileErrors: (count) => `${vi(count)} lỗi`,
  downloadReport: "Tải báo cáo tổng hợp (.xlsx)",
  downloadSummary: "Tải bản tóm tắt (JSON)",
  downloadsHeading: "Tệp kết quả",
  otherPeriodsOnly: (period, found, files) =>
    `Không có báo cáo nào của kỳ ${period}: ${vi(files)} tệp là báo cáo kỳ ${found}. Chưa ghi báo cáo tổng hợp; hãy chọn đúng kỳ báo cáo.`,
  chartsHeading: "Số liệu chính của tỉnh",
  chartTargets: "Mục tiêu đạt theo lĩnh vực (cấp tỉnh)",
  chartTargetsNone: "Chưa có chỉ tiêu nào có đủ số liệu để so với mục tiêu.",
  chartMet: "Đạt",
  chartMissed: "Chưa đạt",
  chartTargetsBar: (area, met, judged) => `${area}: đạt ${vi(met)}/${vi(judged)} mục tiêu`,
  chartUnits: (keys) => `Đơn vị theo số mục tiêu đạt (trong ${vi(keys)} chỉ tiêu có mục tiêu)`,
  chartUnitsNone: "Chưa có đơn vị nào được tổng hợp.",
  chartUnitsAxis: "Số mục tiêu đạt",
  chartUnitsBar: (met, units) => `${vi(units)} đơn vị đạt ${vi(met)} mục tiêu`,
  chartTasks: "Tiến độ nhiệm vụ theo lĩnh vực",
  chartTasksNone: "Kỳ này không có nhiệm vụ nào của các đơn vị đã gửi.",
  taskStates: {
    done_on_time: "Hoàn thành đúng hạn",
    done_late: "Hoàn thành quá hạn",
    in_progress: "Đang thực hiện",
    not_started: "Chưa thực hiện",
    blank: "Chưa báo cáo",
  },
  chartTasksBar: (area, done, total, overdue) =>
    `${area}: hoàn thành ${vi(done)}/${vi(total)} lượt nhiệm vụ${overdue > 0 ? `, ${vi(overdue)} quá hạn chưa xong` : ""}`,
  cancelled: (what) => `Đã hủy${what ? ` ${what}` : ""}.`,
  failedTitle: "Không hoàn thành",
  failed: (what, message) => `Lỗi${what ? ` ${what}` : ""}: ${message}.`,
  stageWhat: {
    reading: (p) => `khi đọc tệp ${vi(p.done + 1)}/${vi(p.total)}${named(p.file)}`,
    consolidating: () => "khi tổng hợp số liệu",
    writing: () => "khi ghi tệp",
    done: () => "sau khi xong",
  },
  keptResult: "Kết quả tổng hợp, biểu đồ và bản tóm tắt JSON ở dưới vẫn dùng được; chưa có tệp báo cáo .xlsx.",
  keptNothing: "Chưa tạo tệp nào; các tệp đã chọn vẫn ở trong danh sách.",
  filesUnchanged: "Các tệp của bạn không bị thay đổi.",
};

const EN: WebStrings = {
  ...UI_STRINGS.en,
  outcomeLabels: { ...UI_STRINGS.en.outcomeLabels, sources: "Files read" },
  appTitle: "CCHC Report",
  appLead:
    "Templates, checks and consolidation of the administrative-reform reports of Thái Nguyên province (QĐ 4020/QĐ-UBND), in the browser: no Excel, nothing to install.",
  privacy: "Files are read on this computer only; the page sends nothing anywhere and works without a network.",
  pageMode: "This browser does not allow background work: the page does everything, but may answer slowly while it reads many files.",
  tabTemplate: "Template",
  tabCheck: "Check",
  tabConsolidate: "Consolidate",
  allUnits: "Every unit of the period",
  allUnitsHint: (count) => `${en(count)} templates in one .zip file`,
  downloadTemplate: "Download the template (.xlsx)",
  downloadAll: "Download every unit's template (.zip)",
  makingTemplates: (done, total, unit) => `Writing template ${en(done + 1)} of ${en(total)}${named(unit)}`,
  templateReady: (name) => `${name} written.`,
  templatesReady: (count, name) => `${en(count)} templates written in ${name}.`,
  saveAgain: (name) => `Save ${name} again`,
  pickFiles: "Choose files…",
  pickFolder: "Choose a folder…",
  dropHere: "or drop files or a folder here",
  folderNote:
    "From a folder only the .xlsx files directly in it are taken, as the command line does; files are read in name order. Files are never changed.",
  clearFiles: "Remove all",
  unitListLabel: "Unit list (optional)",
  unitListPick: "Choose a unit list (.json)…",
  unitListNote: (builtIn) =>
    `A JSON data file used instead of the built-in unit list, as the command line's --units option. Without one, the province's built-in list (${en(builtIn)} units) is used.`,
  unitListChosen: (name, units) => `Using ${name}: ${en(units)} ${units === 1 ? "unit" : "units"}.`,
  unitListRemove: "Remove this list",
  unitListRefusedTitle: "The unit list cannot be used",
  unitListRefused: (name) =>
    `${name} is not a valid unit list. Nothing can be consolidated until another file is chosen or this one is removed. What is wrong:`,
  runCheck: "Run check",
  checking: (done, total, file) => `Checking file ${en(done + 1)} of ${en(total)}${named(file)}`,
  checkedFile: (file) => `File: ${file}`,
  writingIssues: "Writing the problem list…",
  workerStopped: "the page's background worker stopped (most often out of memory); try again with fewer files",
  checkSummary: (files, errors, warnings) =>
    `${en(files)} ${files === 1 ? "file" : "files"} checked: ${en(errors)} ${errors === 1 ? "error" : "errors"}, ${en(warnings)} ${warnings === 1 ? "warning" : "warnings"}.`,
  downloadIssues: "Download the problem list (.xlsx)",
  runConsolidate: "Consolidate",
  cancel: "Cancel",
  progress: {
    reading: (p) => `Reading file ${en(p.done + 1)} of ${en(p.total)}${named(p.file)}`,
    consolidating: () => "Consolidating…",
    writing: () => "Writing the consolidated report…",
    done: () => "Done.",
  },
  fileStates: {
    waiting: "waiting",
    reading: "reading…",
    checked: "checked",
    accepted: "read",
    duplicate: "sent twice",
    unknown_unit: "unit not recognised",
    wrong_period: "wrong period",
    not_template: "not a template",
    unreadable: "cannot be read",
  },
  fileErrors: (count) => `${en(count)} ${count === 1 ? "error" : "errors"}`,
  downloadReport: "Download the consolidated report (.xlsx)",
  downloadSummary: "Download the summary (JSON)",
  downloadsHeading: "Result files",
  otherPeriodsOnly: (period, found, files) =>
    `No report is for ${period}: the ${en(files)} files are reports for ${found}. No report was written; choose the right period.`,
  chartsHeading: "The province's key figures",
  chartTargets: "Targets met by area (province level)",
  chartTargetsNone: "No indicator has enough figures yet to compare with its target.",
  chartMet: "Met",
  chartMissed: "Missed",
  chartTargetsBar: (area, met, judged) => `${area}: ${en(met)} of ${en(judged)} targets met`,
  chartUnits: (keys) => `Units by targets met (of ${en(keys)} indicators with a target)`,
  chartUnitsNone: "No unit has been consolidated yet.",
  chartUnitsAxis: "Targets met",
  chartUnitsBar: (met, units) => `${en(units)} ${units === 1 ? "unit" : "units"} met ${en(met)} ${met === 1 ? "target" : "targets"}`,
  chartTasks: "Task progress by area",
  chartTasksNone: "No unit that reported has tasks in this period.",
  taskStates: {
    done_on_time: "Done on time",
    done_late: "Done late",
    in_progress: "In progress",
    not_started: "Not started",
    blank: "Not reported",
  },
  chartTasksBar: (area, done, total, overdue) =>
    `${area}: ${en(done)} of ${en(total)} task assignments done${overdue > 0 ? `, ${en(overdue)} overdue` : ""}`,
  cancelled: (what) => `Cancelled${what ? ` ${what}` : ""}.`,
  failedTitle: "Not completed",
  failed: (what, message) => `Failed${what ? ` ${what}` : ""}: ${message}.`,
  stageWhat: {
    reading: (p) => `while reading file ${en(p.done + 1)} of ${en(p.total)}${named(p.file)}`,
    consolidating: () => "while consolidating",
    writing: () => "while writing the file",
    done: () => "after finishing",
  },
  keptResult: "The result, charts and JSON summary below can still be used; there is no .xlsx report.",
  keptNothing: "No file was made; the chosen files are still in the list.",
  filesUnchanged: "Your files were not changed.",
};

export const WEB_STRINGS: Readonly<Record<Language, WebStrings>> = { vi: VI, en: EN };
