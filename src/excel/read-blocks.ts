/**
 * Reads grouped into as few syncs as Excel on the web lets one request and one response carry
 * (5 MB each), and split when Excel answers otherwise: a request or response refused as too
 * large (older web builds say GeneralException), or `values === null` for a range of very many
 * cells. Reading changes nothing, so a refused or empty read is simply asked again in halves.
 *
 * Both directions are estimated: the request as Office.js's serializer writes it (src/excel/batch.ts:
 * an object path and Instantiate per object, an action per load), the response from the cells
 * asked for. Every range is untracked: Office.js would otherwise keep a reference to each (an
 * action per range) and release them all in one more request when the run ends. An untracked
 * range, like any range of a request that failed, is invalid after its request, so a read asked
 * again is asked with new ranges.
 */
import { rangeA1 } from "../core/a1";
import { actionBytes, objectBytes, PAYLOAD_BUDGET_BYTES, rangeBytes, WIRE } from "./batch";
import { HostActionError } from "./service";

/** Something read in a sync, alone or with others. */
export interface Load<A> {
  /** The sheet it reads: reached once per request whatever the number of its loads. */
  readonly ws: Excel.Worksheet;
  /** Worksheet.id, which names the sheet in the request. */
  readonly sheetId: string;
  /** Estimated bytes of its part of the request, the sheet's own path apart. */
  readonly request: number;
  /** Estimated bytes of its answer. */
  readonly response: number;
  /** Queues its loads on new objects; gives the reader of the answer, which says undefined when Excel gave no values. */
  queue(): () => A | undefined;
  /** Two halves to ask apart when it is refused or answered without values; undefined when it cannot be split. */
  halve(): readonly [Load<A>, Load<A>] | undefined;
}

/** Request bytes of the sheet a load reads, once per request: its path by id and its Instantiate. */
export function sheetRequestBytes(sheetId: string): number {
  return objectBytes("", [sheetId]);
}

/** A range for one read, untracked (see above). */
export function readRange(ws: Excel.Worksheet, address: string): Excel.Range {
  const range = ws.getRange(address);
  ws.context.trackedObjects.remove(range);
  return range;
}

/** Request bytes of loading `select` of a range made by `method(args)`. */
export function loadBytes(method: string, args: readonly unknown[], select: readonly string[]): number {
  return objectBytes(method, args) + WIRE.range + actionBytes("", [select]);
}

const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "GeneralException"]);

const isTooLarge = (e: unknown): boolean =>
  typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" && TOO_LARGE.has(e.code);

/** Loads in as few syncs as the budget allows (none for no loads), answers in the loads' order. */
export async function syncLoads<A>(context: Excel.RequestContext, loads: readonly Load<A>[], budget = PAYLOAD_BUDGET_BYTES): Promise<A[]> {
  const out: A[] = [];
  for (const group of groupByBudget(loads, budget)) out.push(...(await loadGroup(context, group)));
  return out;
}

/**
 * One sync for a group. When Excel refuses it as too large after all (cells holding far more
 * text than estimated), the group is halved (a lone load by its own halves) and each half asked
 * again; a load answered without values is asked again in halves too.
 */
async function loadGroup<A>(context: Excel.RequestContext, group: readonly Load<A>[]): Promise<A[]> {
  const readers = group.map((l) => l.queue());
  try {
    await context.sync();
  } catch (e) {
    const halves = isTooLarge(e) ? halveGroup(group) : undefined;
    if (!halves) throw e;
    return [...(await loadGroup(context, halves[0])), ...(await loadGroup(context, halves[1]))];
  }
  const out: A[] = [];
  for (const [i, read] of readers.entries()) {
    const answer = read();
    if (answer !== undefined) {
      out.push(answer);
      continue;
    }
    const halves = group[i]?.halve();
    // Excel answers null only for very many cells: for a single cell nothing smaller can be asked.
    if (!halves) throw new HostActionError("values_missing");
    for (const half of halves) out.push(...(await loadGroup(context, [half])));
  }
  return out;
}

function halveGroup<A>(group: readonly Load<A>[]): readonly [readonly Load<A>[], readonly Load<A>[]] | undefined {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const halves = group[0]?.halve();
  return halves ? [[halves[0]], [halves[1]]] : undefined;
}

