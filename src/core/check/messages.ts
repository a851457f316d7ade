/**
 * Issue messages in Vietnamese and English, keyed by code; {name} is replaced by the issue's
 * param as params.ts shows it in the message's language (names from the programme data).
 */
import type { Programme } from "../programme/schema";
import type { Issue, IssueCode, Severity } from "./issues";
import { shownParams, type Language } from "./params";

export type { Language };

type Catalogue = Readonly<Record<IssueCode, string>>;

const VI: Catalogue = {
  file_unreadable: "Không đọc được tệp: {reason}",
  sheet_missing: "Thiếu trang tính {role} của biểu mẫu",
  marker_missing: "Trang tính không có dấu nhận diện của biểu mẫu; đã nhận diện theo tiêu đề cột",
  column_missing: 'Thiếu cột "{column}"',
  column_renamed: 'Cột "{column}" đã bị đổi tên thành "{header}"; vẫn đọc theo mã cột',
  row_missing: 'Thiếu dòng {item} "{code}"',
  row_unknown: 'Dòng không thuộc biểu mẫu ("{label}"), số liệu của dòng này không được tổng hợp',
  row_duplicate: 'Dòng "{code}" bị lặp (đã có ở ô {first}); dòng lặp không được tính',
  row_matched_by_label: 'Dòng "{label}" được nhận theo tên (mã ghi "{found}", mã đúng "{code}")',
  row_hidden: "Dòng {row} đang bị ẩn nhưng có số liệu; số liệu vẫn được đọc, hãy bỏ ẩn để kiểm tra",
  sheet_duplicate: 'Trang tính "{sheet}" cũng là trang {role} của biểu mẫu; chỉ đọc trang "{used}", trang này không được đọc',
  value_read: 'Đã đọc "{raw}" thành {read} ({how})',
  error_value: "Ô chứa lỗi {raw}",
  text_too_long: "Ô chứa {length} ký tự, vượt giới hạn {limit} ký tự của một ô Excel; không được đọc",
  unknown_unit: 'Mã đơn vị "{unit}" không có trong danh sách đơn vị',
  unit_not_in_period: 'Đơn vị "{unit}" không thuộc danh sách báo cáo kỳ {period}',
  unknown_period: 'Kỳ báo cáo "{period}" không hợp lệ',
  unit_mismatch: 'Mã đơn vị trên trang Thông tin ("{found}") khác với dấu nhận diện ("{unit}")',
  programme_mismatch: 'Biểu mẫu thuộc chương trình "{found}", không phải "{expected}"',
  template_version_mismatch: "Biểu mẫu phiên bản {found}, phiên bản hiện hành là {expected}",
  target_changed: "Mục tiêu {target} trong tệp ({found}) khác với chương trình ({expected}); dùng giá trị trong tệp",
  required_missing: "Chưa nhập: {what}",
  not_a_number: '"{raw}" không phải là số',
  not_a_percent: '"{raw}" không phải là tỷ lệ phần trăm',
  not_a_date: '"{raw}" không phải là ngày hợp lệ (dd/mm/yyyy)',
  invalid_choice: '"{raw}" không có trong danh sách lựa chọn',
  negative_count: "Số liệu không được âm ({value})",
  fractional_count: "Số liệu phải là số nguyên ({value})",
  part_exceeds_whole: "{part} ({partValue}) lớn hơn {whole} ({wholeValue})",
  rate_out_of_range: "Tỷ lệ {value} % nằm ngoài khoảng 0-100 %",
  rate_formula_overwritten: "Ô tỷ lệ ghi {found} %, tính từ số liệu thành phần là {expected} %; công thức có thể đã bị ghi đè",
  target_missed_unexplained: "Chưa đạt mục tiêu {target} ({value} so với {comparator} {targetValue}) nhưng chưa có giải trình",
  task_done_without_date: "Nhiệm vụ đã hoàn thành nhưng chưa nhập ngày hoàn thành",
  task_done_without_evidence: "Nhiệm vụ đã hoàn thành nhưng chưa có văn bản, minh chứng",
  task_late_marked_on_time: 'Hoàn thành ngày {completed}, sau thời hạn {deadline}, nhưng ghi "đúng hạn"',
  task_completed_in_future: "Ngày hoàn thành {completed} sau ngày cuối kỳ báo cáo {periodEnd}",
  task_overdue: "Nhiệm vụ quá hạn {deadline} mà chưa hoàn thành",
  not_a_template: "Tệp không có trang tính nào của biểu mẫu báo cáo CCHC; không được tổng hợp",
  wrong_period: "Báo cáo kỳ {found}, không phải kỳ {expected}; không được tổng hợp",
  duplicate_report: "Đơn vị {unit} gửi nhiều báo cáo; dùng {kept}, báo cáo này không được tính",
  report_late: "Báo cáo gửi ngày {submitted}, sau hạn {due}",
  unit_mapped: "Đơn vị {unit} đã hợp nhất vào {successors}; số liệu được tính cho đơn vị kế thừa",
  value_conflict: "Hai báo cáo của {unit} khác nhau ở {indicator}: {kept} (được dùng) và {other}",
  value_superseded: "Số liệu thời điểm của {unit} được thay bằng số liệu của {successor}",
  figures_missing:
    "Tệp không có trang dữ liệu báo cáo (báo cáo tổng hợp bằng phiên bản trước khi có chức năng so sánh, hoặc không phải báo cáo tổng hợp); hãy tổng hợp lại kỳ đó bằng phiên bản này",
  figures_invalid: "Trang dữ liệu báo cáo đã bị sửa hoặc bị hỏng (tại {path}); không dùng được",
  figures_version_unsupported:
    "Trang dữ liệu báo cáo có định dạng {found}, phiên bản này chỉ đọc được {expected}; hãy cập nhật cchc-report",
  report_other_programme: "Báo cáo thuộc chương trình {found}, không phải {expected}; không dùng được",
  report_repeated: "Đã có báo cáo kỳ {period} ({kept}); tệp này không được dùng",
  compare_same_period: "Báo cáo kỳ {period} trùng kỳ với báo cáo đang tổng hợp; không so sánh một kỳ với chính nó",
  compare_period_unrelated:
    "Báo cáo kỳ {found} không phải kỳ trước ({previous}) hay cùng kỳ năm trước ({lastYear}) của kỳ {period}; không dùng để so sánh",
  completion_source_unsuitable:
    "Báo cáo kỳ {found} không dùng được để bổ sung số liệu kỳ {period}: cần báo cáo tổng hợp có cùng ngày bắt đầu {windowStart} và kết thúc trước {windowEnd}",
  unit_completed:
    "Đơn vị {unit} kết thúc ngày {ended}, không có đơn vị kế thừa: {count} số liệu cộng dồn lấy từ báo cáo {source} (kỳ {sourcePeriod}, số liệu đến {sourceEnd})",
  completion_gap: "Chưa có số liệu của {units} từ {from} đến {to} trong báo cáo nào",
  evaluation_not_annual: "Báo cáo kỳ {period} không phải báo cáo năm; không dùng để đánh giá",
  evaluation_year_outside: "Báo cáo năm {year} nằm ngoài giai đoạn {start}-{end} của chương trình; không dùng để đánh giá",
  evaluation_year_missing: "Thiếu báo cáo năm {year}; số liệu năm này để trống",
};

