/**
 * An in-memory Excel for testing the Office.js adapter: the part of the Excel JavaScript API the
 * add-in uses, with Office's load/sync rules, errors, requirement sets and payload limits.
 * See docs/TESTING-HOST.md for what it implements and how it differs from Excel.
 */
import { formatRect, quoteSheetName } from "./a1";
import { emptyStats, HostContext, type HostRunOptions, type HostState, type HostStats } from "./context";
import { HostApiError } from "./errors";
import { defineGlobals } from "./globals";
import { newWorkbook, sheetById, sheetByName } from "./model";
import { DEFAULT_MAX_API, isSetSupported } from "./requirements";
import { sheetSnapshot, workbookSnapshot, type HostSheetSnapshot, type HostWorkbookSnapshot } from "./snapshot";
import { Workbook } from "./workbook";

export { HostApiError } from "./errors";
export type { HostErrorCode } from "./errors";
export { API_SETS } from "./requirements";
export { WIRE_BYTES } from "./wire";
export { fileWidthOfPoints, MAX_DIGIT_WIDTH_PX, pointsOfFileWidth } from "./widths";
export type { HostStats } from "./context";
export type { HostCellSnapshot, HostSheetData, HostSheetSnapshot, HostWorkbookSnapshot, HostValidationSnapshot } from "./snapshot";

export interface HostOptions {
  /** Highest ExcelApi requirement set, default "1.17". */
  maxApi?: string;
  /** Per request and per response; default 5 MB; null = unlimited. */
  payloadLimitBytes?: number | null;
  /** Office.context.displayLanguage, default "vi-VN". */
  displayLanguage?: string;
  /** The code of a response over the limit; default ResponsePayloadSizeLimitExceeded (older web builds: GeneralException). */
  oversizedResponseCode?: "ResponsePayloadSizeLimitExceeded" | "GeneralException";
  /** Reads of ranges with more cells give null values; default 5,000,000 (Excel's documented order of magnitude). */
  maxCellsPerRead?: number;
}

export type { HostRunOptions } from "./context";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  /** Same shapes as Excel.run: `run(batch)` and `run(options, batch)`. */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: HostRunOptions, batch: Batch<T>): Promise<T>;
  /** The user starts (true) or ends (false) editing a cell; see HostRunOptions.delayForCellEdit. */
  setCellEditMode(editing: boolean): void;
  /** Like Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version?: string | number): boolean;
  readonly stats: HostStats;
  resetStats(): void;
  /** The active sheet's selection. */
  readonly selection: { sheet: string; address: string } | undefined;
  activeSheet(): string | undefined;
  /** In position order. */
  sheetNames(): string[];
  /** Plain snapshot of one sheet; ItemNotFound when there is none by that name. */
  sheet(name: string): HostSheetSnapshot;
  /** The whole workbook as plain data, to compare before and after an action. */
  snapshot(): HostWorkbookSnapshot;
  exportXlsx(): Promise<Buffer>;
  /** Replaces the workbook with the file's content. */
  importXlsx(data: Buffer | Uint8Array): Promise<void>;
  /** Defines Excel, Office and OfficeExtension on `target` (default globalThis). */
  installGlobals(target?: Record<string, unknown>): void;
}

const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const DEFAULT_MAX_CELLS_PER_READ = 5_000_000;

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as { then?: unknown } | null)?.then === "function";

export function createExcelHost(options: HostOptions = {}): ExcelHost {
  const state: HostState = {
    model: newWorkbook(),
    maxApi: options.maxApi ?? DEFAULT_MAX_API,
    payloadLimit: options.payloadLimitBytes === undefined ? DEFAULT_PAYLOAD_LIMIT : options.payloadLimitBytes,
    displayLanguage: options.displayLanguage ?? "vi-VN",
    stats: emptyStats(),
    oversizedResponseCode: options.oversizedResponseCode ?? "ResponsePayloadSizeLimitExceeded",
    maxCellsPerRead: options.maxCellsPerRead ?? DEFAULT_MAX_CELLS_PER_READ,
    cellEdit: undefined,
  };

  function run<T>(first: Batch<T> | HostRunOptions, second?: Batch<T>): Promise<T> {
    if (typeof first === "function") return runBatch({}, first);
    if (second === undefined) throw new TypeError("Excel.run(options, batch): no batch");
    return runBatch(first, second);
  }

  function setCellEditMode(editing: boolean): void {
    if (editing && !state.cellEdit) {
      let end = (): void => undefined;
      const ended = new Promise<void>((done) => (end = done));
      state.cellEdit = { ended, end };
    } else if (!editing && state.cellEdit) {
      state.cellEdit.end();
      state.cellEdit = undefined;
    }
  }

  async function runBatch<T>(runOptions: HostRunOptions, batch: Batch<T>): Promise<T> {
    state.stats.runs++;
    const context = new HostContext(state, (ctx) => new Workbook(ctx), runOptions);
    try {
      const pending: unknown = batch(context as unknown as Excel.RequestContext);
      if (!isThenable(pending)) throw new HostApiError("RunMustReturnPromise");
      const result = (await pending) as T;
      if (context.hasPending) await context.sync(); // Office's implicit final sync
      return result;
    } finally {
      context.close();
    }
  }

  const active = () => (state.model.activeSheetId === undefined ? undefined : sheetById(state.model, state.model.activeSheetId));

  const host: ExcelHost = {
    run,
    setCellEditMode,
    isSetSupported: (name, version) => isSetSupported(state.maxApi, name, version),
    get stats() {
      return state.stats;
    },
    resetStats: () => Object.assign(state.stats, emptyStats()),
    get selection() {
      const sheet = active();
      return sheet ? { sheet: sheet.name, address: `${quoteSheetName(sheet.name)}!${formatRect(sheet.selection)}` } : undefined;
    },
    activeSheet: () => active()?.name,
    sheetNames: () => state.model.sheets.map((s) => s.name),
    sheet: (name) => {
      const sheet = sheetByName(state.model, name);
      if (!sheet) throw new HostApiError("ItemNotFound", `no sheet named ${JSON.stringify(name)}`);
      return sheetSnapshot(state.model, sheet);
    },
    snapshot: () => workbookSnapshot(state.model),
    // ExcelJS is loaded when a workbook is first exported or imported: most tests never do, and
    // loading it takes about half a second in each test file that does.
    exportXlsx: async () => {
      const { exportWorkbook } = await import("./export");
      const bytes = await (await exportWorkbook(state.model)).xlsx.writeBuffer();
      return typeof Buffer === "undefined" ? (new Uint8Array(bytes) as unknown as Buffer) : Buffer.from(bytes);
    },
    importXlsx: async (data) => {
      const { importWorkbook } = await import("./import");
      state.model = await importWorkbook(data);
    },
    installGlobals: (target: Record<string, unknown> = globalThis) =>
      defineGlobals({ run, isSetSupported: (n, v) => isSetSupported(state.maxApi, n, v), displayLanguage: state.displayLanguage }, target),
  };
  return host;
}
