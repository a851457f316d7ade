/**
 * A small zip reader and writer (stored or deflated entries, no zip64), for the scripts and tests
 * that build .xlsx files by hand: broken ones (parts replaced, added, or written with a compressed
 * stream and a declared size of our choosing: zip bombs), and the benchmark's thousands of
 * patched copies (unchanged parts keep their compressed bytes, only patched ones are deflated again).
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export interface Part {
  readonly name: string;
  readonly data: Buffer;
}

/** A part whose compressed bytes, size and CRC are given as they are to be declared. */
export interface RawPart {
  readonly name: string;
  readonly method: 0 | 8;
  readonly compressed: Buffer;
  readonly size: number;
  readonly crc: number;
}

/** The entries of a zip, as stored: compressed bytes, method, size and CRC from the central directory. */
export function readRawZip(zip: Buffer): RawPart[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip: no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  const parts: RawPart[] = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    if (method !== 0 && method !== 8) throw new Error(`zip method ${method} is neither stored nor deflated`);
    const packed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const compressed = zip.subarray(dataStart, dataStart + packed);
    parts.push({ name, method, compressed, size: zip.readUInt32LE(at + 24), crc: zip.readUInt32LE(at + 16) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** An entry's bytes, inflated. */
export function inflated(part: RawPart): Buffer {
  return part.method === 8 ? inflateRawSync(part.compressed) : Buffer.from(part.compressed);
}

/** The parts of a zip (stored or deflated, no zip64), inflated. */
export function readZip(zip: Buffer): Part[] {
  return readRawZip(zip).map((p) => ({ name: p.name, data: inflated(p) }));
}

export function deflated(part: Part, level = 6): RawPart {
  return { name: part.name, method: 8, compressed: deflateRawSync(part.data, { level }), size: part.data.length, crc: crc32(part.data) };
}

export function stored(part: Part): RawPart {
  return { name: part.name, method: 0, compressed: part.data, size: part.data.length, crc: crc32(part.data) };
}

/** Time and date of every entry: 1980-01-01 00:00, the first a zip can hold. */
const DOS_1980 = 0x00210000;

/** A zip of the parts, in order; plain parts are deflated. */
export function writeZip(parts: readonly (Part | RawPart)[]): Buffer {
  const raw = parts.map((p) => ("compressed" in p ? p : deflated(p)));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of raw) {
    const name = Buffer.from(p.name, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(p.method, 8);
    header.writeUInt32LE(DOS_1980, 10);
    header.writeUInt32LE(p.crc >>> 0, 14);
    header.writeUInt32LE(p.compressed.length, 18);
    header.writeUInt32LE(p.size >>> 0, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(DOS_1980, 12);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(p.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, p.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + p.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(raw.length, 8);
  end.writeUInt16LE(raw.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A deflate stream that inflates to `copies` times `block`, built without compressing that much:
 * the block is compressed once with a full flush (no reference to earlier data), repeated, and
 * closed by an empty final block. The CRC is computed over the repeated block.
 */
export function repeatedDeflate(name: string, block: Buffer, copies: number, declaredSize?: number): RawPart {
  const one = deflateRawSync(block, { level: 9, finishFlush: 3 /* Z_FULL_FLUSH */ });
  const compressed = Buffer.concat([...Array.from({ length: copies }, () => one), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let i = 0; i < copies; i++) crc = crc32(block, crc);
  const size = block.length * copies;
  return { name, method: 8, compressed, size: declaredSize ?? size, crc };
}
