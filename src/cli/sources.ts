/** Turning the command line's FILES-or-DIRS into consolidation sources, one file at a time. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { refuse } from "../core/check/unreadable";
import { unreadableSource, type SourceInput } from "../core/consolidate/submissions";
import { READ_LIMITS, readWorkbookBuffer, type ReadLimits } from "../xlsx/read";
import { nodeInflate } from "../xlsx/inflate-node";

const isMissing = (e: unknown): boolean => typeof e === "object" && e !== null && "code" in e && e.code === "ENOENT";

/** The paths among these that name no file or folder. */
export function missingPaths(paths: readonly string[]): string[] {
  return paths.filter((p) => !existsSync(p));
}

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

/**
 * Reads one file into a source; a file that cannot be read becomes an unreadable source with
 * the reason (and, when the reader could tell, what it found). A file over the size limit is
 * refused from its size alone, before it is read into memory.
 */
export async function readSource(file: string, limits: ReadLimits = READ_LIMITS): Promise<SourceInput> {
  const source = { label: basename(file), file: basename(file) };
  try {
    // Synchronous: files are read one at a time, and on a busy machine each asynchronous call is
    // a round trip through libuv's thread pool that costs more than reading a report (measured:
    // 200 reports parsed in 1.68 s instead of 1.93 s).
    const size = statSync(file).size;
    if (size > limits.fileBytes) throw refuse("too_large", { size, limit: limits.fileBytes });
    return {
      kind: "workbook",
      source,
      grids: await readWorkbookBuffer(readFileSync(file), basename(file), { limits, inflate: nodeInflate }),
    };
  } catch (e) {
    if (isMissing(e)) return { kind: "unreadable", source, reason: String(e), problem: { kind: "not_found", params: {} } };
    return unreadableSource(source, e);
  }
}