const EN: Catalogue = {
  file_unreadable: "The file cannot be read: {reason}",
  sheet_missing: "The template's {role} sheet is missing",
  marker_missing: "The sheet has no template marker; recognised by its column headers",
  column_missing: 'Column "{column}" is missing',
  column_renamed: 'Column "{column}" was renamed to "{header}"; still read by its column key',
  row_missing: 'The {item} row "{code}" is missing',
  row_unknown: 'Row not in the template ("{label}"); its figures are not consolidated',
  row_duplicate: 'Row "{code}" is repeated (first at {first}); the repeat is not counted',
  row_matched_by_label: 'Row "{label}" matched by its name (code given "{found}", expected "{code}")',
  row_hidden: "Row {row} is hidden but holds entries; they are read all the same, unhide the row to check them",
  sheet_duplicate: 'Sheet "{sheet}" is another {role} sheet of the template; only "{used}" is read, this one is not',
  value_read: 'Read "{raw}" as {read} ({how})',
  error_value: "The cell holds the error {raw}",
  text_too_long: "The cell holds {length} characters, over Excel's limit of {limit} per cell; not read",
  unknown_unit: 'Unit code "{unit}" is not in the unit list',
  unit_not_in_period: 'Unit "{unit}" does not report for period {period}',
  unknown_period: 'Reporting period "{period}" is not valid',
  unit_mismatch: 'The unit code on the information sheet ("{found}") differs from the marker ("{unit}")',
  programme_mismatch: 'The template belongs to programme "{found}", not "{expected}"',
  template_version_mismatch: "Template version {found}; the current version is {expected}",
  target_changed: "Target {target} in the file ({found}) differs from the programme ({expected}); the file's value is used",
  required_missing: "Not filled in: {what}",
  not_a_number: '"{raw}" is not a number',
  not_a_percent: '"{raw}" is not a percentage',
  not_a_date: '"{raw}" is not a valid date (dd/mm/yyyy)',
  invalid_choice: '"{raw}" is not one of the choices',
  negative_count: "A count cannot be negative ({value})",
  fractional_count: "A count must be a whole number ({value})",
  part_exceeds_whole: "{part} ({partValue}) is greater than {whole} ({wholeValue})",
  rate_out_of_range: "Rate {value} % is outside 0-100 %",
  rate_formula_overwritten: "The rate cell says {found} % but its parts give {expected} %; the formula may have been overwritten",
  target_missed_unexplained: "Target {target} missed ({value} against {comparator} {targetValue}) without an explanation",
  task_done_without_date: "The task is marked done but has no completion date",
  task_done_without_evidence: "The task is marked done but has no evidence document",
  task_late_marked_on_time: 'Completed on {completed}, after the deadline {deadline}, but marked "on time"',
  task_completed_in_future: "Completion date {completed} is after the end of the reporting window {periodEnd}",
  task_overdue: "The task is past its deadline {deadline} and not done",
  not_a_template: "The file has no sheet of the CCHC report template; not consolidated",
  wrong_period: "Report for period {found}, not {expected}; not consolidated",
  duplicate_report: "Unit {unit} sent several reports; {kept} is used, this one is not counted",
  report_late: "Sent on {submitted}, after the due date {due}",
  unit_mapped: "Unit {unit} was merged into {successors}; its figures count for the successor",
  value_conflict: "Two reports of {unit} differ on {indicator}: {kept} (used) and {other}",
  value_superseded: "The stock figure of {unit} is replaced by that of {successor}",
  figures_missing:
    "The file has no report data sheet (a report consolidated by a version from before comparisons, or not a consolidated report); consolidate that period again with this version",
  figures_invalid: "The report data sheet was edited or is damaged (at {path}); it cannot be used",
  figures_version_unsupported: "The report data sheet is in format {found}; this version reads {expected} only; update cchc-report",
  report_other_programme: "The report belongs to programme {found}, not {expected}; it cannot be used",
  report_repeated: "There is already a report for {period} ({kept}); this file is not used",
  compare_same_period: "The report is for {period}, the period being consolidated; a period is not compared with itself",
  compare_period_unrelated:
    "The report for {found} is neither the previous period ({previous}) nor the same period last year ({lastYear}) of {period}; not used for the comparison",
  completion_source_unsuitable:
    "The report for {found} cannot complete {period}: it must be a consolidated report starting on {windowStart} and ending before {windowEnd}",
  unit_completed:
    "Unit {unit} ended on {ended} without a successor: {count} cumulative figures taken from the report {source} ({sourcePeriod}, figures up to {sourceEnd})",
  completion_gap: "No report holds the figures of {units} from {from} to {to}",
  evaluation_not_annual: "The report for {period} is not an annual report; not used for the evaluation",
  evaluation_year_outside: "The report for {year} lies outside the programme's years {start}-{end}; not used for the evaluation",
  evaluation_year_missing: "The annual report for {year} is missing; that year's figures are left blank",
};

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { vi: VI, en: EN };

export const SEVERITY_LABELS: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

/** The issue's message in a language, with its params filled in (names from the programme when given). */
export function formatIssue(issue: Issue, lang: Language = "vi", programme?: Programme): string {
  const params = shownParams(issue, lang, programme);
  return CATALOGUES[lang][issue.code].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
