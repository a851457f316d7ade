/**
 * The add-in's actions run through Microsoft's Office.js client library, per platform build,
 * with a request executor that records each request body the library builds (exactly the text
 * OfficeJsRequestExecutor would hand to Office: JSON.stringify of the body) and answers it from
 * the in-memory host. See docs/TESTING-HOST.md, "Microsoft's Office.js in the test equipment".
 */
import type { OfficeHost } from "../../src/excel/service";
import { createExcelHost, type ExcelHost, type HostOptions } from "../host";
import { loadOfficeJs, type Build, type ExecutorResponse, type RealContext, type RequestExecutor } from "./client";
import { HarnessGap, RichApiServer } from "./server";
import { ACTION, type RequestBody, type ResponseBody } from "./wire";

/** Excel on the web refuses a request or response over 5 MB (RequestPayloadSizeLimitExceeded). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface RecordedRequest {
  /** UTF-8 bytes of the request body as the library serialises it. */
  readonly bytes: number;
  readonly actions: number;
  readonly objectPaths: number;
  /** UTF-8 bytes of the response body the harness gave (the host's answer, in the library's format). */
  readonly responseBytes: number;
  /** The error code the response carried, if any. */
  readonly error?: string;
  /** The request Office.js sends when a run ends, releasing the ranges it kept references to. */
  readonly releasesReferences: boolean;
  /** The body itself, kept only when the harness is asked to (`keepBodies`). */
  readonly body?: string;
}

/** An error the library raised itself, before or after any request: the host cannot see these. */
export interface ClientError {
  readonly code: string;
  readonly message: string;
  readonly location: string | undefined;
}

export interface HarnessOptions extends Omit<HostOptions, "payloadLimitBytes"> {
  /** Refuse requests and responses over this many bytes as Excel on the web does; null = record only. */
  readonly limitBytes?: number | null;
  readonly keepBodies?: boolean;
}

export interface OfficeJsHarness {
  readonly build: Build;
  /** The in-memory workbook behind the answers. */
  readonly host: ExcelHost;
  /** For createAddinService: Excel.run of Microsoft's library, answered by the host. */
  readonly office: OfficeHost;
  /** Every request since the last reset, in order. */
  readonly requests: RecordedRequest[];
  readonly clientErrors: ClientError[];
  reset(): void;
}

const utf8 = new TextEncoder();
const byteLength = (s: string): number => utf8.encode(s).length;

function failure(code: string, message: string): ExecutorResponse {
  return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}

function recordingExecutor(server: RichApiServer, harness: OfficeJsHarness, limit: number | null, keep: boolean): RequestExecutor {
  return {
    async executeAsync(_customData, _flags, message) {
      const text = JSON.stringify(message.Body);
      const body = JSON.parse(text) as RequestBody;
      const bytes = byteLength(text);
      const releases = body.Actions.some((a) => a.Name === "_RemoveReference");
      const base = {
        bytes,
        actions: body.Actions.length,
        objectPaths: Object.keys(body.ObjectPaths).length,
        releasesReferences: releases && body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === ACTION.instantiate),
        ...(keep ? { body: text } : {}),
      };
      if (limit !== null && bytes > limit) {
        harness.requests.push({ ...base, responseBytes: 0, error: "RequestPayloadSizeLimitExceeded" });
        return failure("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
      }
      const answer: ResponseBody = await server.execute(body);
      const responseBytes = byteLength(JSON.stringify(answer));
      if (limit !== null && responseBytes > limit) {
        harness.requests.push({ ...base, responseBytes, error: "ResponsePayloadSizeLimitExceeded" });
        return failure("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
      }
      harness.requests.push({ ...base, responseBytes, ...(answer.Error ? { error: answer.Error.Code } : {}) });
      return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: answer };
    },
  };
}

/**
 * Records an error the library raised itself: one whose code no answer of this run carried (an
 * error the adapter caught and handled, then another the library threw, counts as the library's).
 */
function noteClientError(harness: OfficeJsHarness, requestsBefore: number, e: unknown): void {
  if (e instanceof HarnessGap) return;
  const err = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
  const answered = new Set(harness.requests.slice(requestsBefore).map((r) => r.error));
  if (typeof err.code === "string" && answered.has(err.code)) return;
  harness.clientErrors.push({
    code: typeof err.code === "string" ? err.code : (e as Error).name,
    message: typeof err.message === "string" ? err.message : String(e),
    location: typeof err.debugInfo?.errorLocation === "string" ? err.debugInfo.errorLocation : undefined,
  });
}

/** A workbook (the host's) driven through the given platform's Office.js client. */
export function createOfficeJsHarness(build: Build, options: HarnessOptions = {}, existing?: ExcelHost): OfficeJsHarness {
  const { limitBytes = WEB_PAYLOAD_LIMIT, keepBodies = false, ...hostOptions } = options;
  // The host's own estimate is not the limit here: the real request is measured and limited.
  const host = existing ?? createExcelHost({ ...hostOptions, payloadLimitBytes: null });
  const client = loadOfficeJs(build);
  const harness: OfficeJsHarness = {
    build,
    host,
    requests: [],
    clientErrors: [],
    reset: () => {
      harness.requests.length = 0;
      harness.clientErrors.length = 0;
    },
    office: {
      isSetSupported: (v) => host.isSetSupported("ExcelApi", v),
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        client.setRequirements((n, v) => host.isSetSupported(n, v));
        const before = harness.requests.length;
        return host
          .run(async (hostContext) => {
            const context: RealContext = new client.Excel.RequestContext();
            context._requestExecutor = recordingExecutor(new RichApiServer(hostContext), harness, limitBytes, keepBodies);
            return client.Excel.run(context, (c) => batch(c as unknown as Excel.RequestContext));
          })
          .catch((e: unknown) => {
            noteClientError(harness, before, e);
            throw e;
          });
      },
    },
  };
  return harness;
}
