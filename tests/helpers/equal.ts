import { isDeepStrictEqual } from "node:util";

/**
 * `expect(actual).toEqual(expected)` for large values (a check's whole result, a consolidation):
 * Node's strict deep comparison first, which is many times faster than Jest's; only when it finds
 * a difference does `toEqual` decide (it is looser: undefined properties, class types) and show
 * the diff. Strictly equal values are always equal to `toEqual`, so the outcome is `toEqual`'s.
 */
export function expectEqual<T>(actual: T, expected: T): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}
