/**
 * The floor for `consolidate`: only parse the same files with the same library, one at a time,
 * and drop each result. It reads each file exactly as the command line does (readSource:
 * readWorkbookBuffer with the command line's limits and inflater), without checking,
 * consolidating or writing. Run as a child process by the benchmark: `node parse-only.js DIR`.
 * With `--exceljs-load`, only ExcelJS's own load (no inspection of the zip, no cleaning of the
 * cells): how much of the floor is ExcelJS itself.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expandPaths, readSource } from "../../src/cli/sources";

async function parseOnly(dir: string, exceljsOnly: boolean): Promise<void> {
  let sheets = 0;
  for (const file of await expandPaths([dir])) {
    if (exceljsOnly) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
      sheets += wb.worksheets.length;
      continue;
    }
    const source = await readSource(file);
    if (source.kind !== "workbook") throw new Error(`${file}: ${source.reason}`);
    sheets += source.grids.sheets.length;
  }
  process.stdout.write(`${sheets}\n`);
}

void parseOnly(process.argv[2] ?? ".", process.argv.includes("--exceljs-load"));
