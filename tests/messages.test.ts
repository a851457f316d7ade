/**
 * Every issue code's message in Vietnamese and in English, with realistic params as the checker
 * and the consolidator produce them: one language per message. An English message holds no
 * Vietnamese word and a Vietnamese one no English key, apart from unit and file names and what
 * a user typed (marked in each case), which are shown as they are.
 */
import { ISSUE_CODES, issue, type Issue, type IssueCode, type IssueLocation, type IssueParams } from "../src/core/check/issues";
import { formatIssue } from "../src/core/check/messages";
import { defaultBundle } from "../src/core/programme/default";
import { build, check, rowOf, setCell, setIndicator, setInfo, setTask, sheetName } from "./helpers/build";

const programme = defaultBundle().programme;

interface Case {
  readonly params: IssueParams;
  readonly location?: IssueLocation;
  /** Text shown as it is in both languages: unit and file names, what a unit typed. */
  readonly verbatim?: readonly string[];
  readonly vi: string;
  readonly en: string;
}

const IND = { sheet: "Chỉ tiêu", cell: "E43" };

const CASES: Readonly<Record<IssueCode, Case>> = {
  file_unreadable: {
    params: { kind: "encrypted", reason: "encrypted" },
    vi: "Không đọc được tệp: tệp được đặt mật khẩu mở nên không đọc được; hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi gửi lại",
    en: "The file cannot be read: the file is password-protected (encrypted) and cannot be read; remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and send it again",
  },
  sheet_missing: { params: { role: "tasks" }, vi: "Thiếu trang tính Nhiệm vụ của biểu mẫu", en: "The template's Tasks sheet is missing" },
  marker_missing: {
    params: { role: "indicators" },
    location: { sheet: "Sheet1" },
    vi: "Trang tính không có dấu nhận diện của biểu mẫu; đã nhận diện theo tiêu đề cột",
    en: "The sheet has no template marker; recognised by its column headers",
  },
  column_missing: {
    params: { table: "indicators", column: "value" },
    vi: 'Thiếu cột "Số liệu kỳ báo cáo"',
    en: 'Column "Value this period" is missing',
  },
  column_renamed: {
    params: { table: "tasks", column: "status", header: "Tiến độ" },
    verbatim: ["Tiến độ"],
    vi: 'Cột "Tình trạng" đã bị đổi tên thành "Tiến độ"; vẫn đọc theo mã cột',
    en: 'Column "Status" was renamed to "Tiến độ"; still read by its column key',
  },
  row_missing: {
    params: { item: "task", code: "NV2.03" },
    location: { task: "NV2.03" },
    vi: 'Thiếu dòng nhiệm vụ "NV2.03"',
    en: 'The task row "NV2.03" is missing',
  },
  row_unknown: {
    params: { label: "Tổng cộng" },
    verbatim: ["Tổng cộng"],
    vi: 'Dòng không thuộc biểu mẫu ("Tổng cộng"), số liệu của dòng này không được tổng hợp',
    en: 'Row not in the template ("Tổng cộng"); its figures are not consolidated',
  },
  row_duplicate: {
    params: { code: "NV1.01", first: "B12" },
    location: { task: "NV1.01" },
    vi: 'Dòng "NV1.01" bị lặp (đã có ở ô B12); dòng lặp không được tính',
    en: 'Row "NV1.01" is repeated (first at B12); the repeat is not counted',
  },
  row_matched_by_label: {
    params: { label: "Số văn bản chỉ đạo", found: "0.1", code: "0.01" },
    verbatim: ["Số văn bản chỉ đạo"],
    vi: 'Dòng "Số văn bản chỉ đạo" được nhận theo tên (mã ghi "0.1", mã đúng "0.01")',
    en: 'Row "Số văn bản chỉ đạo" matched by its name (code given "0.1", expected "0.01")',
  },
  row_hidden: {
    params: { row: 17 },
    vi: "Dòng 17 đang bị ẩn nhưng có số liệu; số liệu vẫn được đọc, hãy bỏ ẩn để kiểm tra",
    en: "Row 17 is hidden but holds entries; they are read all the same, unhide the row to check them",
  },
  sheet_duplicate: {
    params: { sheet: "Chỉ tiêu (2)", role: "indicators", used: "Chỉ tiêu" },
    verbatim: ["Chỉ tiêu (2)", "Chỉ tiêu"],
    vi: 'Trang tính "Chỉ tiêu (2)" cũng là trang Chỉ tiêu của biểu mẫu; chỉ đọc trang "Chỉ tiêu", trang này không được đọc',
    en: 'Sheet "Chỉ tiêu (2)" is another Indicators sheet of the template; only "Chỉ tiêu" is read, this one is not',
  },
  value_read: {
    params: { raw: "1.250", read: 1250, how: "text_number, thousands_separator" },
    location: IND,
    vi: 'Đã đọc "1.250" thành 1.250 (số lưu dạng chữ, dấu phân cách hàng nghìn)',
    en: 'Read "1.250" as 1,250 (a number stored as text, thousands separator)',
  },
  error_value: { params: { raw: "#DIV/0!" }, vi: "Ô chứa lỗi #DIV/0!", en: "The cell holds the error #DIV/0!" },
  text_too_long: {
    params: { raw: "x", length: 40000, limit: 32767 },
    vi: "Ô chứa 40.000 ký tự, vượt giới hạn 32.767 ký tự của một ô Excel; không được đọc",
    en: "The cell holds 40,000 characters, over Excel's limit of 32,767 per cell; not read",
  },
  unknown_unit: {
    params: { unit: "SXYZ" },
    vi: 'Mã đơn vị "SXYZ" không có trong danh sách đơn vị',
    en: 'Unit code "SXYZ" is not in the unit list',
  },
  unit_not_in_period: {
    params: { unit: "164", period: "2025-Y" },
    vi: 'Đơn vị "164" không thuộc danh sách báo cáo kỳ 2025-Y',
    en: 'Unit "164" does not report for period 2025-Y',
  },
  unknown_period: { params: { period: "2025-Q5" }, vi: 'Kỳ báo cáo "2025-Q5" không hợp lệ', en: 'Reporting period "2025-Q5" is not valid' },
  unit_mismatch: {
    params: { found: "STP", unit: "SNV" },
    vi: 'Mã đơn vị trên trang Thông tin ("STP") khác với dấu nhận diện ("SNV")',
    en: 'The unit code on the information sheet ("STP") differs from the marker ("SNV")',
  },
  programme_mismatch: {
    params: { found: "qd999-2021", expected: "qd4020-2021" },
    vi: 'Biểu mẫu thuộc chương trình "qd999-2021", không phải "qd4020-2021"',
    en: 'The template belongs to programme "qd999-2021", not "qd4020-2021"',
  },
  template_version_mismatch: {
    params: { found: "0.9.0", expected: "1.0.0" },
    vi: "Biểu mẫu phiên bản 0.9.0, phiên bản hiện hành là 1.0.0",
    en: "Template version 0.9.0; the current version is 1.0.0",
  },
  target_changed: {
    params: { target: "TTHC-06", comparator: ">=", foundValue: 85, foundConfirmed: 1, expectedValue: 90, expectedConfirmed: 0 },
    location: { indicator: "2.34" },
    vi: "Mục tiêu TTHC-06 trong tệp (>= 85, đã xác nhận) khác với chương trình (>= 90); dùng giá trị trong tệp",
    en: "Target TTHC-06 in the file (>= 85, confirmed) differs from the programme (>= 90); the file's value is used",
  },
  required_missing: { params: { field: "reporter" }, vi: "Chưa nhập: Người lập báo cáo", en: "Not filled in: Reporter" },
  not_a_number: {
    params: { raw: "2000 hồ sơ" },
    verbatim: ["2000 hồ sơ"],
    vi: '"2000 hồ sơ" không phải là số',
    en: '"2000 hồ sơ" is not a number',
  },
  not_a_percent: {
    params: { raw: "khoảng 80" },
    verbatim: ["khoảng 80"],
    vi: '"khoảng 80" không phải là tỷ lệ phần trăm',
    en: '"khoảng 80" is not a percentage',
  },
  not_a_date: {
    params: { raw: "31/02/2025" },
    vi: '"31/02/2025" không phải là ngày hợp lệ (dd/mm/yyyy)',
    en: '"31/02/2025" is not a valid date (dd/mm/yyyy)',
  },
  invalid_choice: {
    params: { raw: "Xong" },
    verbatim: ["Xong"],
    vi: '"Xong" không có trong danh sách lựa chọn',
    en: '"Xong" is not one of the choices',
  },
  negative_count: { params: { value: -3 }, vi: "Số liệu không được âm (-3)", en: "A count cannot be negative (-3)" },
  fractional_count: { params: { value: 2.5 }, vi: "Số liệu phải là số nguyên (2,5)", en: "A count must be a whole number (2.5)" },
  part_exceeds_whole: {
    params: { part: "2.21", partValue: 8992, whole: "2.19", wholeValue: 82, rule: "R-2.21-le-2.19" },
    location: { ...IND, indicator: "2.21" },
    vi: "2.21 Số hồ sơ tiếp nhận và xử lý trực tuyến toàn trình (8.992) lớn hơn 2.19 Số hồ sơ tiếp nhận trong kỳ (82)",
    en: "2.21 Dossiers received and processed fully online (8,992) is greater than 2.19 Dossiers received in the period (82)",
  },
  rate_out_of_range: {
    params: { value: 10965.85 },
    location: { ...IND, indicator: "2.22" },
    vi: "Tỷ lệ 10.965,85 % nằm ngoài khoảng 0-100 %",
    en: "Rate 10,965.85 % is outside 0-100 %",
  },
  rate_formula_overwritten: {
    params: { found: 50, expected: 10 },
    location: { ...IND, indicator: "2.22" },
    vi: "Ô tỷ lệ ghi 50 %, tính từ số liệu thành phần là 10 %; công thức có thể đã bị ghi đè",
    en: "The rate cell says 50 % but its parts give 10 %; the formula may have been overwritten",
  },
  target_missed_unexplained: {
    params: { target: "TTHC-07", value: 55.2, comparator: ">=", targetValue: 80, source: "qd942" },
    location: { indicator: "2.22" },
    vi: "Chưa đạt mục tiêu TTHC-07 (55,2 % so với >= 80 %) nhưng chưa có giải trình",
    en: "Target TTHC-07 missed (55.2 % against >= 80 %) without an explanation",
  },
  task_done_without_date: {
    params: {},
    location: { task: "NV0.01" },
    vi: "Nhiệm vụ đã hoàn thành nhưng chưa nhập ngày hoàn thành",
    en: "The task is marked done but has no completion date",
  },
  task_done_without_evidence: {
    params: {},
    location: { task: "NV0.01" },
    vi: "Nhiệm vụ đã hoàn thành nhưng chưa có văn bản, minh chứng",
    en: "The task is marked done but has no evidence document",
  },
  task_late_marked_on_time: {
    params: { completed: "2025-07-02", deadline: "2025-06-30" },
    vi: 'Hoàn thành ngày 02/07/2025, sau thời hạn 30/06/2025, nhưng ghi "đúng hạn"',
    en: 'Completed on 02/07/2025, after the deadline 30/06/2025, but marked "on time"',
  },
  task_completed_in_future: {
    params: { completed: "2026-01-15", periodEnd: "2025-12-20" },
    vi: "Ngày hoàn thành 15/01/2026 sau ngày cuối kỳ báo cáo 20/12/2025",
    en: "Completion date 15/01/2026 is after the end of the reporting window 20/12/2025",
  },
  task_overdue: {
    params: { deadline: "2024-12-31" },
    vi: "Nhiệm vụ quá hạn 31/12/2024 mà chưa hoàn thành",
    en: "The task is past its deadline 31/12/2024 and not done",
  },
  not_a_template: {
    params: {},
    location: { file: "bang-luong.xlsx" },
    vi: "Tệp không có trang tính nào của biểu mẫu báo cáo CCHC; không được tổng hợp",
    en: "The file has no sheet of the CCHC report template; not consolidated",
  },
  wrong_period: {
    params: { found: "2024-Y", expected: "2025-Y" },
    vi: "Báo cáo kỳ 2024-Y, không phải kỳ 2025-Y; không được tổng hợp",
    en: "Report for period 2024-Y, not 2025-Y; not consolidated",
  },
  duplicate_report: {
    params: { unit: "SGDDT", kept: "2025-Y_SGDDT_ban-sua.xlsx" },
    verbatim: ["2025-Y_SGDDT_ban-sua.xlsx"],
    vi: "Đơn vị SGDDT gửi nhiều báo cáo; dùng 2025-Y_SGDDT_ban-sua.xlsx, báo cáo này không được tính",
    en: "Unit SGDDT sent several reports; 2025-Y_SGDDT_ban-sua.xlsx is used, this one is not counted",
  },
  report_late: {
    params: { submitted: "2025-12-23", due: "2025-12-20" },
    vi: "Báo cáo gửi ngày 23/12/2025, sau hạn 20/12/2025",
    en: "Sent on 23/12/2025, after the due date 20/12/2025",
  },
  unit_mapped: {
    params: { unit: "164", successors: "05443, 05455" },
    vi: "Đơn vị 164 đã hợp nhất vào 05443, 05455; số liệu được tính cho đơn vị kế thừa",
    en: "Unit 164 was merged into 05443, 05455; its figures count for the successor",
  },
  value_conflict: {
    params: { unit: "SGDDT", indicator: "0.01", kept: 12, other: 17 },
    vi: "Hai báo cáo của SGDDT khác nhau ở 0.01 Số văn bản chỉ đạo, điều hành về cải cách hành chính được ban hành: 12 (được dùng) và 17",
    en: "Two reports of SGDDT differ on 0.01 CCHC direction and management documents issued: 12 (used) and 17",
  },
  value_superseded: {
    params: { unit: "164", successor: "05443" },
    vi: "Số liệu thời điểm của 164 được thay bằng số liệu của 05443",
    en: "The stock figure of 164 is replaced by that of 05443",
  },
  figures_missing: {
    params: {},
    vi: "Tệp không có trang dữ liệu báo cáo (báo cáo tổng hợp bằng phiên bản trước khi có chức năng so sánh, hoặc không phải báo cáo tổng hợp); hãy tổng hợp lại kỳ đó bằng phiên bản này",
    en: "The file has no report data sheet (a report consolidated by a version from before comparisons, or not a consolidated report); consolidate that period again with this version",
  },
  figures_invalid: {
    params: { path: "totals.3.value" },
    location: { file: "bao-cao-2024-Y.xlsx", sheet: "Dữ liệu báo cáo", cell: "A12" },
    vi: "Trang dữ liệu báo cáo đã bị sửa hoặc bị hỏng (tại totals.3.value); không dùng được",
    en: "The report data sheet was edited or is damaged (at totals.3.value); it cannot be used",
  },
  figures_version_unsupported: {
    params: { found: "cchc-report/figures@2", expected: "cchc-report/figures@1" },
    vi: "Trang dữ liệu báo cáo có định dạng cchc-report/figures@2, phiên bản này chỉ đọc được cchc-report/figures@1; hãy cập nhật cchc-report",
    en: "The report data sheet is in format cchc-report/figures@2; this version reads cchc-report/figures@1 only; update cchc-report",
  },
  report_other_programme: {
    params: { found: "qd-khac", expected: "qd4020-2021" },
    vi: "Báo cáo thuộc chương trình qd-khac, không phải qd4020-2021; không dùng được",
    en: "The report belongs to programme qd-khac, not qd4020-2021; it cannot be used",
  },
  report_repeated: {
    params: { period: "2024-Y", kept: "bao-cao-2024-Y.xlsx" },
    verbatim: ["bao-cao-2024-Y.xlsx"],
    vi: "Đã có báo cáo kỳ 2024-Y (bao-cao-2024-Y.xlsx); tệp này không được dùng",
    en: "There is already a report for 2024-Y (bao-cao-2024-Y.xlsx); this file is not used",
  },
  compare_same_period: {
    params: { period: "2025-Y" },
    vi: "Báo cáo kỳ 2025-Y trùng kỳ với báo cáo đang tổng hợp; không so sánh một kỳ với chính nó",
    en: "The report is for 2025-Y, the period being consolidated; a period is not compared with itself",
  },
  compare_period_unrelated: {
    params: { found: "2022-Y", period: "2024-Y", previous: "2024-Q3", lastYear: "2023-Y" },
    vi: "Báo cáo kỳ 2022-Y không phải kỳ trước (2024-Q3) hay cùng kỳ năm trước (2023-Y) của kỳ 2024-Y; không dùng để so sánh",
    en: "The report for 2022-Y is neither the previous period (2024-Q3) nor the same period last year (2023-Y) of 2024-Y; not used for the comparison",
  },
  completion_source_unsuitable: {
    params: { found: "2024-Y", period: "2025-Y", windowStart: "2024-12-15", windowEnd: "2025-12-14" },
    vi: "Báo cáo kỳ 2024-Y không dùng được để bổ sung số liệu kỳ 2025-Y: cần báo cáo tổng hợp có cùng ngày bắt đầu 15/12/2024 và kết thúc trước 14/12/2025",
    en: "The report for 2024-Y cannot complete 2025-Y: it must be a consolidated report starting on 15/12/2024 and ending before 14/12/2025",
  },
  unit_completed: {
    params: {
      unit: "164",
      ended: "2025-06-30",
      count: 42,
      source: "bao-cao-2025-H1.xlsx",
      sourcePeriod: "2025-H1",
      sourceEnd: "2025-06-14",
    },
    verbatim: ["bao-cao-2025-H1.xlsx"],
    vi: "Đơn vị 164 kết thúc ngày 30/06/2025, không có đơn vị kế thừa: 42 số liệu cộng dồn lấy từ báo cáo bao-cao-2025-H1.xlsx (kỳ 2025-H1, số liệu đến 14/06/2025)",
    en: "Unit 164 ended on 30/06/2025 without a successor: 42 cumulative figures taken from the report bao-cao-2025-H1.xlsx (2025-H1, figures up to 14/06/2025)",
  },
  completion_gap: {
    params: { units: "164, 165", from: "2025-06-15", to: "2025-06-30" },
    vi: "Chưa có số liệu của 164, 165 từ 15/06/2025 đến 30/06/2025 trong báo cáo nào",
    en: "No report holds the figures of 164, 165 from 15/06/2025 to 30/06/2025",
  },
  evaluation_not_annual: {
    params: { period: "2024-H1" },
    vi: "Báo cáo kỳ 2024-H1 không phải báo cáo năm; không dùng để đánh giá",
    en: "The report for 2024-H1 is not an annual report; not used for the evaluation",
  },
  evaluation_year_outside: {
    params: { year: "2020", start: "2021", end: "2025" },
    vi: "Báo cáo năm 2020 nằm ngoài giai đoạn 2021-2025 của chương trình; không dùng để đánh giá",
    en: "The report for 2020 lies outside the programme's years 2021-2025; not used for the evaluation",
  },
  evaluation_year_missing: {
    params: { year: "2023" },
    vi: "Thiếu báo cáo năm 2023; số liệu năm này để trống",
    en: "The annual report for 2023 is missing; that year's figures are left blank",
  },
};