/** Consecutive loads whose request (each sheet's path counted once) and response each stay under the budget. */
function groupByBudget<A>(loads: readonly Load<A>[], budget: number): Load<A>[][] {
  const groups: Load<A>[][] = [];
  let current: Load<A>[] = [];
  let sheets = new Set<string>();
  let request = WIRE.request;
  let response = 0;
  for (const l of loads) {
    const sheet = sheets.has(l.sheetId) ? 0 : sheetRequestBytes(l.sheetId);
    if (current.length > 0 && (request + sheet + l.request > budget || response + l.response > budget)) {
      groups.push(current);
      [current, sheets, request, response] = [[], new Set(), WIRE.request, 0];
    }
    if (!sheets.has(l.sheetId)) request += sheetRequestBytes(l.sheetId);
    sheets.add(l.sheetId);
    current.push(l);
    request += l.request;
    response += l.response;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** What a block asks of its range: the values, whether its rows are hidden, or the addresses of its visible rows. */
export type BlockKind = "values" | "hidden" | "visible";

/** A rectangle of a sheet read for one purpose. */
export interface Block<R> {
  /** The sheet being read; what the block's answer is for. */
  readonly reading: R;
  readonly kind: BlockKind;
  readonly ws: Excel.Worksheet;
  readonly sheetId: string;
  /** Estimated response bytes a cell. */
  readonly perCell: number;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly rows: number;
  readonly cols: number;
}

/** A block with its answer: `values` for "values" and "visible" (the addresses), `hidden` for "hidden". */
export interface Answer<R> {
  readonly block: Block<R>;
  readonly values: unknown[][];
  readonly hidden: boolean | null;
}

const addressOf = (b: Block<unknown>): string => rangeA1(b.firstRow, b.firstCol, b.firstRow + b.rows - 1, b.firstCol + b.cols - 1);

/** A block as a load: its range made anew each time it is queued. */
function blockLoad<R>(b: Block<R>): Load<Answer<R>> {
  const address = addressOf(b);
  const select = b.kind === "values" ? "values" : b.kind === "hidden" ? "rowHidden" : "cellAddresses";
  const view = b.kind === "visible" ? objectBytes("GetVisibleView", []) : 0;
  return {
    ws: b.ws,
    sheetId: b.sheetId,
    request: rangeBytes(address) + view + actionBytes("", [[select]]),
    response: b.rows * b.cols * b.perCell,
    queue: () => {
      const range = readRange(b.ws, address);
      if (b.kind === "visible") {
        const v = range.getVisibleView().load("cellAddresses");
        // A view whose rows are all hidden has no addresses to give.
        return () => ({ block: b, values: v.cellAddresses ?? [], hidden: null });
      }
      range.load(select);
      return () => {
        if (b.kind === "hidden") return { block: b, values: [], hidden: range.rowHidden };
        // Null for a range of very many cells: asked again in halves.
        const values = range.values as unknown[][] | null;
        return values === null || values === undefined ? undefined : { block: b, values, hidden: null };
      };
    },
    halve: () => {
      const halves = halveBlock(b);
      return halves ? [blockLoad(halves[0]), blockLoad(halves[1])] : undefined;
    },
  };
}

/** Two halves of a block, by rows, else by columns; undefined for a single cell and for a question about hidden rows. */
function halveBlock<R>(b: Block<R>): readonly [Block<R>, Block<R>] | undefined {
  if (b.kind === "hidden" || (b.rows < 2 && b.cols < 2)) return undefined;
  const byRows = b.rows >= 2;
  const total = byRows ? b.rows : b.cols;
  const first = total >> 1;
  const part = (offset: number, n: number): Block<R> =>
    byRows ? { ...b, firstRow: b.firstRow + offset, rows: n } : { ...b, firstCol: b.firstCol + offset, cols: n };
  return [part(0, first), part(first, total - first)];
}

/** Loads the blocks in as few syncs as the budget allows. */
export function readBlocks<R>(
  context: Excel.RequestContext,
  blocks: readonly Block<R>[],
  budget = PAYLOAD_BUDGET_BYTES,
): Promise<Answer<R>[]> {
  return syncLoads(context, blocks.map(blockLoad), budget);
}

/** A rectangle of a sheet, in row blocks small enough for one response each, at `perCell` bytes a cell. */
export function rowBlocks<R>(
  reading: R,
  sheet: { ws: Excel.Worksheet; id: string },
  kind: BlockKind,
  rect: { firstRow: number; lastRow: number; firstCol: number; lastCol: number },
  perCell: number,
  budget = PAYLOAD_BUDGET_BYTES,
): Block<R>[] {
  const cols = rect.lastCol - rect.firstCol + 1;
  const perBlock = Math.max(1, Math.floor(budget / perCell / Math.max(1, cols)));
  const out: Block<R>[] = [];
  for (let first = rect.firstRow; first <= rect.lastRow; first += perBlock) {
    const rows = Math.min(perBlock, rect.lastRow - first + 1);
    out.push({ reading, kind, ws: sheet.ws, sheetId: sheet.id, perCell, firstRow: first, firstCol: rect.firstCol, rows, cols });
  }
  return out;
}
