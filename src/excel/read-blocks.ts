/**
 * Reads of parts of sheets grouped into as few syncs as a response may carry (5 MB on the web),
 * and split when Excel answers otherwise: a response refused as too large (older web builds say
 * GeneralException), or `values === null` for a range of very many cells. Reading changes
 * nothing, so a refused or empty read is simply asked again in halves.
 */
import { rangeA1 } from "../core/a1";
import { PAYLOAD_BUDGET_BYTES } from "./batch";

/** What a block asks of its range: the values, whether its rows are hidden, or the addresses of its visible rows. */
export type BlockKind = "values" | "hidden" | "visible";

export interface Block<R> {
  /** The sheet being read; what the block's answer is for. */
  readonly reading: R;
  readonly kind: BlockKind;
  readonly ws: Excel.Worksheet;
  /** Estimated response bytes. */
  readonly bytes: number;
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

interface Queued<R> {
  readonly block: Block<R>;
  readonly range: Excel.Range;
  readonly view: Excel.RangeView | undefined;
}

const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "GeneralException"]);

function queue<R>(b: Block<R>): Queued<R> {
  const range = b.ws.getRange(rangeA1(b.firstRow, b.firstCol, b.firstRow + b.rows - 1, b.firstCol + b.cols - 1));
  if (b.kind === "visible") return { block: b, range, view: range.getVisibleView().load("cellAddresses") };
  range.load(b.kind === "values" ? "values" : "rowHidden");
  return { block: b, range, view: undefined };
}

/** Loads the blocks in as few syncs as the response budget allows (none for no blocks). */
export async function readBlocks<R>(context: Excel.RequestContext, blocks: readonly Block<R>[]): Promise<Answer<R>[]> {
  const out: Answer<R>[] = [];
  for (const group of groupByBudget(blocks)) out.push(...(await loadGroup(context, group)));
  return out;
}

/**
 * One sync for a response-sized group. When Excel refuses the response as too large after all
 * (cells holding far more text than estimated), the group is halved (a lone block by its rows)
 * and each half asked again; a block whose values come back null is asked again in halves too.
 */
async function loadGroup<R>(context: Excel.RequestContext, group: readonly Block<R>[]): Promise<Answer<R>[]> {
  const queued = group.map(queue);
  try {
    await context.sync();
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
    const halves = typeof code === "string" && TOO_LARGE.has(code) ? halve(group) : undefined;
    if (!halves) throw e;
    return [...(await loadGroup(context, halves[0])), ...(await loadGroup(context, halves[1]))];
  }
  const out: Answer<R>[] = [];
  for (const q of queued) {
    // A view whose rows are all hidden has no addresses to give.
    const values = q.block.kind === "visible" ? (q.view?.cellAddresses ?? []) : q.block.kind === "values" ? q.range.values : [];
    if (values === null || values === undefined) {
      const halves = halve([q.block]);
      if (!halves)
        throw new Error(`Excel returned no values for ${rangeA1(q.block.firstRow, q.block.firstCol, q.block.firstRow, q.block.firstCol)}`);
      for (const half of halves) out.push(...(await loadGroup(context, half)));
    } else out.push({ block: q.block, values, hidden: q.block.kind === "hidden" ? q.range.rowHidden : null });
  }
  return out;
}

/** Two halves of a group, or of a lone block (by rows, else by columns); undefined for a single cell. */
function halve<R>(group: readonly Block<R>[]): [Block<R>[], Block<R>[]] | undefined {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const b = group[0];
  if (!b || b.kind === "hidden" || (b.rows < 2 && b.cols < 2)) return undefined;
  const byRows = b.rows >= 2;
  const total = byRows ? b.rows : b.cols;
  const first = total >> 1;
  const part = (offset: number, n: number): Block<R> =>
    byRows
      ? { ...b, firstRow: b.firstRow + offset, rows: n, bytes: (b.bytes * n) / total }
      : { ...b, firstCol: b.firstCol + offset, cols: n, bytes: (b.bytes * n) / total };
  return [[part(0, first)], [part(first, total - first)]];
}

function groupByBudget<R>(blocks: readonly Block<R>[]): Block<R>[][] {
  const groups: Block<R>[][] = [];
  let bytes = Infinity;
  for (const b of blocks) {
    if (bytes + b.bytes > PAYLOAD_BUDGET_BYTES) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1]?.push(b);
    bytes += b.bytes;
  }
  return groups;
}

/** A rectangle of a sheet, in row blocks small enough for one response each, at `perCell` bytes a cell. */
export function rowBlocks<R>(
  reading: R,
  ws: Excel.Worksheet,
  kind: BlockKind,
  rect: { firstRow: number; lastRow: number; firstCol: number; lastCol: number },
  perCell: number,
): Block<R>[] {
  const cols = rect.lastCol - rect.firstCol + 1;
  const perBlock = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / perCell / Math.max(1, cols)));
  const out: Block<R>[] = [];
  for (let first = rect.firstRow; first <= rect.lastRow; first += perBlock) {
    const rows = Math.min(perBlock, rect.lastRow - first + 1);
    out.push({ reading, kind, ws, bytes: rows * cols * perCell, firstRow: first, firstCol: rect.firstCol, rows, cols });
  }
  return out;
}
