/**
 * A .zip of several files, stored without compression (each .xlsx inside is already deflated):
 * what the page hands out when every unit's template is asked for at once. UTF-8 names.
 */
import { crc32 } from "../../xlsx/inflate";

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const UTF8_NAMES = 0x0800;

/** MS-DOS date and time, as zip headers hold them (local time, two-second steps). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getFullYear()));
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }

  /** Little-endian fields of 2 or 4 bytes. */
  fields(...values: readonly (readonly [number, 2 | 4])[]): void {
    const out = new Uint8Array(values.reduce((n, [, size]) => n + size, 0));
    const view = new DataView(out.buffer);
    let at = 0;
    for (const [value, size] of values) {
      if (size === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
      at += size;
    }
    this.bytes(out);
  }

  join(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** The zip's bytes; entries keep their order. */
export function zipStored(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const { time, date } = dosDateTime(modified);
  const zip = new Writer();
  const central = new Writer();
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const crc = crc32(0, e.bytes);
    const offset = zip.length;
    const common = [
      [20, 2],
      [UTF8_NAMES, 2],
      [0, 2],
      [time, 2],
      [date, 2],
      [crc, 4],
      [e.bytes.length, 4],
      [e.bytes.length, 4],
      [name.length, 2],
      [0, 2],
    ] as const;
    zip.fields([0x04034b50, 4], ...common);
    zip.bytes(name);
    zip.bytes(e.bytes);
    central.fields([0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]);
    central.bytes(name);
  }
  const start = zip.length;
  const size = central.length;
  zip.bytes(central.join());
  zip.fields([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [size, 4], [start, 4], [0, 2]);
  return zip.join();
}
