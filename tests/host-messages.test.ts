/**
 * Every error code of the add-in's actions in Excel (HostActionError) worded in Vietnamese and in
 * English from the task pane's catalogue, with the action and what was kept: one language per
 * message. Excel's own words (`detail`), sheet names and the suffix of a replaced sheet's name
 * are shown as they are.
 */
import {
  HOST_ERROR_CODES,
  HostActionError,
  type HostActionKind,
  type HostErrorCode,
  type HostErrorParams,
  type HostKept,
} from "../src/excel/service";
import { HOST_WORDS, hostErrorMessage } from "../src/taskpane/host-messages";

interface Case {
  readonly action: HostActionKind;
  readonly kept: HostKept;
  readonly params?: HostErrorParams;
  /** Shown as it is in both languages: sheet names, Excel's words. */
  readonly verbatim?: readonly string[];
  readonly vi: string;
  readonly en: string;
}

const EXCEL_SAYS = "The request payload size has exceeded the limit.";

const CASES: Readonly<Record<HostErrorCode, Case>> = {
  request_too_large: {
    action: "consolidate",
    kept: "report_partial",
    params: { excelCode: "RequestPayloadSizeLimitExceeded", detail: EXCEL_SAYS },
    vi: `Tổng hợp: Dữ liệu gửi tới Excel vượt giới hạn 5 MB của Excel trên web. (${EXCEL_SAYS}) Các trang tính của đơn vị không bị thay đổi; báo cáo tổng hợp có thể chưa ghi đủ, hãy chạy lại.`,
    en: `Consolidate: The data sent to Excel exceeds Excel on the web's 5 MB limit. (${EXCEL_SAYS}) The units' sheets were not changed; the report may be incomplete, run it again.`,
  },
  response_too_large: {
    action: "check",
    kept: "unchanged",
    params: { excelCode: "ResponsePayloadSizeLimitExceeded" },
    vi: "Kiểm tra: Dữ liệu Excel trả về vượt giới hạn 5 MB của Excel trên web. Sổ làm việc không bị thay đổi.",
    en: "Check: The data Excel returns exceeds Excel on the web's 5 MB limit. The workbook was not changed.",
  },
  bad_password: {
    action: "clear",
    kept: "marks_partial",
    params: { excelCode: "BadPassword" },
    vi: "Xóa đánh dấu: Trang tính được bảo vệ bằng mật khẩu; hãy bỏ bảo vệ trang tính rồi thử lại. Một số ô có thể đã đổi màu; chạy lại để hoàn tất.",
    en: "Clear marks: The sheet is protected with a password; unprotect it and try again. Some cells may have changed colour; run it again to finish.",
  },
  access_denied: {
    action: "mark",
    kept: "marks_partial",
    params: { excelCode: "AccessDenied" },
    vi: "Đánh dấu ô: Excel từ chối thao tác: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ cho phép đọc. Một số ô có thể đã đổi màu; chạy lại để hoàn tất.",
    en: "Mark cells: Excel refused: the sheet or workbook is protected, or the file is read-only. Some cells may have changed colour; run it again to finish.",
  },
  invalid_argument: {
    action: "insert",
    kept: "insert_partial",
    params: { excelCode: "InvalidArgument" },
    verbatim: ["(cũ)"],
    vi: "Chèn biểu mẫu: Excel không nhận một giá trị hoặc tên trang tính. Các trang tính đã tạo trước khi lỗi vẫn còn trong sổ, và các trang tính cũ (nếu chọn thay thế) vẫn còn với tên kết thúc bằng “(cũ)”; hãy xóa các trang tính thừa rồi chèn lại.",
    en: "Insert template: Excel rejected a value or a sheet name. Sheets created before the failure are still in the workbook, and the old sheets (when replacing) are kept with names ending in “(cũ)”; delete the extra sheets and insert again.",
  },
  item_exists: {
    action: "insert",
    kept: "insert_partial",
    params: { excelCode: "ItemAlreadyExists" },
    verbatim: ["(cũ)"],
    vi: "Chèn biểu mẫu: Đã có trang tính trùng tên. Các trang tính đã tạo trước khi lỗi vẫn còn trong sổ, và các trang tính cũ (nếu chọn thay thế) vẫn còn với tên kết thúc bằng “(cũ)”; hãy xóa các trang tính thừa rồi chèn lại.",
    en: "Insert template: A sheet with that name already exists. Sheets created before the failure are still in the workbook, and the old sheets (when replacing) are kept with names ending in “(cũ)”; delete the extra sheets and insert again.",
  },
  item_not_found: {
    action: "select",
    kept: "unchanged",
    params: { excelCode: "ItemNotFound", sheet: "Chỉ tiêu", cell: "E43" },
    verbatim: ["Chỉ tiêu"],
    vi: "Chọn ô Chỉ tiêu!E43: Không tìm thấy trang tính hoặc ô cần dùng. Sổ làm việc không bị thay đổi.",
    en: "Select Chỉ tiêu!E43: A sheet or cell it needs was not found. The workbook was not changed.",
  },
  api_not_found: {
    action: "insert",
    kept: "insert_partial",
    params: { excelCode: "ApiNotFound" },
    verbatim: ["(cũ)"],
    vi: "Chèn biểu mẫu: Phiên bản Excel này không hỗ trợ chức năng cần dùng. Các trang tính đã tạo trước khi lỗi vẫn còn trong sổ, và các trang tính cũ (nếu chọn thay thế) vẫn còn với tên kết thúc bằng “(cũ)”; hãy xóa các trang tính thừa rồi chèn lại.",
    en: "Insert template: This version of Excel does not support a feature it needs. Sheets created before the failure are still in the workbook, and the old sheets (when replacing) are kept with names ending in “(cũ)”; delete the extra sheets and insert again.",
  },
  invalid_operation: {
    action: "consolidate",
    kept: "report_partial",
    params: { excelCode: "InvalidOperation" },
    vi: "Tổng hợp: Excel không cho phép thao tác này lúc này. Các trang tính của đơn vị không bị thay đổi; báo cáo tổng hợp có thể chưa ghi đủ, hãy chạy lại.",
    en: "Consolidate: Excel does not allow this operation now. The units' sheets were not changed; the report may be incomplete, run it again.",
  },
  cell_edit_mode: {
    action: "check",
    kept: "unchanged",
    params: { excelCode: "InvalidOperationInCellEditMode" },
    vi: "Kiểm tra: Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại. Sổ làm việc không bị thay đổi.",
    en: "Check: Excel is editing a cell: press Enter or Esc and try again. The workbook was not changed.",
  },
  excel_error: {
    action: "consolidate",
    kept: "report_partial",
    params: { excelCode: "GeneralException", detail: "An internal error has occurred." },
    verbatim: ["An internal error has occurred."],
    vi: "Tổng hợp: Excel báo lỗi GeneralException. (An internal error has occurred.) Các trang tính của đơn vị không bị thay đổi; báo cáo tổng hợp có thể chưa ghi đủ, hãy chạy lại.",
    en: "Consolidate: Excel reported the error GeneralException. (An internal error has occurred.) The units' sheets were not changed; the report may be incomplete, run it again.",
  },
  sheet_password_protected: {
    action: "mark",
    kept: "marks_untouched",
    params: { sheet: "Chỉ tiêu" },
    verbatim: ["Chỉ tiêu"],
    vi: "Đánh dấu ô: Trang tính “Chỉ tiêu” được bảo vệ bằng mật khẩu nên không đổi màu ô được: hãy bỏ bảo vệ trang tính đó (Xem lại > Bỏ bảo vệ Trang tính) rồi thử lại. Không ô nào bị đổi màu, không trang tính nào bị bỏ bảo vệ.",
    en: "Mark cells: Sheet “Chỉ tiêu” is protected with a password, so its cells cannot change colour: unprotect that sheet (Review > Unprotect Sheet) and try again. No cell changed colour and no sheet was left unprotected.",
  },
  sheet_visibility_unsupported: {
    action: "mark",
    kept: "unchanged",
    vi: "Đánh dấu ô: Phiên bản Excel này (ExcelApi 1.1) không ẩn được trang tính ghi màu gốc của các ô, nên không đánh dấu ô được. Sổ làm việc không bị thay đổi.",
    en: "Mark cells: This version of Excel (ExcelApi 1.1) cannot hide the sheet that keeps the cells' original fills, so cells cannot be marked. The workbook was not changed.",
  },
  reader_unavailable: {
    action: "consolidate",
    kept: "unchanged",
    params: { detail: "Loading chunk xlsx-reader failed." },
    vi: "Tổng hợp: Không tải được bộ đọc tệp .xlsx (xlsx-reader.js) từ máy chủ của add-in; hãy kiểm tra kết nối mạng rồi thử lại. (Loading chunk xlsx-reader failed.) Sổ làm việc không bị thay đổi.",
    en: "Consolidate: The .xlsx reader (xlsx-reader.js) could not be loaded from the add-in's server; check the network and try again. (Loading chunk xlsx-reader failed.) The workbook was not changed.",
  },
  values_missing: {
    action: "check",
    kept: "unchanged",
    vi: "Kiểm tra: Excel không trả về giá trị của một ô khi được đọc; hãy thử lại. Sổ làm việc không bị thay đổi.",
    en: "Check: Excel did not return the value of a cell it was asked to read; try again. The workbook was not changed.",
  },
};

