/**
 * The rectangles the Office.js renderer writes formats on (src/excel/rects.ts), over arbitrary
 * grids (fast-check): painting them in order leaves every cell with its key and nothing else.
 */
import fc from "fast-check";
import { bandRectangles, foldRows, keyRectangles, mergeRectangles, paintedRectangles } from "../src/excel/rects";

type Grid = (string | undefined)[][];

/** Grids of up to 12 x 6 cells, keys from a few letters, some cells without one, rows often repeated. */
const grids = fc
  .array(fc.array(fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((rows) =>
    fc.array(fc.nat({ max: rows.length - 1 }), { minLength: 1, maxLength: 12 }).map((picks) => picks.map((i) => rows[i] ?? [])),
  );

const cellsOf = (g: Grid) => g.flatMap((row, r) => row.flatMap((key, c) => (key === undefined ? [] : [{ row: r, col: c, key }])));

function paint(g: Grid, writes: readonly { rect: { row: number; col: number; lastRow: number; lastCol: number }; key: string }[]): Grid {
  const out: Grid = g.map((row) => row.map(() => undefined));
  for (const { rect, key } of writes)
    for (let r = rect.row; r <= rect.lastRow; r++) for (let c = rect.col; c <= rect.lastCol; c++) (out[r] ??= [])[c] = key;
  return out;
}

/** What the cells show after the writes: an untouched cell shows the free key (Excel's default) if it has a key at all. */
const shown = (g: Grid, painted: Grid, free?: string): Grid =>
  g.map((row, r) => row.map((k, c) => painted[r]?.[c] ?? (k === undefined ? undefined : free)));

describe("rectangles of the renderer's format writes", () => {
  test("keyRectangles: every cell with a key in exactly one rectangle holding it", () => {
    fc.assert(
      fc.property(grids, (g) => {
        const rects = keyRectangles(cellsOf(g));
        expect(paint(g, rects)).toEqual(g);
        expect(rects.reduce((n, r) => n + (r.rect.lastRow - r.rect.row + 1) * (r.rect.lastCol - r.rect.col + 1), 0)).toBe(
          cellsOf(g).length,
        );
      }),
    );
  });

  test("bandRectangles over folded rows gives the same cells as over the rows", () => {
    fc.assert(
      fc.property(grids, (g) => {
        const bands = foldRows(
          cellsOf(g).map((c) => ({ ...c, value: c.key })),
          (k) => k,
        );
        expect(
          paint(
            g,
            bandRectangles(bands, (k) => k),
          ),
        ).toEqual(g);
      }),
    );
  });

  test("paintedRectangles, written in order, leave every cell with its key, cells without one untouched; a free key is never a base", () => {
    fc.assert(
      fc.property(grids, fc.constantFrom(undefined, "a"), (g, free) => {
        const bands = foldRows(
          cellsOf(g).map((c) => ({ ...c, value: c.key })),
          (k) => k,
        );
        const writes = paintedRectangles(
          bands,
          (k) => k,
          (k) => k === free,
        );
        const ordered = [...writes.filter((w) => w.base), ...writes.filter((w) => !w.base)];
        expect(shown(g, paint(g, ordered), free)).toEqual(g);
        expect(writes.filter((w) => w.base && w.key === free)).toEqual([]);
        // Never more writes than one rectangle per group of equal cells.
        expect(writes.length).toBeLessThanOrEqual(keyRectangles(cellsOf(g)).length);
      }),
    );
  });

  test("mergeRectangles joins touching rectangles of one key and keeps the cells", () => {
    fc.assert(
      fc.property(grids, (g) => {
        const cells = cellsOf(g).map((c) => ({ rect: { row: c.row, col: c.col, lastRow: c.row, lastCol: c.col }, key: c.key }));
        const merged = mergeRectangles(cells);
        expect(paint(g, merged)).toEqual(g);
        expect(merged.length).toBeLessThanOrEqual(cells.length);
      }),
    );
  });
});
