/** Office host errors in plain words, in Vietnamese and English, saying what was kept. */
import { HostActionError } from "./service";

const PLAIN: Readonly<Record<string, readonly [string, string]>> = {
  RequestPayloadSizeLimitExceeded: [
    "Dữ liệu gửi tới Excel vượt giới hạn 5 MB của Excel trên web.",
    "The data sent to Excel exceeds Excel on the web's 5 MB limit.",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "Dữ liệu Excel trả về vượt giới hạn 5 MB của Excel trên web.",
    "The data Excel returns exceeds Excel on the web's 5 MB limit.",
  ],
  BadPassword: [
    "Trang tính được bảo vệ bằng mật khẩu; hãy bỏ bảo vệ trang tính rồi thử lại.",
    "The sheet is protected with a password; unprotect it and try again.",
  ],
  AccessDenied: [
    "Excel từ chối thao tác: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ cho phép đọc.",
    "Excel refused: the sheet or workbook is protected, or the file is read-only.",
  ],
  InvalidArgument: ["Excel không nhận một giá trị hoặc tên trang tính.", "Excel rejected a value or a sheet name."],
  ItemAlreadyExists: ["Đã có trang tính trùng tên.", "A sheet with that name already exists."],
  ItemNotFound: ["Không tìm thấy trang tính hoặc ô cần dùng.", "A sheet or cell it needs was not found."],
  ApiNotFound: ["Phiên bản Excel này không hỗ trợ chức năng cần dùng.", "This version of Excel does not support a feature it needs."],
  InvalidOperation: ["Excel không cho phép thao tác này lúc này.", "Excel does not allow this operation now."],
  // Only where the host ignores Excel.run's delayForCellEdit (the add-in asks it to wait).
  InvalidOperationInCellEditMode: [
    "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.",
    "Excel is editing a cell: press Enter or Esc and try again.",
  ],
};

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return "GeneralException";
}

/**
 * Wraps a host error for the task pane: what failed, Excel's own words, and what was kept.
 * `keptVi`/`keptEn` describe the state of the workbook after the failure.
 */
export function toHostActionError(error: unknown, action: { vi: string; en: string }, kept: { vi: string; en: string }): HostActionError {
  if (error instanceof HostActionError) return error;
  const code = codeOf(error);
  const [vi, en] = PLAIN[code] ?? ["Excel báo lỗi.", "Excel reported an error."];
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return new HostActionError(code, `${action.vi}: ${vi}${detail} ${kept.vi}`.trim(), `${action.en}: ${en}${detail} ${kept.en}`.trim());
}
