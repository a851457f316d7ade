/**
 * Queued writes with a payload budget: commands accumulate in one request and are synced
 * only when the next one would push the request over the budget (Excel on the web refuses
 * requests over 5 MB). For ordinary sizes an action therefore needs a fixed number of syncs.
 */

/** Stay well under Excel on the web's 5 MB per request. */
export const PAYLOAD_BUDGET_BYTES = 3_500_000;

const utf8 = new TextEncoder();

/** Request bytes of one command's argument: Office sends it as UTF-8 JSON (Vietnamese letters take 2-3 bytes). */
export function estimateBytes(value: unknown): number {
  return 60 + (value === undefined ? 0 : utf8.encode(JSON.stringify(value)).length);
}

export class WriteBatch {
  private pending = 0;
  syncs = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    private readonly budget: number = PAYLOAD_BUDGET_BYTES,
  ) {}

  /** Queues a write of about `bytes`; syncs first when the request would exceed the budget. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    write();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
}

/** Row blocks of a grid whose JSON stays under the budget, for writes too big for one request. */
export function rowChunks<T>(
  rows: readonly (readonly T[])[],
  budget: number = PAYLOAD_BUDGET_BYTES / 2,
): { start: number; rows: (readonly T[])[] }[] {
  const out: { start: number; rows: (readonly T[])[] }[] = [];
  let current: (readonly T[])[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = estimateBytes(row);
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
