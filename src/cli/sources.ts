/** Turning the command line's FILES-or-DIRS into consolidation sources, one file at a time. */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { SourceInput } from "../core/consolidate/submissions";
import { readWorkbookBuffer } from "../xlsx/read";

/** The .xlsx files named, and those in the folders named (not recursive), sorted. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

/** Reads one file into a source; a file that cannot be read becomes an unreadable source with the reason. */
export async function readSource(file: string): Promise<SourceInput> {
  const source = { label: basename(file), file: basename(file) };
  try {
    return { kind: "workbook", source, grids: await readWorkbookBuffer(await readFile(file), basename(file)) };
  } catch (e) {
    return { kind: "unreadable", source, reason: e instanceof Error ? e.message : String(e) };
  }
}
