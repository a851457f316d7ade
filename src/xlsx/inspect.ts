/**
 * Looking at a file before ExcelJS parses it: what it is (an .xlsx, an encrypted or old Office
 * file, a PDF...), and whether it stays within the limits on size, parts and cells. The zip's
 * central directory is read by hand, so a zip bomb is refused from its declared sizes without
 * inflating anything; each part is then inflated once as a stream (the platform's
 * DecompressionStream), counted and dropped, so a part that lies about its size is stopped at the
 * size it declared. Works in Node and in the browser; where the browser cannot inflate a stream
 * (Safari before 16.4) only the declared sizes are checked.
 */
import { canInflate, CellCounter, crc32, InflateLimitError, streamInflate, type Inflate } from "./inflate";
import { damaged, refuse } from "../core/check/unreadable";
import { READ_LIMITS, type ReadLimits } from "./limits";
import { notAZip, u16, u32 } from "./sniff";

export { InflateLimitError, type Inflate } from "./inflate";
export { READ_LIMITS, type ReadLimits } from "./limits";

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly packed: number;
  readonly size: number;
  /** Where the part's compressed bytes start. */
  readonly offset: number;
}

function endOfCentralDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) if (u32(b, at) === ZIP_END) return at;
  return -1;
}

function decodeName(b: Uint8Array, from: number, length: number): string {
  return new TextDecoder("utf-8").decode(b.subarray(from, from + length));
}

/** The parts a zip declares, checked against the limits; nothing is inflated. */
export function zipParts(b: Uint8Array, limits: ReadLimits): ZipPart[] {
  const end = endOfCentralDirectory(b);
  if (end < 0) throw damaged("no_end_record");
  const count = u16(b, end + 10);
  const dirSize = u32(b, end + 12);
  const dirStart = u32(b, end + 16);
  if (count === 0xffff || dirStart === 0xffffffff) throw damaged("zip64");
  if (count > limits.parts) throw refuse("too_many_parts", { count, limit: limits.parts });
  if (dirStart + dirSize > end) throw damaged("part_list_past_end");
  const parts: ZipPart[] = [];
  let total = 0;
  for (let at = dirStart, i = 0; i < count; i++) {
    if (u32(b, at) !== ZIP_CENTRAL) throw damaged("part_list_entry", { entry: i + 1 });
    const flags = u16(b, at + 8);
    const local = u32(b, at + 42);
    const part: ZipPart = {
      name: decodeName(b, at + 46, u16(b, at + 28)),
      method: u16(b, at + 10),
      crc: u32(b, at + 16),
      packed: u32(b, at + 20),
      size: u32(b, at + 24),
      offset: local + 30 + u16(b, local + 26) + u16(b, local + 28),
    };
    if (flags & 1) throw refuse("encrypted");
    if (part.method !== 0 && part.method !== 8) throw damaged("compression_method", { part: part.name, method: part.method });
    if (u32(b, local) !== ZIP_LOCAL) throw damaged("part_missing", { part: part.name });
    if (part.size > limits.partBytes) throw refuse("part_too_large", { part: part.name, size: part.size, limit: limits.partBytes });
    total += part.size;
    if (total > limits.totalBytes) throw refuse("content_too_large", { size: total, limit: limits.totalBytes });
    parts.push(part);
    at += 46 + u16(b, at + 28) + u16(b, at + 30) + u16(b, at + 32);
  }
  return parts;
}

/** The format of a zip that is not an .xlsx workbook, from its part names. */
function zipFormat(names: ReadonlySet<string>): string | undefined {
  if (names.has("xl/workbook.xml")) return undefined;
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("content.xml") && names.has("mimetype")) return "ods";
  if (names.has("word/document.xml")) return "docx";
  if (names.has("ppt/presentation.xml")) return "pptx";
  return "zip";
}

