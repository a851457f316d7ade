/** What a file that is not a zip is: an encrypted or old Office file (OLE2), a PDF, a web page, text... */
import { refuse, type UnreadableWorkbookError } from "../core/check/unreadable";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

function startsWith(b: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((x, i) => b[i] === x);
}

function ascii(b: Uint8Array, from: number, to: number): string {
  let out = "";
  for (let i = from; i < Math.min(to, b.length); i++) out += String.fromCharCode(b[i] ?? 0);
  return out;
}

/** Names of the streams and storages in an OLE2 compound file (old Office files, encrypted OOXML). */
export function compoundFileNames(b: Uint8Array): string[] {
  const shift = u16(b, 30);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const fat: number[] = [];
  // The first 109 FAT sectors are listed in the header: enough for any file under 7 MB of 512-byte sectors.
  for (let i = 0; i < 109; i++) {
    const sector = u32(b, 76 + i * 4);
    if (sector >= 0xfffffffa) break;
    for (let j = 0; j < size / 4; j++) fat.push(u32(b, (sector + 1) * size + j * 4));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (
    let sector = u32(b, 48);
    sector < 0xfffffffa && !seen.has(sector) && (sector + 2) * size <= b.length;
    sector = fat[sector] ?? 0xfffffffe
  ) {
    seen.add(sector);
    for (let e = 0; e < size / 128; e++) {
      const at = (sector + 1) * size + e * 128;
      const length = Math.min(u16(b, at + 64), 64);
      let name = "";
      for (let i = 0; i + 1 < length - 1; i += 2) name += String.fromCharCode(u16(b, at + i));
      if (name) names.push(name);
    }
  }
  return names;
}

/** Why a file that is not a zip cannot be read: what it is instead, as a format key of the unreadable catalogue. */
export function notAZip(b: Uint8Array): UnreadableWorkbookError {
  if (startsWith(b, CFB_SIGNATURE)) {
    const names = compoundFileNames(b);
    if (names.includes("EncryptedPackage")) return refuse("encrypted");
    if (names.includes("Workbook") || names.includes("Book")) return refuse("other_format", { format: "xls" });
    if (names.includes("WordDocument")) return refuse("other_format", { format: "doc" });
    return refuse("other_format", { format: "ole" });
  }
  const head = ascii(b, 0, 1024)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (head.startsWith("%pdf")) return refuse("other_format", { format: "pdf" });
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return refuse("other_format", { format: "xml2003" });
  if (/^(<!doctype html|<html|<table|<meta)/.test(head) || head.includes("<html")) return refuse("other_format", { format: "html" });
  const sample = b.subarray(0, 4096);
  const control = sample.filter((x) => x < 9 || (x > 13 && x < 32)).length;
  return refuse("other_format", { format: control === 0 ? "text" : "unknown" });
}
