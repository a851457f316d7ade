/**
 * The request context: a queue of commands applied in order at `sync()`, payload accounting,
 * the run's lifetime. A failing command rejects the sync; the commands before it stay applied,
 * the ones after it are dropped, and no load of that sync is delivered (as in Office).
 */
import { HostApiError } from "./errors";
import type { WorkbookModel } from "./model";
import { isSetSupported, requireApi } from "./requirements";

export interface Delivery {
  /** What the response carries (counted in the payload). */
  readonly data: unknown;
  /** Hands the data to the proxies once the whole sync succeeded. */
  deliver(): void;
}

interface Command {
  readonly location: string;
  readonly bytes: number;
  readonly run: () => Delivery | void;
}

export interface HostStats {
  runs: number;
  syncs: number;
  /** Request + response bytes of each sync, in order. */
  syncBytes: number[];
  maxSyncBytes: number;
}

export interface HostState {
  model: WorkbookModel;
  readonly maxApi: string;
  readonly payloadLimit: number | null;
  readonly displayLanguage: string;
  readonly stats: HostStats;
  /** The code a response over the limit fails with (older Excel on the web builds: GeneralException). */
  readonly oversizedResponseCode: "ResponsePayloadSizeLimitExceeded" | "GeneralException";
  /** Ranges of more cells than this read `values`, `formulas` and `numberFormat` as null. */
  readonly maxCellsPerRead: number;
  /** While the user edits a cell: resolves when the edit ends. */
  cellEdit: { readonly ended: Promise<void>; readonly end: () => void } | undefined;
}

/** Excel.run's options that the host knows (Excel.RunOptions). */
export interface HostRunOptions {
  readonly delayForCellEdit?: boolean;
}

/** Approximate per-command overhead of Office's request JSON (object path, action type, ids). */
export const COMMAND_OVERHEAD_BYTES = 50;

const encoder = new TextEncoder();
export const jsonBytes = (v: unknown): number => encoder.encode(JSON.stringify(v) ?? "null").length;

export const emptyStats = (): HostStats => ({ runs: 0, syncs: 0, syncBytes: [], maxSyncBytes: 0 });

function record(stats: HostStats, bytes: number): void {
  stats.syncBytes.push(bytes);
  stats.maxSyncBytes = Math.max(stats.maxSyncBytes, bytes);
}

export interface WorkbookLike {
  readonly application: unknown;
}

export class HostContext {
  private queue: Command[] = [];
  private closed = false;
  private chain: Promise<unknown> = Promise.resolve();
  private workbookProxy: WorkbookLike | undefined;
  /** Office's object-lifetime API; nothing to manage in the host. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: HostState,
    private readonly makeWorkbook: (context: HostContext) => WorkbookLike,
    private readonly options: HostRunOptions = {},
  ) {}

  get workbook(): WorkbookLike {
    return (this.workbookProxy ??= this.makeWorkbook(this));
  }

  get application(): unknown {
    return this.workbook.application;
  }

  /** The current model (replaced when a sync is rolled back): never keep it across syncs. */
  get model(): WorkbookModel {
    return this.state.model;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  supports(member: string): boolean {
    try {
      requireApi(this.state.maxApi, member);
      return true;
    } catch {
      return false;
    }
  }

  requireApi(member: string): void {
    requireApi(this.state.maxApi, member);
  }

  isSetSupported(name: string, version?: string | number): boolean {
    return isSetSupported(this.state.maxApi, name, version);
  }

  /** Objects outlive their Excel.run only as stale proxies: using them is an error. */
  assertOpen(what: string): void {
    if (this.closed) throw new HostApiError("InvalidObjectPath", "the Excel.run that created this object has finished", [what]);
  }

  /** An object passed as an argument must come from this context. */
  assertSameContext(other: HostContext): void {
    if (other !== this) throw new HostApiError("InvalidRequestContext", "an object from another Excel.run was passed in");
  }

  enqueue(location: string, args: unknown, run: () => Delivery | void): void {
    this.assertOpen(location);
    this.queue.push({ location, bytes: jsonBytes(args) + COMMAND_OVERHEAD_BYTES, run });
  }

  /** Sends the queued commands; resolves (with the pass-through value) once their results are delivered. */
  sync<T>(passThroughValue?: T): Promise<T> {
    this.assertOpen("RequestContext.sync");
    const commands = this.queue;
    this.queue = [];
    const done = this.chain.then(() => this.process(commands)).then(() => passThroughValue as T);
    this.chain = done.catch(() => undefined);
    return done;
  }

  close(): void {
    this.queue = [];
    this.closed = true;
  }

  /**
   * A request that reaches Excel while the user edits a cell fails, unless the run asked to wait
   * (`delayForCellEdit`), in which case it waits for the edit to end (Excel.RunOptions).
   */
  private async waitForCellEdit(): Promise<void> {
    const edit = this.state.cellEdit;
    if (!edit) return;
    if (!this.options.delayForCellEdit) throw new HostApiError("InvalidOperationInCellEditMode", "the user is editing a cell");
    await edit.ended;
  }

  private async process(commands: readonly Command[]): Promise<void> {
    await Promise.resolve(); // results never arrive synchronously, as over Office's IPC
    await this.waitForCellEdit();
    const { stats, payloadLimit } = this.state;
    stats.syncs++;
    const request = commands.reduce((n, c) => n + c.bytes, 0);
    if (payloadLimit !== null && request > payloadLimit) {
      record(stats, request);
      throw new HostApiError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes; limit ${payloadLimit}`);
    }
    const backup = payloadLimit !== null ? structuredClone(this.state.model) : undefined;
    const deliveries = this.apply(commands, request);
    const response = jsonBytes(deliveries.map((d) => d.data));
    record(stats, request + response);
    if (backup && payloadLimit !== null && response > payloadLimit) {
      this.state.model = backup;
      throw new HostApiError(this.state.oversizedResponseCode, `response of ${response} bytes; limit ${payloadLimit}; nothing was applied`);
    }
    for (const d of deliveries) d.deliver();
  }

  private apply(commands: readonly Command[], request: number): Delivery[] {
    const deliveries: Delivery[] = [];
    for (const c of commands) {
      try {
        const d = c.run();
        if (d) deliveries.push(d);
      } catch (e) {
        record(this.state.stats, request);
        throw e instanceof HostApiError ? e.at(c.location) : e;
      }
    }
    return deliveries;
  }
}
