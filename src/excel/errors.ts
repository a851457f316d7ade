/** Office host errors as the add-in's codes (src/excel/service.ts), with Excel's own code and words kept as params. */
import { HostActionError, type HostActionKind, type HostErrorCode, type HostErrorParams, type HostKept } from "./service";

/** Excel's error codes the add-in explains in its own words. */
const BY_EXCEL_CODE: Readonly<Record<string, HostErrorCode>> = {
  RequestPayloadSizeLimitExceeded: "request_too_large",
  ResponsePayloadSizeLimitExceeded: "response_too_large",
  BadPassword: "bad_password",
  AccessDenied: "access_denied",
  InvalidArgument: "invalid_argument",
  ItemAlreadyExists: "item_exists",
  ItemNotFound: "item_not_found",
  ApiNotFound: "api_not_found",
  InvalidOperation: "invalid_operation",
  // Only where the host ignores Excel.run's delayForCellEdit (the add-in asks it to wait).
  InvalidOperationInCellEditMode: "cell_edit_mode",
};

function codeOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

/**
 * An error of an action for the task pane: what failed (`action`, with `params` such as the cell
 * being selected), why (Excel's code, its words), and what the workbook holds now (`kept`).
 */
export function toHostActionError(error: unknown, action: HostActionKind, kept: HostKept, params: HostErrorParams = {}): HostActionError {
  if (error instanceof HostActionError) return error.during(action, kept, params);
  const excelCode = codeOf(error);
  const detail = error instanceof Error && error.message ? error.message : undefined;
  const code = (excelCode ? BY_EXCEL_CODE[excelCode] : undefined) ?? "excel_error";
  return new HostActionError(code, { ...params, ...(excelCode ? { excelCode } : {}), ...(detail ? { detail } : {}) }, kept, action);
}
