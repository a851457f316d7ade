/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code`, Office's
 * generic message for it, and `debugInfo.errorLocation` naming the failing member.
 * Office's messages say nothing about the cause; the host appends its own reason in brackets
 * (and in `debugInfo.hostDetail`) so a failing test says what went wrong.
 */

export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "BadPassword"
  | "GeneralException"
  | "HostNotImplemented"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise";

const LIMITS_DOC = "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

/** Office's own wording (Excel error table and Office.js resource strings); {0} is filled in. */
const MESSAGES: Readonly<Record<HostErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The method or property {0} is part of the {1} requirement set, which is not available in your version of Excel.",
  BadPassword: "The password you supplied is incorrect.",
  GeneralException: "There was an internal error while processing the request.",
  HostNotImplemented: "The in-memory test host does not implement {0}.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. See ${LIMITS_DOC}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. See ${LIMITS_DOC}.`,
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
};

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  /** The host's own reason; Office has no such field. */
  hostDetail?: string;
}

/** What Office.js rejects with; `instanceof HostApiError` stands in for `instanceof OfficeExtension.Error`. */
export class HostApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly debugInfo: HostDebugInfo;

  constructor(
    readonly code: HostErrorCode,
    detail?: string,
    args: readonly string[] = [],
  ) {
    const officeMessage = args.reduce((m, a, i) => m.replace(`{${i}}`, a), MESSAGES[code]);
    super(detail ? `${officeMessage} [host: ${detail}]` : officeMessage);
    this.debugInfo = { code, message: officeMessage, ...(detail ? { hostDetail: detail } : {}) };
  }

  /** Marks where in the batch the error arose, as Office's debugInfo.errorLocation does. */
  at(location: string): this {
    this.debugInfo.errorLocation ??= location;
    return this;
  }
}

export const propertyNotLoaded = (property: string): HostApiError => new HostApiError("PropertyNotLoaded", undefined, [property]);

export const invalidArgument = (detail: string): HostApiError => new HostApiError("InvalidArgument", detail);

export const notImplemented = (what: string): HostApiError =>
  new HostApiError("HostNotImplemented", "extend tests/host if the add-in needs it", [what]);
