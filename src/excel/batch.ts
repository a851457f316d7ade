/**
 * Queued writes with a payload budget: commands accumulate in one request and are synced only
 * when the next one would push the request over the budget (Excel on the web refuses requests
 * over 5 MB). The bytes are those of the request Office.js itself builds, estimated from how its
 * serializer writes each object and action (measured with Microsoft's client library in
 * tests/officejs, where a test holds these estimates against the real request bodies).
 */

/** Stay well under Excel on the web's 5 MB per request (and, for reads, per response). */
export const PAYLOAD_BUDGET_BYTES = 3_500_000;

const utf8 = new TextEncoder();

/** UTF-8 bytes of a value's JSON, as Office.js sends it (Vietnamese letters take 2-3 bytes). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8.encode(JSON.stringify(value)).length;
}

/**
 * What Office.js puts in a request besides names and arguments, in bytes, as its serializer
 * writes them in requests of up to a million ids: each object the add-in reaches costs an object
 * path and an "Instantiate" action; a range a second Instantiate (Office.js keeps a reference to
 * every range of a run unless it is untracked); each property set or method call an action.
 */
export const WIRE = {
  /** An object reached by a property (`format`, `font`): path about 75, Instantiate about 57. */
  property: 150,
  /** An object made by a method or an indexer (`getRange(…)`, `borders.getItem(…)`): its path holds the arguments. */
  method: 180,
  /** A range's second Instantiate and the untracked flag. */
  range: 80,
  /** A property set or a method call. */
  action: 105,
  /** Every request: its frame, the workbook and its sheets reached again (by id) for the writes in it. */
  request: 2_000,
  /** Office.js splits a write of more than 1,500 cells into blocks of rows, three ranges each. */
  cellsPerBlock: 1_500,
} as const;

/** Bytes of an object reached by a property (`format`) or by a method with arguments (`getRange("A1:C9")`). */
export function objectBytes(name: string, args?: readonly unknown[]): number {
  return name.length + (args ? WIRE.method + jsonBytes(args) : WIRE.property);
}

/** Bytes of a range made by `getRange(address)`. */
export function rangeBytes(address: string): number {
  return objectBytes("GetRange", [address]) + WIRE.range;
}

/** Bytes of a property set or method call with its arguments. */
export function actionBytes(name: string, args: readonly unknown[]): number {
  return WIRE.action + name.length + jsonBytes(args);
}

/** Bytes of setting a 2-D array (values, formulas) of rows x cols cells on a range. */
export function gridWriteBytes(name: string, grid: readonly (readonly unknown[])[]): number {
  const cells = grid.length * (grid[0]?.length ?? 0);
  const blocks = cells > WIRE.cellsPerBlock ? Math.ceil(cells / WIRE.cellsPerBlock) : 0;
  const block = 3 * (objectBytes("GetBoundingRect", [0]) + WIRE.range) + WIRE.action;
  return actionBytes(name, [grid]) + blocks * block;
}

export class WriteBatch {
  private pending = 0;
  syncs = 0;
  /** The estimated bytes of each request sent, in order (compared with the real ones in tests). */
  readonly sent: number[] = [];

  constructor(
    private readonly context: { sync(): Promise<void> },
    readonly budget: number = PAYLOAD_BUDGET_BYTES,
  ) {}

  /** Queues a write of about `bytes`; syncs first when the request would exceed the budget. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    write();
    this.pending += (this.pending === 0 ? WIRE.request : 0) + bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.sent.push(this.pending);
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
}

/** Row blocks of a grid whose request stays under `budget`, for writes too big for one request. */
export function rowChunks<T>(
  rows: readonly (readonly T[])[],
  budget: number = PAYLOAD_BUDGET_BYTES / 2,
): { start: number; rows: (readonly T[])[] }[] {
  const out: { start: number; rows: (readonly T[])[] }[] = [];
  let current: (readonly T[])[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    // A row's JSON and its share of the blocks Office.js splits the write into.
    const b = jsonBytes(row) + 1 + Math.ceil((row.length * 3 * (WIRE.method + WIRE.range)) / WIRE.cellsPerBlock);
    if (current.length > 0 && bytes + b > budget) {
      out.push({ start, rows: current });
      current = [];
      start = i;
      bytes = 0;
    }
    current.push(row);
    bytes += b;
  });
  if (current.length > 0) out.push({ start, rows: current });
  return out;
}
