/**
 * The CRC-32 that checks every part of every workbook read (src/xlsx/inflate.ts), against Node's
 * zlib (an implementation apart): whole, and continued over chunks of every length around the
 * eight bytes it folds in at a time.
 */
import { crc32 as zlibCrc32 } from "node:zlib";
import fc from "fast-check";
import { crc32 } from "../src/xlsx/inflate";

describe("crc32", () => {
  test("known values: nothing, and the check string", () => {
    expect(crc32(0, new Uint8Array(0))).toBe(0);
    expect(crc32(0, new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  test("every length from 0 to 40, whole, is zlib's", () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 151 + 7) & 0xff);
    for (let n = 0; n <= 40; n++) expect({ n, crc: crc32(0, bytes.subarray(0, n)) }).toEqual({ n, crc: zlibCrc32(bytes.subarray(0, n)) });
  });

  test("continued over chunks of any sizes, it is zlib's of the whole", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 70 }), { maxLength: 12 }), (chunks) => {
        const whole = Buffer.concat(chunks);
        expect(chunks.reduce((c, chunk) => crc32(c, chunk), 0)).toBe(zlibCrc32(whole));
      }),
      { numRuns: 300 },
    );
  });
});
