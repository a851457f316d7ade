/** KeyedMap, the compact map each submission keeps its values in: it must read exactly as a Map would. */
import fc from "fast-check";
import { KeyedMap, KeySlots } from "../src/core/consolidate/keyed";

const codes = ["0.01", "1.02", "2.05", "2.06", "2.07", "NV0.01", "6.05"];

describe("KeyedMap", () => {
  test("reads as a Map of the same entries: order, get, has, size (keys shared between maps)", () => {
    const slots = new KeySlots();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes, "x"), fc.integer()), { maxLength: 20 }), (entries) => {
        const map = new Map(entries);
        const keyed = new KeyedMap(slots, entries);
        expect([...keyed]).toEqual([...map]);
        expect([...keyed.keys()]).toEqual([...map.keys()]);
        expect([...keyed.values()]).toEqual([...map.values()]);
        expect(keyed.size).toBe(map.size);
        for (const c of [...codes, "x", "absent"]) {
          expect(keyed.get(c)).toBe(map.get(c));
          expect(keyed.has(c)).toBe(map.has(c));
        }
        const seen: [string, number][] = [];
        keyed.forEach((v, k) => seen.push([k, v]));
        expect(seen).toEqual([...map]);
      }),
    );
  });

  test("a later map with the keys in another order iterates in its own order", () => {
    const slots = new KeySlots();
    new KeyedMap(slots, [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    expect([
      ...new KeyedMap(slots, [
        ["c", 3],
        ["a", 1],
      ]).keys(),
    ]).toEqual(["c", "a"]);
  });
});
