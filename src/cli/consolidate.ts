/** `cchc-report consolidate`: many unit reports of one period into the provincial report. */
import { writeFile } from "node:fs/promises";
import { consolidateSubmissions, type ConsolidatedReport } from "../core/consolidate/consolidate";
import { classifySource, type Submission } from "../core/consolidate/submissions";
import { summaryJson } from "../core/consolidate/summary";
import { parsePeriod, periodLabelVi } from "../core/programme/period";
import type { ProgrammeBundle } from "../core/programme/schema";
import { renderReport } from "../core/report/render";
import { writeWorkbookBuffer } from "../xlsx/write";
import { expandPaths, readSource } from "./sources";

type Io = { out(t: string): void; err(t: string): void };

export interface ConsolidateOptions {
  period: string;
  out: string;
  json?: string;
}

/** Reads, checks and classifies the sources one file at a time (no grid is kept), then consolidates. */
export async function consolidatePaths(bundle: ProgrammeBundle, paths: readonly string[], periodCode: string): Promise<ConsolidatedReport> {
  const period = parsePeriod(periodCode, bundle.periods);
  const classified: Submission[] = [];
  for (const file of await expandPaths(paths)) classified.push(classifySource(await readSource(file), bundle, period));
  return consolidateSubmissions(classified, bundle, period);
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
  const report = await consolidatePaths(bundle, paths, opts.period);
  await writeFile(opts.out, await writeWorkbookBuffer(renderReport(report)));
  if (opts.json) await writeFile(opts.json, JSON.stringify(summaryJson(report), null, 2) + "\n");
  printSummary(report, io);
  io.out(`Báo cáo tổng hợp: ${opts.out}${opts.json ? `; tóm tắt JSON: ${opts.json}` : ""}`);
  return 0;
}
