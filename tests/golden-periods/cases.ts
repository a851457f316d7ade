/**
 * Golden sets across periods. A set's `case.json` describes several periods' unit reports (as the
 * consolidation golden sets do, tests/golden/cases.ts), which report is the current one, which
 * earlier reports it is compared with or completed from, and the figures computed by hand. Each
 * earlier report goes the way a user's file goes: consolidated, written as .xlsx, read back.
 */
import { readdirSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { acrossPeriods, type AcrossResult } from "../../src/core/compare/across";
import { consolidate, type ConsolidatedReport } from "../../src/core/consolidate/consolidate";
import { readFiguresFromGrids, type FiguresSource } from "../../src/core/figures/read";
import { parsePeriod } from "../../src/core/programme/period";
import type { ProgrammeBundle } from "../../src/core/programme/schema";
import { renderReport } from "../../src/core/report/render";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { writeWorkbookBuffer } from "../../src/xlsx/write";
import { caseBundle, caseSources, gridInputs, parseCase } from "../golden/cases";

export const PERIODS_DIR = __dirname;

const periodSchema = z
  .object({
    period: z.string(),
    /** The report file's name (a renamed copy keeps its content, so its period). */
    file: z.string(),
    reports: z.array(z.unknown()),
  })
  .strict();

export const periodsCaseSchema = z
  .object({
    title: z.string(),
    notes: z.array(z.string()).default([]),
    units: z.array(z.string()),
    periods: z.array(periodSchema).min(1),
    /** The period consolidated now; the others are earlier reports. */
    current: z.string(),
    compare: z.array(z.string()).default([]),
    completeFrom: z.string().optional(),
    hand: z.record(z.unknown()).default({}),
  })
  .strict();

export type PeriodsCase = z.output<typeof periodsCaseSchema>;

export function periodSets(): string[] {
  return readdirSync(PERIODS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PERIODS_DIR, d.name, "case.json")))
    .map((d) => d.name)
    .sort();
}

export function loadPeriodsCase(name: string): PeriodsCase {
  return periodsCaseSchema.parse(JSON.parse(readFileSync(join(PERIODS_DIR, name, "case.json"), "utf8")));
}

/** One period's consolidation of the set's reports. */
export async function consolidatePeriod(
  c: Pick<PeriodsCase, "units" | "title">,
  p: PeriodsCase["periods"][number],
): Promise<ConsolidatedReport> {
  const spec = parseCase({ title: `${c.title} ${p.period}`, period: p.period, units: c.units, reports: p.reports });
  const bundle = caseBundle(spec);
  return consolidate(await gridInputs(caseSources(spec, bundle)), bundle, parsePeriod(p.period, bundle.periods));
}

/** A report as a user keeps it: written to .xlsx by the renderer, read back, its figures read from the data sheet. */
export async function reportFile(report: ConsolidatedReport, file: string): Promise<FiguresSource> {
  const grids = await readWorkbookBuffer(await writeWorkbookBuffer(renderReport(report)), file);
  const read = readFiguresFromGrids(grids, { label: file, file });
  if (!read.ok) throw new Error(`${file}: ${read.issues.map((i) => i.code).join(", ")}`);
  return read.read;
}

export interface BuiltCase {
  readonly bundle: ProgrammeBundle;
  readonly current: ConsolidatedReport;
  readonly earlier: ReadonlyMap<string, FiguresSource>;
  readonly result: AcrossResult;
}

/** The set's periods consolidated, the earlier ones as report files, the current one completed and compared. */
export async function buildCase(c: PeriodsCase): Promise<BuiltCase> {
  const earlier = new Map<string, FiguresSource>();
  let current: ConsolidatedReport | undefined;
  for (const p of c.periods) {
    const report = await consolidatePeriod(c, p);
    if (p.period === c.current && current === undefined) current = report;
    else earlier.set(p.file, await reportFile(report, p.file));
  }
  if (!current) throw new Error(`case.json: no period ${c.current}`);
  const byFile = (file: string): FiguresSource => {
    const e = earlier.get(file);
    if (!e) throw new Error(`case.json: no earlier report file ${file}`);
    return e;
  };
  const result = acrossPeriods(current, {
    compare: c.compare.map(byFile),
    ...(c.completeFrom ? { completeFrom: byFile(c.completeFrom) } : {}),
  });
  return { bundle: current.bundle, current, earlier, result };
}
