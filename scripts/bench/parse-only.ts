/**
 * The floor for `consolidate`: only parse the same files with the same library, one at a time,
 * and drop each result. Run as a child process by the benchmark: `node parse-only.js DIR`.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { expandPaths } from "../../src/cli/sources";
import { readWorkbookBuffer } from "../../src/xlsx/read";

async function parseOnly(dir: string): Promise<void> {
  let sheets = 0;
  for (const file of await expandPaths([dir])) {
    const grids = await readWorkbookBuffer(await readFile(file), basename(file));
    sheets += grids.sheets.length;
  }
  process.stdout.write(`${sheets}\n`);
}

void parseOnly(process.argv[2] ?? ".");
