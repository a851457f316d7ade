/**
 * A failed action in Excel in the user's language: what failed, why, what the workbook holds
 * now. The adapter gives codes and params (src/excel/service.ts, HostActionError); the words are
 * here, per language. Excel's own words (`detail`) and names (sheets, cells) are shown as they are.
 */
import type { HostActionError, HostActionKind, HostErrorCode, HostErrorParams, HostKept } from "../excel/service";
import { REPLACED_SUFFIX } from "../excel/sheets";
import type { Language } from "../core/check/messages";

export interface HostWords {
  readonly actions: Readonly<Record<HostActionKind, (p: HostErrorParams) => string>>;
  readonly reasons: Readonly<Record<HostErrorCode, (p: HostErrorParams) => string>>;
  readonly kept: Readonly<Record<HostKept, string>>;
}

const at = (p: HostErrorParams): string => `${p.sheet ?? ""}!${p.cell ?? ""}`;

const VI: HostWords = {
  actions: {
    insert: () => "Chèn biểu mẫu",
    check: () => "Kiểm tra",
    select: (p) => `Chọn ô ${at(p)}`,
    mark: () => "Đánh dấu ô",
    clear: () => "Xóa đánh dấu",
    consolidate: () => "Tổng hợp",
    evaluate: () => "Đánh giá Chương trình",
  },
  reasons: {
    request_too_large: () => "Dữ liệu gửi tới Excel vượt giới hạn 5 MB của Excel trên web.",
    response_too_large: () => "Dữ liệu Excel trả về vượt giới hạn 5 MB của Excel trên web.",
    bad_password: () => "Trang tính được bảo vệ bằng mật khẩu; hãy bỏ bảo vệ trang tính rồi thử lại.",
    access_denied: () => "Excel từ chối thao tác: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ cho phép đọc.",
    invalid_argument: () => "Excel không nhận một giá trị hoặc tên trang tính.",
    item_exists: () => "Đã có trang tính trùng tên.",
    item_not_found: () => "Không tìm thấy trang tính hoặc ô cần dùng.",
    api_not_found: () => "Phiên bản Excel này không hỗ trợ chức năng cần dùng.",
    invalid_operation: () => "Excel không cho phép thao tác này lúc này.",
    cell_edit_mode: () => "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.",
    excel_error: (p) => (p.excelCode ? `Excel báo lỗi ${p.excelCode}.` : "Excel báo lỗi."),
    sheet_password_protected: (p) =>
      `Trang tính “${p.sheet ?? ""}” được bảo vệ bằng mật khẩu nên không đổi màu ô được: hãy bỏ bảo vệ trang tính đó (Xem lại > Bỏ bảo vệ Trang tính) rồi thử lại.`,
    sheet_visibility_unsupported: () =>
      "Phiên bản Excel này (ExcelApi 1.1) không ẩn được trang tính ghi màu gốc của các ô, nên không đánh dấu ô được.",
    reader_unavailable: () =>
      "Không tải được bộ đọc tệp .xlsx (xlsx-reader.js) từ máy chủ của add-in; hãy kiểm tra kết nối mạng rồi thử lại.",
    values_missing: () => "Excel không trả về giá trị của một ô khi được đọc; hãy thử lại.",
  },
  kept: {
    insert_partial: `Các trang tính đã tạo trước khi lỗi vẫn còn trong sổ, và các trang tính cũ (nếu chọn thay thế) vẫn còn với tên kết thúc bằng “${REPLACED_SUFFIX.trim()}”; hãy xóa các trang tính thừa rồi chèn lại.`,
    unchanged: "Sổ làm việc không bị thay đổi.",
    marks_partial: "Một số ô có thể đã đổi màu; chạy lại để hoàn tất.",
    marks_untouched: "Không ô nào bị đổi màu, không trang tính nào bị bỏ bảo vệ.",
    report_partial: "Các trang tính của đơn vị không bị thay đổi; báo cáo tổng hợp có thể chưa ghi đủ, hãy chạy lại.",
    evaluation_partial: "Các trang tính khác không bị thay đổi; các trang đánh giá có thể chưa ghi đủ, hãy chạy lại.",
  },
};

const EN: HostWords = {
  actions: {
    insert: () => "Insert template",
    check: () => "Check",
    select: (p) => `Select ${at(p)}`,
    mark: () => "Mark cells",
    clear: () => "Clear marks",
    consolidate: () => "Consolidate",
    evaluate: () => "Evaluate the programme",
  },
  reasons: {
    request_too_large: () => "The data sent to Excel exceeds Excel on the web's 5 MB limit.",
    response_too_large: () => "The data Excel returns exceeds Excel on the web's 5 MB limit.",
    bad_password: () => "The sheet is protected with a password; unprotect it and try again.",
    access_denied: () => "Excel refused: the sheet or workbook is protected, or the file is read-only.",
    invalid_argument: () => "Excel rejected a value or a sheet name.",
    item_exists: () => "A sheet with that name already exists.",
    item_not_found: () => "A sheet or cell it needs was not found.",
    api_not_found: () => "This version of Excel does not support a feature it needs.",
    invalid_operation: () => "Excel does not allow this operation now.",
    cell_edit_mode: () => "Excel is editing a cell: press Enter or Esc and try again.",
    excel_error: (p) => (p.excelCode ? `Excel reported the error ${p.excelCode}.` : "Excel reported an error."),
    sheet_password_protected: (p) =>
      `Sheet “${p.sheet ?? ""}” is protected with a password, so its cells cannot change colour: unprotect that sheet (Review > Unprotect Sheet) and try again.`,
    sheet_visibility_unsupported: () =>
      "This version of Excel (ExcelApi 1.1) cannot hide the sheet that keeps the cells' original fills, so cells cannot be marked.",
    reader_unavailable: () =>
      "The .xlsx reader (xlsx-reader.js) could not be loaded from the add-in's server; check the network and try again.",
    values_missing: () => "Excel did not return the value of a cell it was asked to read; try again.",
  },
  kept: {
    insert_partial: `Sheets created before the failure are still in the workbook, and the old sheets (when replacing) are kept with names ending in “${REPLACED_SUFFIX.trim()}”; delete the extra sheets and insert again.`,
    unchanged: "The workbook was not changed.",
    marks_partial: "Some cells may have changed colour; run it again to finish.",
    marks_untouched: "No cell changed colour and no sheet was left unprotected.",
    report_partial: "The units' sheets were not changed; the report may be incomplete, run it again.",
    evaluation_partial: "No other sheet was changed; the evaluation sheets may be incomplete, run it again.",
  },
};

export const HOST_WORDS: Readonly<Record<Language, HostWords>> = { vi: VI, en: EN };

/** The failure in a language: "<action>: <why> (<Excel's words>) <what was kept>". */
export function hostErrorMessage(error: HostActionError, lang: Language): string {
  const w = HOST_WORDS[lang];
  const p = error.params;
  const action = error.action ? `${w.actions[error.action](p)}: ` : "";
  const detail = p.detail ? ` (${p.detail})` : "";
  const kept = error.kept ? ` ${w.kept[error.kept]}` : "";
  return `${action}${w.reasons[error.code](p)}${detail}${kept}`;
}
