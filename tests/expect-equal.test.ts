/** The fast deep equality the large comparisons use (tests/helpers/equal.ts) decides as toEqual does. */
import { expectEqual } from "./helpers/equal";

test("equal values pass; a difference deep inside fails with toEqual's diff", () => {
  const value = { sheets: [{ name: "Chỉ tiêu", cells: { B7: { value: 12 } } }] };
  expect(() => expectEqual(value, structuredClone(value))).not.toThrow();
  const changed = structuredClone(value);
  changed.sheets[0]!.cells.B7.value = 13;
  expect(() => expectEqual(changed, value)).toThrow(/toEqual/);
});

test("what toEqual overlooks (an undefined property, a class) passes; what it sees (-0, a missing item) fails", () => {
  class Cell {
    constructor(readonly value: number) {}
  }
  expect(() => expectEqual<object>({ a: 1, b: undefined }, { a: 1 })).not.toThrow();
  expect(() => expectEqual<object>(new Cell(1), { value: 1 })).not.toThrow();
  expect(() => expectEqual(-0, 0)).toThrow();
  expect(() => expectEqual([1, 2], [1])).toThrow();
});
