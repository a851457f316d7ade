/**
 * Rectangles of cells that share a key, for writing each format once per rectangle rather than
 * once per cell or per style run. Large sheets are first folded into bands of identical rows (the
 * report's provenance sheet has thousands of rows alike), so the work grows with the bands.
 */
import { cellKey } from "../core/a1";
import type { Rect } from "../core/template/spec";

/** Identity of a key for grouping: primitives by value, objects by their JSON. */
const idOf = (key: unknown): string => (typeof key === "object" && key !== null ? JSON.stringify(key) : `${typeof key}:${String(key)}`);

export const byPosition = (a: { rect: Rect }, b: { rect: Rect }): number => a.rect.row - b.rect.row || a.rect.col - b.rect.col;

function rowRuns<K>(cells: readonly { col: number; key: K; id: string }[]): { col: number; lastCol: number; key: K; id: string }[] {
  const out: { col: number; lastCol: number; key: K; id: string }[] = [];
  for (const c of [...cells].sort((a, b) => a.col - b.col)) {
    const last = out[out.length - 1];
    if (last && last.id === c.id && last.lastCol === c.col - 1) last.lastCol = c.col;
    else out.push({ col: c.col, lastCol: c.col, key: c.key, id: c.id });
  }
  return out;
}

/**
 * Rectangles covering the cells that have a key, each holding one key: runs of equal keys along
 * each row, stacked with the run of the same columns and key in the row above.
 */
export function keyRectangles<K>(cells: Iterable<{ row: number; col: number; key: K }>): { rect: Rect; key: K }[] {
  return rectanglesOf(identify(cells));
}

/** A cell with its key and the key's identity, made once (`idOf` is JSON for an object key). */
interface IdentifiedCell<K> {
  readonly row: number;
  readonly col: number;
  readonly key: K;
  readonly id: string;
}

function identify<K>(cells: Iterable<{ row: number; col: number; key: K }>): IdentifiedCell<K>[] {
  const out: IdentifiedCell<K>[] = [];
  for (const c of cells) out.push({ row: c.row, col: c.col, key: c.key, id: idOf(c.key) });
  return out;
}

function rectanglesOf<K>(cells: readonly IdentifiedCell<K>[]): { rect: Rect; key: K }[] {
  const byRow = new Map<number, IdentifiedCell<K>[]>();
  for (const c of cells) {
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
  }
  const done: { rect: Rect; key: K }[] = [];
  let open = new Map<string, { rect: Rect; key: K }>();
  let previousRow = -2;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { rect: Rect; key: K }>();
    for (const run of rowRuns(byRow.get(row) ?? [])) {
      const id = `${run.col}:${run.lastCol}:${run.id}`;
      const above = row === previousRow + 1 ? open.get(id) : undefined;
      if (above) open.delete(id);
      const rect = above ? { ...above.rect, lastRow: row } : { row, col: run.col, lastRow: row, lastCol: run.lastCol };
      next.set(id, { key: run.key, rect });
    }
    done.push(...open.values());
    open = next;
    previousRow = row;
  }
  done.push(...open.values());
  return done.sort(byPosition);
}

/** Joins rectangles with equal keys that touch along a whole side. */
export function mergeRectangles<K>(items: readonly { rect: Rect; key: K }[]): { rect: Rect; key: K }[] {
  type Item = { rect: Rect; key: K; id: string };
  const pass = (list: readonly Item[], across: boolean): Item[] => {
    const start = (r: Rect): number => (across ? r.col : r.row);
    const end = (r: Rect): number => (across ? r.lastCol : r.lastRow);
    const groups = new Map<string, Item[]>();
    for (const it of list) {
      const band = across ? `${it.rect.row}:${it.rect.lastRow}` : `${it.rect.col}:${it.rect.lastCol}`;
      const group = groups.get(`${band}|${it.id}`) ?? [];
      group.push(it);
      groups.set(`${band}|${it.id}`, group);
    }
    return [...groups.values()].flatMap((group) => {
      const joined: Item[] = [];
      for (const it of [...group].sort((a, b) => start(a.rect) - start(b.rect))) {
        const last = joined[joined.length - 1];
        if (!last || end(last.rect) + 1 !== start(it.rect)) joined.push(it);
        else
          joined[joined.length - 1] = {
            ...last,
            rect: across ? { ...last.rect, lastCol: it.rect.lastCol } : { ...last.rect, lastRow: it.rect.lastRow },
          };
      }
      return joined;
    });
  };
  const withIds = items.map((it) => ({ ...it, id: idOf(it.key) }));
  return pass(pass(withIds, true), false)
    .map(({ rect, key }) => ({ rect, key }))
    .sort(byPosition);
}

