/**
 * Builds the corpus of bad unit workbooks into a folder (never committed: the tests build it in
 * a temporary folder; `node scripts/corpus/run.js [dir]` builds it into out/corpus by default):
 * unit reports with every data trap of docs (reporting.md), broken and hostile files, and the
 * reports re-saved by headless LibreOffice, which must read the same. Returns what each file is
 * and what consolidating it must give (tests/hostile-corpus.test.ts checks it; docs/RELIABILITY.md lists it).
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePeriod } from "../../src/core/programme/period";
import { isValidOn, tasksForUnit } from "../../src/core/programme/units";
import { convert, FORMATS, findSoffice, type ConvertFormat } from "../../tests/helpers/libreoffice";
import { brokenFiles } from "./broken";
import type { Unit } from "../../src/core/programme/schema";
import { bundle, corpusUnits, PERIOD } from "./build";
import { TRAPS, type Built } from "./traps";

export type { CorpusFile, Expectation, ExpectedIssue } from "./build";
export { PERIOD } from "./build";

/** A corpus file as the tests and docs see it: what it is, what it must give, the values it must bring. */
export type CorpusEntry = Omit<Built, "bytes">;

export interface Corpus {
  readonly dir: string;
  /** Files of the corpus folder itself: consolidated together. */
  readonly files: readonly CorpusEntry[];
  /** The folder of the reports re-saved by LibreOffice (consolidated on their own), when LibreOffice ran. */
  readonly libreoffice?: { readonly dir: string; readonly files: readonly CorpusEntry[] };
}

/** Units for the traps: one each, so that only the deliberate second version is a duplicate. */
function assignUnits(): Map<string, string> {
  const lastYear = parsePeriod("2024-Y", bundle.periods);
  const period = parsePeriod(PERIOD, bundle.periods);
  const units = corpusUnits();
  const out = new Map<string, string>();
  const pool = [...units];
  const take = (ok: (code: string) => boolean = () => true): string => {
    const i = pool.findIndex((u) => ok(u.code));
    const [unit] = i < 0 ? [] : pool.splice(i, 1);
    if (!unit) throw new Error("not enough units for the corpus");
    return unit.code;
  };
  const unit = (code: string): Unit => units.find((u) => u.code === code) as Unit;
  const withTasks = (code: string): boolean => tasksForUnit(bundle.programme, bundle.units, unit(code), period).length > 0;
  // The unit sending last year's template must have existed last year: chosen first.
  out.set(
    "lastYear",
    take((c) => withTasks(c) && isValidOn(unit(c), lastYear.windowEnd)),
  );
  for (const name of Object.keys(TRAPS)) if (!out.has(name)) out.set(name, take(withTasks));
  return out;
}

function without<T extends { bytes: Buffer }>(b: T): Omit<T, "bytes"> {
  return Object.fromEntries(Object.entries(b).filter(([key]) => key !== "bytes")) as Omit<T, "bytes">;
}

/** Re-saves the readable reports with LibreOffice into `<dir>/libreoffice`, plus the clean report as .xls and .ods. */
async function libreOfficeVariants(dir: string, built: readonly Built[]): Promise<NonNullable<Corpus["libreoffice"]>> {
  const loDir = join(dir, "libreoffice");
  mkdirSync(loDir, { recursive: true });
  const resaved = built.filter((b) => b.libreoffice);
  await convert(
    resaved.map((b) => join(dir, b.file)),
    FORMATS.xlsx,
    loDir,
  );
  const files: CorpusEntry[] = resaved.map((b) => ({ ...without(b), title: `${b.title} (re-saved by LibreOffice)` }));
  const clean = built.find((b) => b.trap === "none");
  if (clean) {
    // convert() names its output after the filter's extension; these filter names are LibreOffice's own.
    for (const [format, ext] of [
      ["xls:MS Excel 97", "xls"],
      ["ods:calc8", "ods"],
    ] as const) {
      const out = await convert(join(dir, clean.file), format as ConvertFormat, loDir);
      const file = `${clean.file.replace(/\.xlsx$/, "")}-saved-as-${ext}.xlsx`;
      renameSync(out, join(loDir, file));
      files.push({
        file,
        title: `The clean report saved by LibreOffice as .${ext} and renamed .xlsx`,
        trap: "Not a workbook",
        expect: { status: "unreadable", kind: "other_format" },
        libreoffice: false,
      });
    }
  }
  return { dir: loDir, files };
}

/** Writes the corpus into `dir`; with `libreoffice` (default: when soffice is installed) also the re-saved variants. */
export async function makeCorpus(dir: string, options: { libreoffice?: boolean } = {}): Promise<Corpus> {
  mkdirSync(dir, { recursive: true });
  const units = assignUnits();
  const built: Built[] = [];
  for (const [name, trap] of Object.entries(TRAPS)) {
    const made = await trap(units.get(name) ?? "");
    built.push(...(Array.isArray(made) ? made : [made]));
  }
  const clean = built.find((b) => b.trap === "none");
  if (!clean) throw new Error("the corpus needs its clean report");
  built.push(...brokenFiles(clean.bytes, units.get("clean") ?? ""));
  for (const b of built) writeFileSync(join(dir, b.file), b.bytes);
  const useLibreOffice = options.libreoffice ?? findSoffice() !== undefined;
  return {
    dir,
    files: built.map(without),
    ...(useLibreOffice ? { libreoffice: await libreOfficeVariants(dir, built) } : {}),
  };
}