const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
/** The codes and keys of the adapter (snake_case codes, action and kept keys, param names) never reach a reader. */
const KEYS = /\b([a-z]+_[a-z_]+|undefined|null|NaN)\b|\{\w+\}/;
const stripped = (message: string, verbatim: readonly string[]): string => verbatim.reduce((m, v) => m.split(v).join(""), message);

describe.each(HOST_ERROR_CODES.map((code) => [code, CASES[code]] as const))("%s", (code, c) => {
  const error = new HostActionError(code, c.params ?? {}, c.kept, c.action);
  const vi = hostErrorMessage(error, "vi");
  const en = hostErrorMessage(error, "en");

  test("messages in Vietnamese and English", () => {
    expect({ vi, en }).toEqual({ vi: c.vi, en: c.en });
  });

  test("English without Vietnamese words, Vietnamese without the code's keys", () => {
    expect(stripped(en, c.verbatim ?? [])).not.toMatch(VIETNAMESE_LETTERS);
    expect(stripped(vi, c.verbatim ?? [])).not.toMatch(KEYS);
    expect(stripped(en, c.verbatim ?? [])).not.toMatch(KEYS);
  });
});

test("every action and every state kept has its words in both languages, one language each", () => {
  const p = { sheet: "Sheet1", cell: "A1" };
  const words = (lang: "vi" | "en"): string[] => [
    ...Object.values(HOST_WORDS[lang].actions).map((f) => f(p)),
    ...Object.values(HOST_WORDS[lang].kept).map((k) => stripped(k, ["(cũ)"])),
  ];
  expect(words("en").filter((w) => VIETNAMESE_LETTERS.test(w))).toEqual([]);
  expect(words("vi").filter((w) => KEYS.test(w) || !VIETNAMESE_LETTERS.test(w.replace(p.sheet, "")))).toEqual([]);
});

test("a refusal of the add-in's own keeps what it says was kept when the action hands it on", () => {
  const own = new HostActionError("sheet_password_protected", { sheet: "Chỉ tiêu" }, "marks_untouched");
  expect(own.during("clear", "marks_partial")).toMatchObject({ action: "clear", kept: "marks_untouched", params: { sheet: "Chỉ tiêu" } });
});
