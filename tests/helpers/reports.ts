/**
 * Units' filled reports as picked files, and the command line's consolidated reports of them on
 * disk: the inputs of the add-in's comparison and evaluation tests, and the command line's
 * output they are held against.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { parsePeriod } from "../../src/core/programme/period";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { plausibleEntries } from "../../src/core/sample/fill";
import { renderTemplate } from "../../src/core/template/render";
import { withProblem, type ProblemKind } from "../../src/core/sample/problems";
import type { PickedFile } from "../../src/excel/service";
import { fillWorkbook, renderWorkbook } from "../../src/xlsx/write";
import { pickedFile } from "./addin";
import { bundle } from "./build";

export interface UnitFileOptions {
  /** The file's name for a unit (default `<period>_<code>.xlsx`). */
  readonly name?: (unitCode: string) => string;
  /** One file (by its place) with one of the sample problems typed in. */
  readonly problem?: { readonly index: number; readonly kind: ProblemKind };
}

/** Files already made in this test file, by period, place, seed and options (ExcelJS takes ~80 ms a file). */
const made = new Map<string, Promise<Uint8Array>>();

/** The first n units expected in the period, each as a filled .xlsx (seeded by its place and `seed`). */
export async function unitFiles(periodCode: string, n: number, seed = 0, options: UnitFileOptions = {}): Promise<PickedFile[]> {
  const period = parsePeriod(periodCode, bundle.periods);
  const files: PickedFile[] = [];
  for (const [i, unit] of unitsExpectedIn(bundle.units, period).slice(0, n).entries()) {
    const problem = options.problem?.index === i ? options.problem.kind : undefined;
    const key = JSON.stringify([periodCode, unit.code, seed + i + 1, problem ?? null]);
    let bytes = made.get(key);
    if (!bytes) {
      bytes = (async () => {
        const spec = renderTemplate(bundle, unit, period);
        const wb = await renderWorkbook(spec);
        const entries = plausibleEntries(spec, bundle, unit, period, seed + i + 1);
        fillWorkbook(wb, problem ? withProblem(entries, problem) : entries);
        return new Uint8Array(await wb.xlsx.writeBuffer());
      })();
      made.set(key, bytes);
    }
    files.push(pickedFile(options.name?.(unit.code) ?? `${periodCode}_${unit.code}.xlsx`, await bytes));
  }
  return files;
}

/** A folder of its own for the command line's inputs and outputs. */
export class Workdir {
  readonly dir = mkdtempSync(join(tmpdir(), "cchc-addin-across-"));

  path(name: string): string {
    return join(this.dir, name);
  }

  async write(sub: string, files: readonly PickedFile[]): Promise<string> {
    const folder = mkdtempSync(join(this.dir, `${sub}-`));
    for (const f of files) writeFileSync(join(folder, f.name), Buffer.from(await f.arrayBuffer()));
    return folder;
  }

  /** A file of this folder as the task pane would be given it. */
  picked(name: string): PickedFile {
    return pickedFile(name, new Uint8Array(readFileSync(this.path(name))));
  }

  /** Runs the command line; its exit status and what it printed. */
  async run(...args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const status = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { status, out, err };
  }

  /** `consolidate` of the files for the period into `name`.xlsx (and `name`.json), comparing with the earlier reports named. */
  async consolidate(name: string, period: string, files: readonly PickedFile[], compare: readonly string[] = []): Promise<number> {
    const folder = await this.write(name, files);
    const args = ["consolidate", folder, "--period", period, "--out", this.path(`${name}.xlsx`), "--json", this.path(`${name}.json`)];
    const { status } = await this.run(...args, ...(compare.length ? ["--compare", ...compare.map((c) => this.path(c))] : []));
    return status;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
