/** `cchc-report consolidate`: many unit reports of one period into the provincial report. */
import { writeFile } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
import { consolidateSubmissions, otherPeriodsOnly, type ConsolidatedReport } from "../core/consolidate/consolidate";
import { summaryJson } from "../core/consolidate/summary";
import { summaryWithAcross } from "../core/compare/summary";
import { classifySource, type Submission } from "../core/consolidate/submissions";
import { parsePeriod, periodLabelVi } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { renderReport } from "../core/report/render";
import { writeWorkbookFile } from "../xlsx/stream";
import type { Language } from "../core/check/messages";
import type { Io } from "./io";
import { unitList } from "./unit-list";
import { expandPaths, missingPaths, readSource } from "./sources";
import { CLI_STRINGS } from "./strings";
import { acrossFromFiles, printAcross, type AcrossOptions } from "./compare";

export interface ConsolidateOptions extends AcrossOptions {
  period: string;
  out: string;
  json?: string;
  /** Print the time each stage took (on stderr). */
  timings?: boolean;
  lang?: Language;
}

/** Milliseconds spent in each stage of a consolidation. */
export interface StageTimes {
  readClassify: number;
  consolidate: number;
  render: number;
  write: number;
}

/** Runs `f` and adds its duration to `times[stage]`. */
async function timed<T>(times: StageTimes, stage: keyof StageTimes, f: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await f();
  } finally {
    times[stage] += performance.now() - start;
  }
}

/** From this many files on, the heap is kept tight (see keepHeapTight). */
const MANY_FILES = 1000;

/**
 * Between two full collections V8 lets its heap grow up to fourfold when collecting is cheap, so
 * over thousands of files the peak followed what was parsed and dropped rather than what is kept
 * (910 MB for 10,000 reports). Growing by half keeps it near 500 MB; on a few hundred files it
 * would only cost time. The flag is read at each collection, so setting it now takes effect.
 */
function keepHeapTight(files: number): void {
  if (files >= MANY_FILES) setFlagsFromString("--heap-growing-percent=50");
}

/** Reads, checks and classifies the sources one file at a time (no grid is kept), then consolidates. */
export async function consolidatePaths(
  bundle: ProgrammeBundle,
  paths: readonly string[],
  periodCode: string,
  times: StageTimes = { readClassify: 0, consolidate: 0, render: 0, write: 0 },
): Promise<ConsolidatedReport> {
  const period = parsePeriod(periodCode, bundle.periods);
  const classified = await timed(times, "readClassify", async () => {
    const files = await expandPaths(paths);
    keepHeapTight(files.length);
    const out: Submission[] = [];
    for (const file of files) out.push(classifySource(await readSource(file), bundle, period));
    return out;
  });
  return timed(times, "consolidate", () => consolidateSubmissions(classified, bundle, period));
}

export function printSummary(r: ConsolidatedReport, io: Io, lang: Language = "vi"): void {
  const s = CLI_STRINGS[lang].summary;
  const c = r.completeness;
  const json = summaryJson(r);
  io.out(s.title(lang === "vi" ? periodLabelVi(r.period) : r.period.code, r.period.code, r.submissions.length));
  io.out(s.units(json.units));
  if (c.missing.length) io.out(s.missing(unitList(r, c.missing)));
  io.out(s.rows(r.rows.read, r.rows.accepted, r.rows.rejected));
  io.out(s.issues(json.issues.error, json.issues.warning, json.issues.info));
  const judged = r.totals.filter((t) => t.met !== undefined);
  io.out(s.targets(judged.filter((t) => t.met).length, judged.length));
}

/**
 * Consolidates and writes the report: exit 0; 2 when a path names nothing (nothing is written); 1
 * when every source is another period's report (one line says which periods; nothing is written),
 * or when an earlier report given to compare with or complete from cannot be used (the report is written).
 */
export async function runConsolidate(bundle: ProgrammeBundle, paths: readonly string[], opts: ConsolidateOptions, io: Io): Promise<number> {
  const lang = opts.lang ?? "vi";
  const strings = CLI_STRINGS[lang];
  const missing = missingPaths(paths);
  if (missing.length) {
    for (const p of missing) io.err(`cchc-report consolidate: ${strings.pathMissing(p)}`);
    return 2;
  }
  const times: StageTimes = { readClassify: 0, consolidate: 0, render: 0, write: 0 };
  const report = await consolidatePaths(bundle, paths, opts.period, times);
  const others = otherPeriodsOnly(report);
  if (others) {
    io.err(strings.noSourceForPeriod(report.period.code, others.join(", "), report.submissions.length));
    return 1;
  }
  // Completed from an earlier report and compared with earlier ones where asked (docs/COMPARE.md).
  const across = await acrossFromFiles(report, opts, io, lang);
  const spec = await timed(times, "render", () => renderReport(across.report, { across: across.across }));
  await timed(times, "write", () => writeWorkbookFile(spec, opts.out));
  if (opts.timings)
    io.err(
      `timings_ms read_classify=${Math.round(times.readClassify)} consolidate=${Math.round(times.consolidate)} render=${Math.round(times.render)} write=${Math.round(times.write)}`,
    );
  if (opts.json) await writeFile(opts.json, JSON.stringify(summaryWithAcross(across.report, across.across), null, 2) + "\n");
  printSummary(across.report, io, lang);
  printAcross(across, io, lang);
  io.out(strings.summary.written(opts.out, opts.json));
  // An earlier report given but not usable: the report is written without it, and the exit says so.
  return across.refused.some((i) => i.severity === "error") ? 1 : 0;
}
