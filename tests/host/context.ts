/**
 * The request context: a queue of commands applied in order at `sync()`, payload accounting,
 * the run's lifetime. A failing command rejects the sync; the commands before it stay applied,
 * the ones after it are dropped, and no load of that sync is delivered (as in Office).
 */
import { HostApiError } from "./errors";
import type { WorkbookModel } from "./model";
import type { HostObject } from "./object";
import { isSetSupported, requireApi } from "./requirements";
import { actionBytes, jsonBytes, pathBytes, WIRE_BYTES } from "./wire";

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
  /** A load (or null-object probe): answers with data and changes nothing in the workbook. */
  readonly reads: boolean;
}

export interface HostStats {
  runs: number;
  syncs: number;
  /** Request + response bytes of each sync, in order. */
  syncBytes: number[];
  maxSyncBytes: number;
  /** Request bytes of each sync, as Office.js would build the request (wire.ts). */
  requestBytes: number[];
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

export const emptyStats = (): HostStats => ({ runs: 0, syncs: 0, syncBytes: [], maxSyncBytes: 0, requestBytes: [] });

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
  /** Objects whose path the pending request carries already. */
  private reached = new Set<HostObject>();
  /** Objects the pending request uses or makes, with what they were made from (for their lifetime). */
  private referenced = new Set<HostObject>();
  /**
   * Office's object-lifetime API: nothing to manage in the host, but as in Office.js an
   * untracked range costs no _KeepReference in the request.
   */
  readonly trackedObjects = {
    add: (o: unknown): void => this.setTracked(o, true),
    remove: (o: unknown): void => this.setTracked(o, false),
  };

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

  /** A property set or method call: changes the workbook, answers with nothing. */
  enqueue(location: string, args: unknown, run: () => void, owner?: HostObject): void {
    // Wrapped: a function that happens to return a Delivery still answers with nothing.
    this.push(location, args, () => void run(), false, owner);
  }

  /** A load or null-object probe: answers with data, changes nothing in the workbook. */
  enqueueRead(location: string, args: unknown, run: () => Delivery, owner?: HostObject): void {
    this.push(location, args, run, true, owner);
  }

  private push(location: string, args: unknown, run: () => Delivery | void, reads: boolean, owner?: HostObject): void {
    this.assertOpen(location);
    if (owner) this.use(owner, location);
    this.queue.push({ location, bytes: actionBytes(location, args) + this.reach(owner), run, reads });
  }

  /**
   * An object is used or made by the pending request: InvalidObjectPath at once when it, or what it
   * was made from, expired with an earlier request (Office.js checks this before sending anything).
   */
  use(o: HostObject, location: string): void {
    this.assertOpen(location);
    const expired = o.expiredPath();
    if (expired)
      throw new HostApiError(
        "InvalidObjectPath",
        `${expired.typeName} ${expired.wireStep.name} was made for an earlier request and not kept (untracked, or its request failed)`,
        [location],
      ).at(location);
    for (let p: HostObject | undefined = o; p && !this.referenced.has(p); p = p.madeFrom) this.referenced.add(p);
  }

  /** Bytes of the paths (and first Instantiate actions) of `owner` and its parents not yet in the pending request. */
  private reach(owner: HostObject | undefined): number {
    let bytes = 0;
    for (let o = owner; o && !this.reached.has(o); o = o.wireParent) {
      this.reached.add(o);
      bytes += pathBytes(o.wireStep);
      if (!o.instantiated) {
        o.instantiated = true;
        const range = o.typeName === "Range";
        bytes += WIRE_BYTES.instantiate * (range ? 2 : 1) + (range && o.tracked ? WIRE_BYTES.keepReference : 0);
      }
    }
    return bytes;
  }

  private setTracked(o: unknown, tracked: boolean): void {
    for (const items of Array.isArray(o) ? o : [o])
      if (items && typeof items === "object" && "tracked" in items) (items as HostObject).tracked = tracked;
  }

  /** Sends the queued commands; resolves (with the pass-through value) once their results are delivered. */
  sync<T>(passThroughValue?: T): Promise<T> {
    this.assertOpen("RequestContext.sync");
    const commands = this.queue;
    this.queue = [];
    this.reached = new Set();
    const expiring = this.expire();
    const done = this.chain
      .then(() => this.process(commands))
      .then(() => {
        // Excel answers a tracked range's Instantiate with a reference id, by which it is named from then on.
        for (const o of expiring) if (o.tracked) [o.expired, o.kept] = [false, true];
        return passThroughValue as T;
      });
    this.chain = done.catch(() => undefined);
    return done;
  }

  /** As Office.js sends a request, the objects made for it alone become invalid (until a successful answer keeps them). */
  private expire(): HostObject[] {
    const expiring = [...this.referenced].filter((o) => o.expiresAfterRequest && !o.kept);
    this.referenced = new Set();
    for (const o of expiring) o.expired = true;
    return expiring;
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
    const request = commands.length === 0 ? 0 : commands.reduce<number>((n, c) => n + c.bytes, WIRE_BYTES.frame);
    stats.requestBytes.push(request);
    if (payloadLimit !== null && request > payloadLimit) {
      record(stats, request);
      throw new HostApiError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes; limit ${payloadLimit}`);
    }
    // Only a request that both changes the workbook and answers with data can need undoing (cloning
    // the whole workbook at every sync was most of the host's time).
    const mixed = commands.some((c) => c.reads) && commands.some((c) => !c.reads);
    const backup = payloadLimit !== null && mixed ? structuredClone(this.state.model) : undefined;
    const deliveries = this.apply(commands, request);
    const response = jsonBytes(deliveries.map((d) => d.data));
    record(stats, request + response);
    if (payloadLimit !== null && response > payloadLimit) {
      if (backup) this.state.model = backup;
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