/** Runs of consecutive indexes sharing a key (columns of one width, hidden rows). */
export function indexRuns<K>(items: readonly { index: number; key: K }[]): { first: number; last: number; key: K }[] {
  const out: { first: number; last: number; key: K }[] = [];
  for (const it of [...items].sort((a, b) => a.index - b.index)) {
    const last = out[out.length - 1];
    if (last && last.last === it.index - 1 && idOf(last.key) === idOf(it.key)) last.last = it.index;
    else out.push({ first: it.index, last: it.index, key: it.key });
  }
  return out;
}

/** A sheet's rows folded into bands of consecutive identical rows (every row from the first, empty ones too). */
export interface Bands<C> {
  readonly bands: readonly { readonly first: number; readonly last: number; readonly cells: readonly (C | undefined)[] }[];
}

export function foldRows<C>(cells: Iterable<{ row: number; col: number; value: C }>, signature: (c: C) => string): Bands<C> {
  const rows: (C | undefined)[][] = [];
  for (const c of cells) (rows[c.row] ??= [])[c.col] = c.value;
  const bands: { first: number; last: number; cells: (C | undefined)[]; sig: string }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const sig = Array.from(row, (c) => (c === undefined ? "" : signature(c))).join("\u0001");
    const last = bands[bands.length - 1];
    if (last && last.sig === sig) last.last = r;
    else bands.push({ first: r, last: r, cells: row, sig });
  }
  return { bands };
}

/** Band rectangles (rows counted in bands) back to the sheet's rows. */
function unfold<K>(b: Bands<unknown>, items: readonly { rect: Rect; key: K }[]): { rect: Rect; key: K }[] {
  return items.map(({ rect, key }) => ({
    key,
    rect: { ...rect, row: b.bands[rect.row]?.first ?? rect.row, lastRow: b.bands[rect.lastRow]?.last ?? rect.lastRow },
  }));
}

function bandCells<C, K>(b: Bands<C>, keyOf: (c: C) => K | undefined): { row: number; col: number; key: K }[] {
  const out: { row: number; col: number; key: K }[] = [];
  b.bands.forEach((band, row) =>
    band.cells.forEach((c, col) => {
      const key = c === undefined ? undefined : keyOf(c);
      if (key !== undefined) out.push({ row, col, key });
    }),
  );
  return out;
}

/** Rectangles of cells sharing a key, each cell in exactly one. */
export function bandRectangles<C, K>(b: Bands<C>, keyOf: (c: C) => K | undefined): { rect: Rect; key: K }[] {
  return unfold(b, keyRectangles(bandCells(b, keyOf)));
}

/**
 * Writes that leave every cell with its key, as few as can be found: either a rectangle per group
 * of equal cells, or (when fewer) each block of cells that have a key painted with its most common
 * key first (`base`), then the cells that differ painted over it, in that order. Rectangles of a
 * key that cells already have before any write (`free`, Excel's default) are left out of either.
 */
export function paintedRectangles<C, K>(
  b: Bands<C>,
  keyOf: (c: C) => K | undefined,
  free: (key: K) => boolean = () => false,
): { rect: Rect; key: K; base: boolean }[] {
  const cells = identify(bandCells(b, keyOf));
  const direct = rectanglesOf(cells)
    .filter((r) => !free(r.key))
    .map((r) => ({ ...r, base: true }));
  // Each cell by its position: a block's cells are looked up, not searched for among all cells.
  const at = new Map(cells.map((c) => [cellKey(c.row, c.col), c]));
  const painted: { rect: Rect; key: K; base: boolean }[] = [];
  for (const { rect: block } of rectanglesOf(cells.map((c) => ({ ...c, key: true, id: "" })))) {
    // The block's cells in the order of `cells` (by row, then column).
    const within: IdentifiedCell<K>[] = [];
    for (let row = block.row; row <= block.lastRow; row++)
      for (let col = block.col; col <= block.lastCol; col++) {
        const c = at.get(cellKey(row, col));
        if (c) within.push(c);
      }
    const counts = new Map<string, { key: K; id: string; n: number }>();
    for (const c of within) {
      const count = counts.get(c.id);
      if (count) count.n++;
      else counts.set(c.id, { key: c.key, id: c.id, n: 1 });
    }
    const common = [...counts.values()].sort((x, y) => y.n - x.n)[0];
    if (!common) continue;
    if (!free(common.key)) painted.push({ rect: block, key: common.key, base: true });
    const rest = within.filter((c) => c.id !== common.id);
    for (const r of rectanglesOf(rest)) painted.push({ ...r, base: false });
  }
  const best = painted.length < direct.length ? painted : direct;
  return best.map((r) => ({ ...unfold(b, [r])[0]!, base: r.base }));
}