/** Checks a part's unpacked bytes against its declared size and checksum; returns its cell count when asked. */
async function scanPart(data: Uint8Array, part: ZipPart, countCells: boolean, inflate: Inflate): Promise<number> {
  const counter = countCells ? new CellCounter() : undefined;
  let bytes = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    bytes += chunk.length;
    if (bytes > part.size) throw new InflateLimitError(`more than ${part.size} bytes`);
    crc = crc32(crc, chunk);
    counter?.add(chunk);
  };
  const raw = data.subarray(part.offset, part.offset + part.packed);
  if (raw.length !== part.packed) throw damaged("part_cut_short", { part: part.name });
  try {
    if (part.method === 0) take(raw);
    else await inflate(raw, part.size, take);
  } catch (e) {
    if (e instanceof InflateLimitError) throw refuse("size_mismatch", { part: part.name, declared: part.size });
    // A damage code of our own: each inflater words it its own way (Node's zlib "invalid distance
    // too far back", a browser's DecompressionStream a TypeError), and the command line, the add-in
    // and the web page must say the same of the same file.
    throw damaged("data_damaged", { part: part.name });
  }
  if (bytes !== part.size) throw damaged("part_shorter", { part: part.name });
  if (crc !== part.crc) throw damaged("checksum", { part: part.name });
  return counter?.finish() ?? 0;
}

/** A part's text, once it has been checked. */
async function partText(data: Uint8Array, part: ZipPart | undefined, inflate: Inflate): Promise<string> {
  if (!part) return "";
  const raw = data.subarray(part.offset, part.offset + part.packed);
  if (part.method === 0) return new TextDecoder().decode(raw);
  const whole = new Uint8Array(part.size);
  let at = 0;
  await inflate(raw, part.size, (c) => {
    whole.set(c, at);
    at += c.length;
  });
  return new TextDecoder().decode(whole);
}

/** Sheet names by worksheet part, from xl/workbook.xml and its relationships (the part path when unknown). */
async function sheetNames(data: Uint8Array, parts: readonly ZipPart[], inflate: Inflate): Promise<Map<string, string>> {
  const text = (name: string): Promise<string> =>
    partText(
      data,
      parts.find((p) => p.name === name),
      inflate,
    );
  const unescape = (s: string): string =>
    s
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const tag of (await text("xl/_rels/workbook.xml.rels")).match(/<(\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const tag of (await text("xl/workbook.xml")).match(/<(\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const id = attr(tag, "(?:\\w+:)?id");
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) out.set(part, unescape(name));
  }
  return out;
}

const isWorksheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/**
 * Checks a file before it is parsed and throws UnreadableWorkbookError saying why it cannot be
 * read: not a zip (and what it is instead), encrypted, damaged, or over one of the limits.
 */
export async function inspectWorkbook(data: Uint8Array, limits: ReadLimits = READ_LIMITS, inflate?: Inflate): Promise<void> {
  if (data.length === 0) throw refuse("empty");
  if (data.length > limits.fileBytes) throw refuse("too_large", { size: data.length, limit: limits.fileBytes });
  if (u32(data, 0) !== ZIP_LOCAL && u32(data, 0) !== ZIP_END) throw notAZip(data);
  const parts = zipParts(data, limits);
  const format = zipFormat(new Set(parts.map((p) => p.name)));
  if (format) throw refuse("other_format", { format });
  if (!inflate && !canInflate()) return;
  const unpack = inflate ?? streamInflate;
  const cells = new Map<string, number>();
  for (const part of parts) if (!part.name.endsWith("/")) cells.set(part.name, await scanPart(data, part, isWorksheet(part.name), unpack));
  // Every part is now known to be what it declares: the workbook's own XML can be read for sheet names.
  for (const [part, count] of cells)
    if (count > limits.cellsPerSheet)
      throw refuse("too_many_cells", {
        sheet: (await sheetNames(data, parts, unpack)).get(part) ?? part,
        count,
        limit: limits.cellsPerSheet,
      });
  const total = [...cells.values()].reduce((a, n) => a + n, 0);
  if (total > limits.cellsPerWorkbook) throw refuse("workbook_too_many_cells", { count: total, limit: limits.cellsPerWorkbook });
}
