/**
 * `cchc-report demo --years 2021-2025`: the programme's years as a newcomer would see them. For
 * each year, every unit's report drawn with trending figures through the unit structures of the
 * time, consolidated into the annual report and compared with the year before; the 2025 report
 * completed with the districts' 2025-H1 figures; then the evaluation of the whole programme, read
 * from the annual report files as `evaluate` reads them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { completionSourcePeriod, endedWithoutSuccessor } from "../core/compare/complete";
import { summaryWithAcross } from "../core/compare/summary";
import { consolidate, type ConsolidatedReport } from "../core/consolidate/consolidate";
import { annualKind } from "../core/evaluate/evaluate";
import type { Language } from "../core/check/messages";
import type { FiguresSource } from "../core/figures/read";
import { parsePeriod, type Period } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { renderReport } from "../core/report/render";
import { sampleReports } from "../core/sample/years";
import { writeWorkbookFile } from "../xlsx/stream";
import { acrossFromFiles, printAcross, readEarlierReport } from "./compare";
import { printSummary } from "./consolidate";
import { runEvaluate } from "./evaluate";
import type { Io } from "./io";
import { ACROSS_STRINGS } from "./strings-across";

/** "2021-2025", "2024" or "2021,2023,2025" as years within the programme; throws on anything else. */
export function parseYears(text: string, bundle: ProgrammeBundle): number[] {
  const { startYear, endYear } = bundle.programme;
  const range = /^(\d{4})-(\d{4})$/.exec(text.trim());
  const years = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    : text.split(",").map((y) => Number(y.trim()));
  if (years.length === 0 || years.some((y) => !Number.isInteger(y) || y < startYear || y > endYear))
    throw new Error(`--years ${text}: expected years within ${startYear}-${endYear}, e.g. ${startYear}-${endYear}`);
  return [...new Set(years)].sort();
}

async function written(report: ConsolidatedReport, dir: string, across: Parameters<typeof renderReport>[1] = {}): Promise<string> {
  const file = join(dir, `bao-cao-tong-hop-${report.period.code}.xlsx`);
  await writeWorkbookFile(renderReport(report, across), file);
  return file;
}

async function readBack(file: string): Promise<FiguresSource> {
  const read = await readEarlierReport(file);
  if (!read.ok) throw new Error(`${file}: the report just written cannot be read back (${read.issues.map((i) => i.code).join(", ")})`);
  return read.read;
}

/** The consolidation of a period from sample reports, completed from an earlier report where units ended without a successor. */
async function yearReport(
  bundle: ProgrammeBundle,
  period: Period,
  dir: string,
  io: Io,
  lang: Language,
): Promise<{ report: ConsolidatedReport; completeFrom?: string }> {
  const report = consolidate(sampleReports(bundle, period), bundle, period);
  const source = endedWithoutSuccessor(report).length ? completionSourcePeriod(period, bundle.periods) : undefined;
  if (!source) return { report };
  const earlier = consolidate(sampleReports(bundle, source), bundle, source);
  const file = await written(earlier, dir);
  io.out(ACROSS_STRINGS[lang].completionSource(source.code, period.code, file));
  return { report, completeFrom: file };
}

export async function runDemoYears(
  bundle: ProgrammeBundle,
  opts: { years: string; outDir: string; lang?: Language },
  io: Io,
): Promise<number> {
  const lang = opts.lang ?? "vi";
  const years = parseYears(opts.years, bundle);
  const dir = join(opts.outDir, `tong-ket-${years[0]}-${years[years.length - 1]}`);
  mkdirSync(dir, { recursive: true });
  const annual = annualKind(bundle);
  const files = new Map<number, string>();
  for (const year of years) {
    const period = parsePeriod(`${year}-${annual}`, bundle.periods);
    const { report, completeFrom } = await yearReport(bundle, period, dir, io, lang);
    const before = files.get(year - 1);
    const across = await acrossFromFiles(
      report,
      { ...(before ? { compare: [before] } : {}), ...(completeFrom ? { completeFrom } : {}) },
      io,
    );
    const file = await written(across.report, dir, { across: across.across });
    writeFileSync(
      join(dir, `tom-tat-${period.code}.json`),
      JSON.stringify(summaryWithAcross(across.report, across.across), null, 2) + "\n",
    );
    await readBack(file);
    files.set(year, file);
    printSummary(across.report, io, lang);
    printAcross(across, io, lang);
    io.out(ACROSS_STRINGS[lang].reportWritten(file));
    io.out("");
  }
  const out = join(dir, `tong-ket-${years[0]}-${years[years.length - 1]}.xlsx`);
  return runEvaluate(bundle, [...files.values()], { out, json: out.replace(/\.xlsx$/, ".json"), lang }, io);
}
