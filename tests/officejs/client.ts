/**
 * Microsoft's Office.js client library (`@microsoft/office-js`), loaded as the task pane loads it,
 * in a Node `vm` sandbox: the same file per platform that office.js picks for Excel
 * (OSF.HostSpecificFileVersionMap: web 16.00, win32 16.01, mac 16.00). Nothing in it is changed;
 * the sandbox gives it the few browser globals it touches while loading.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext } from "node:vm";

export type Build = "web" | "win32" | "mac";

export const BUILDS: readonly Build[] = ["web", "win32", "mac"];

/**
 * The debug (unminified) builds. Windows is excel-win32-16.01: office.js maps Excel on win32 to
 * 16.01; excel-win32-16.00 is Office 2016's first ExcelApi 1.1 client, which needs MicrosoftAjax
 * and is no longer loaded by office.js.
 */
export const BUILD_FILES: Readonly<Record<Build, string>> = {
  web: "excel-web-16.00.debug.js",
  win32: "excel-win32-16.01.debug.js",
  mac: "excel-mac-16.00.debug.js",
};

/** What the adapter and the harness use of the loaded library. */
export interface OfficeJsClient {
  readonly build: Build;
  readonly file: string;
  /** The library's Excel namespace: Excel.run, Excel.RequestContext. */
  readonly Excel: {
    readonly RequestContext: new () => RealContext;
    run<T>(context: RealContext, batch: (context: RealContext) => Promise<T>): Promise<T>;
  };
  /** Answers Office.context.requirements.isSetSupported inside the sandbox. */
  setRequirements(isSetSupported: (name: string, version?: string) => boolean): void;
}

/** The request context as the library builds it; `_requestExecutor` is where a request leaves it. */
export interface RealContext {
  _requestExecutor?: RequestExecutor;
  sync(): Promise<void>;
}

export interface ExecutorMessage {
  readonly Url: string;
  readonly Headers: Record<string, string>;
  readonly Body: unknown;
}

export interface ExecutorResponse {
  readonly HttpStatusCode: number;
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
  readonly Headers: Record<string, string>;
  readonly Body: unknown;
}

/** OfficeExtension's IRequestExecutor: every sync's request goes through `executeAsync`. */
export interface RequestExecutor {
  executeAsync(customData: string, requestFlags: number, message: ExecutorMessage): Promise<ExecutorResponse>;
}

const clients = new Map<Build, OfficeJsClient>();

export function officeJsDist(): string {
  return join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

/** The few browser globals the library reads while loading; it sends nothing through them. */
function browserGlobals(): Record<string, unknown> {
  const element = (): Record<string, unknown> => ({ style: {}, setAttribute: () => undefined, appendChild: () => undefined });
  const sandbox: Record<string, unknown> = {
    console: { log: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    // The adapter awaits the library's promises and inspects its errors: share the realm's.
    Promise,
    Error,
    TypeError,
    navigator: { userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36" },
    location: { href: "https://localhost/taskpane.html", protocol: "https:", hostname: "localhost", search: "", hash: "" },
    document: {
      readyState: "complete",
      cookie: "",
      getElementsByTagName: () => [],
      createElement: element,
      addEventListener: () => undefined,
      head: element(),
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  return sandbox;
}

/** Loads (once per process) the platform's client library. */
export function loadOfficeJs(build: Build): OfficeJsClient {
  const cached = clients.get(build);
  if (cached) return cached;
  const file = BUILD_FILES[build];
  const sandbox = browserGlobals();
  createContext(sandbox);
  runInContext(readFileSync(join(officeJsDist(), file), "utf8"), sandbox, { filename: file });
  let requirements: (name: string, version?: string) => boolean = () => true;
  // The library asks window.Office.context.requirements (request flags). Office.context is read from
  // OSF._OfficeAppFactory, which office.js (the loader, not loaded here) defines.
  const context = { requirements: { isSetSupported: (n: string, v?: string) => requirements(n, v) } };
  (sandbox.OSF as Record<string, unknown>)._OfficeAppFactory = { getContext: () => context };
  const client: OfficeJsClient = {
    build,
    file,
    Excel: sandbox.Excel as OfficeJsClient["Excel"],
    setRequirements: (f) => (requirements = f),
  };
  clients.set(build, client);
  return client;
}