const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
/** Keys of the code (role keys, note kinds, issue params) that must never reach a Vietnamese reader. */
const ENGLISH_KEYS = /\b(tasks|indicators|info|targets|[a-z]+_[a-z_]+|undefined|true|false|NaN)\b|\{\w+\}/;

function stripped(message: string, verbatim: readonly string[]): string {
  return verbatim.reduce((m, v) => m.split(v).join(""), message);
}

describe.each(ISSUE_CODES.map((code) => [code, CASES[code]] as const))("%s", (code, c) => {
  const i: Issue = issue(code, "error", c.location ?? {}, c.params);
  const vi = formatIssue(i, "vi", programme);
  const en = formatIssue(i, "en", programme);

  test("messages in Vietnamese and English", () => {
    expect({ vi, en }).toEqual({ vi: c.vi, en: c.en });
  });

  test("English without Vietnamese words, Vietnamese without English keys", () => {
    expect(stripped(en, c.verbatim ?? [])).not.toMatch(VIETNAMESE_LETTERS);
    expect(stripped(vi, c.verbatim ?? [])).not.toMatch(ENGLISH_KEYS);
  });
});

test("a report kept from the workbook open in Excel is named in the message's language (the source kind is data)", () => {
  const sheets = "Chỉ tiêu 05443, Nhiệm vụ 05443";
  const i = issue("duplicate_report", "warning", {}, { unit: "05443", kept: sheets, keptKind: "open_workbook" });
  const en = formatIssue(i, "en", programme);
  expect({ vi: formatIssue(i, "vi", programme), en }).toEqual({
    vi: "Đơn vị 05443 gửi nhiều báo cáo; dùng Sổ đang mở: Chỉ tiêu 05443, Nhiệm vụ 05443, báo cáo này không được tính",
    en: "Unit 05443 sent several reports; Open workbook: Chỉ tiêu 05443, Nhiệm vụ 05443 is used, this one is not counted",
  });
  expect(stripped(en, [sheets])).not.toMatch(VIETNAMESE_LETTERS);
});

