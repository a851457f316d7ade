/** `cchc-report consolidate`: many unit reports of one period into the provincial report. */
import { writeFile } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
import { consolidateSubmissions, type ConsolidatedReport } from "../core/consolidate/consolidate";
import { summaryJson } from "../core/consolidate/summary";
import { summaryWithAcross } from "../core/compare/summary";
import { classifySource, type Submission } from "../core/consolidate/submissions";
import { parsePeriod, periodLabelVi } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { renderReport } from "../core/report/render";
import { writeWorkbookFile } from "../xlsx/stream";
import { expandPaths, readSource } from "./sources";
import { acrossFromFiles, printAcross, type AcrossOptions } from "./compare";

type Io = { out(t: string): void; err(t: string): void };

export interface ConsolidateOptions extends AcrossOptions {
  period: string;
  out: string;
  json?: string;
  /** Print the time each stage took (on stderr). */
  timings?: boolean;
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

export function printSummary(r: ConsolidatedReport, io: Io): void {
  const c = r.completeness;
  const s = summaryJson(r);
  io.out(`Tổng hợp ${periodLabelVi(r.period)} (${r.period.code}): ${r.submissions.length} tệp`);
  io.out(
    `  Đơn vị phải gửi ${c.expected.length}, đã gửi ${c.received.length}, chưa gửi ${c.missing.length}, gửi muộn ${c.late.length}, trùng ${c.duplicate.length}, không xác định ${c.unknown.length}, đã hợp nhất ${c.mapped.length}`,
  );
  if (c.missing.length) io.out(`  Chưa gửi: ${c.missing.join(", ")}`);
  io.out(
    `  Số liệu đọc ${r.rows.read}, được tổng hợp ${r.rows.accepted}, bị loại ${r.rows.rejected} (mỗi số liệu bị loại có lỗi kèm theo)`,
  );
  io.out(`  Lỗi ${s.issues.error}, cảnh báo ${s.issues.warning}, thông tin ${s.issues.info}`);
  const judged = r.totals.filter((t) => t.met !== undefined);
  io.out(`  Chỉ tiêu có mục tiêu: ${judged.filter((t) => t.met).length}/${judged.length} đạt ở cấp tỉnh`);
}

export async function runConsolidate(bundle: ProgrammeBundle, paths: readonly string[], opts: ConsolidateOptions, io: Io): Promise<number> {
  const times: StageTimes = { readClassify: 0, consolidate: 0, render: 0, write: 0 };
  const across = await acrossFromFiles(await consolidatePaths(bundle, paths, opts.period, times), opts, io);
  const report = across.report;
  const spec = await timed(times, "render", () => renderReport(report, { across: across.across }));
  await timed(times, "write", () => writeWorkbookFile(spec, opts.out));
  if (opts.timings)
    io.err(
      `timings_ms read_classify=${Math.round(times.readClassify)} consolidate=${Math.round(times.consolidate)} render=${Math.round(times.render)} write=${Math.round(times.write)}`,
    );
  if (opts.json) await writeFile(opts.json, JSON.stringify(summaryWithAcross(report, across.across), null, 2) + "\n");
  printSummary(report, io);
  printAcross(across, io);
  io.out(`Báo cáo tổng hợp: ${opts.out}${opts.json ? `; tóm tắt JSON: ${opts.json}` : ""}`);
  // An earlier report given but not usable: the report is written without it, and the exit says so.
  return across.refused.some((i) => i.severity === "error") ? 1 : 0;
}
