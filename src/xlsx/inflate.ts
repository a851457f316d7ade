/**
 * Inflating a zip part once, counted: its bytes checked against a limit and its checksum, the
 * cells of a worksheet counted from its XML as it streams by, nothing kept.
 */
/**
 * CRC-32 tables for slicing by eight: table 0 is the usual byte table, table k the CRC of a byte
 * followed by k zero bytes, so eight bytes are folded in per step (about four times faster than
 * byte by byte; every part of every file read is checked).
 */
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 256; k < 2048; k += 256) t[k + n] = (t[k - 256 + n]! >>> 8) ^ t[t[k - 256 + n]! & 0xff]!;
  return t;
})();

/** The CRC-32 of a zip part, continued over one more chunk (start from 0). */
export function crc32(crc: number, chunk: Uint8Array): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  for (const end = chunk.length - 8; i <= end; i += 8) {
    const a = c ^ (chunk[i]! | (chunk[i + 1]! << 8) | (chunk[i + 2]! << 16) | (chunk[i + 3]! << 24));
    c =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + chunk[i + 4]!]! ^
      t[512 + chunk[i + 5]!]! ^
      t[256 + chunk[i + 6]!]! ^
      t[chunk[i + 7]!]!;
  }
  for (; i < chunk.length; i++) c = t[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Counts `<c ` / `<c>` / `<c/>` (with any namespace prefix) in XML arriving in chunks: the cells of
 * a worksheet part, empty formatted ones included, which ExcelJS would all hold in memory.
 */
export class CellCounter {
  count = 0;
  private tail = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    const data = new Uint8Array(this.tail.length + chunk.length);
    data.set(this.tail);
    data.set(chunk, this.tail.length);
    let i = 0;
    for (; i < data.length - 40; i++) if (data[i] === 0x3c) this.count += isCellTag(data, i) ? 1 : 0;
    this.tail = data.slice(i);
  }

  finish(): number {
    for (let i = 0; i < this.tail.length; i++) if (this.tail[i] === 0x3c && isCellTag(this.tail, i)) this.count++;
    this.tail = new Uint8Array(0);
    return this.count;
  }
}

const isNameByte = (x: number | undefined): boolean =>
  x !== undefined && ((x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a) || (x >= 0x30 && x <= 0x39) || x === 0x5f);

/** `<c` then a space, `>` or `/`; or the same after a namespace prefix (`<x:c r="A1">`). */
function isCellTag(b: Uint8Array, lt: number): boolean {
  let i = lt + 1;
  let j = i;
  while (j < lt + 33 && isNameByte(b[j])) j++;
  if (j > i && b[j] === 0x3a) i = j + 1;
  if (b[i] !== 0x63) return false;
  const next = b[i + 1];
  return next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** Whether this platform can inflate a raw deflate stream (Node 20, Chromium 103, Safari 16.4 and later). */
export function canInflate(): boolean {
  try {
    return typeof DecompressionStream === "function" && new DecompressionStream("deflate-raw") !== undefined;
  } catch {
    return false;
  }
}

/** Bytes handed to the inflater at a time: each can unpack to at most about 1,000 times as much. */
const SLICE = 16 * 1024;

/** Thrown by an Inflate that would have to unpack more than it may. */
export class InflateLimitError extends Error {
  override readonly name = "InflateLimitError";
}

/**
 * Inflates a raw deflate stream, handing the bytes to `take` (in one piece or in chunks) and
 * throwing InflateLimitError rather than unpacking more than `maxBytes`. The default uses the
 * platform's DecompressionStream; the command line passes Node's zlib (src/xlsx/inflate-node.ts), faster.
 */
export type Inflate = (compressed: Uint8Array, maxBytes: number, take: (chunk: Uint8Array) => void) => Promise<void>;

/** Inflate with DecompressionStream, fed in slices and read as it goes: stops as soon as `maxBytes` is passed. */
export const streamInflate: Inflate = async (compressed, maxBytes, take) => {
  let bytes = 0;
  await inflateStream(compressed, (chunk) => {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new InflateLimitError(`more than ${maxBytes} bytes`);
    take(chunk);
  });
};

async function inflateStream(compressed: Uint8Array, take: (chunk: Uint8Array) => void): Promise<void> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    // The DOM typings want an ArrayBuffer-backed view; a file's bytes are one.
    for (let at = 0; at < compressed.length; at += SLICE)
      await writer.write(compressed.subarray(at, at + SLICE) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  feeding.catch(() => undefined);
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) take(r.value);
    await feeding;
  } catch (e) {
    await Promise.allSettled([reader.cancel(), writer.abort()]);
    throw e;
  }
}