describe("a real check's messages in English hold no Vietnamese (params from the checker itself)", () => {
  test("reporter and a task's status missing, parts inconsistent, a rate overwritten, a task row repeated", () => {
    const b = build("SNV", "2025-H1", 3);
    let wb = setInfo(b, b.filled, "reporter", null);
    wb = setTask(b, wb, "NV0.01", "status", null);
    wb = setIndicator(b, wb, "2.19", "value", 82);
    wb = setIndicator(b, wb, "2.21", "value", 8992);
    wb = setIndicator(b, wb, "2.22", "value", 0.5);
    const tasks = sheetName(b.spec, "tasks");
    const row = rowOf(wb, tasks, "NV0.02");
    wb = setCell(wb, tasks, row, 1, "NV0.01");
    const issues = check(wb);
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set(["required_missing", "part_exceeds_whole", "rate_formula_overwritten", "row_duplicate", "row_missing"]),
    );
    const english = issues.map((i) => formatIssue(i, "en", programme)).filter((m) => VIETNAMESE_LETTERS.test(m));
    expect(english).toEqual([]);
    const vietnamese = issues.map((i) => formatIssue(i, "vi", programme)).filter((m) => ENGLISH_KEYS.test(m));
    expect(vietnamese).toEqual([]);
    expect(issues.filter((i) => i.code === "row_duplicate").map((i) => i.location)).toEqual([
      expect.objectContaining({ sheet: tasks, task: "NV0.01" }),
    ]);
  });
});
