/**
 * In-process figures: the core consolidation alone (classify every source and consolidate,
 * on grids parsed beforehand), and writing the report (describe it, stream it to a file).
 */
import { mkdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { expandPaths } from "../../src/cli/sources";
import { consolidateSubmissions, type ConsolidatedReport } from "../../src/core/consolidate/consolidate";
import { classifySource, type SourceInput } from "../../src/core/consolidate/submissions";
import { parsePeriod } from "../../src/core/programme/period";
import type { ProgrammeBundle } from "../../src/core/programme/schema";
import { renderReport } from "../../src/core/report/render";
import { writeWorkbookFile } from "../../src/xlsx/stream";
import { readWorkbookBuffer } from "../../src/xlsx/read";

export interface CoreFigures {
  /** First run, as the command line meets it (code not yet optimised by the JIT). */
  readonly coldMs: number;
  /** Median of the following runs. */
  readonly warmMs: number;
  readonly classifyWarmMs: number;
  readonly consolidateWarmMs: number;
  readonly renderMs: number;
  readonly writeMs: number;
  readonly provenanceRows: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : ((s[Math.floor((s.length - 1) / 2)] ?? 0) + (s[Math.ceil((s.length - 1) / 2)] ?? 0)) / 2;
};

function once(
  inputs: readonly SourceInput[],
  bundle: ProgrammeBundle,
  periodCode: string,
): { report: ConsolidatedReport; classifyMs: number; consolidateMs: number } {
  const period = parsePeriod(periodCode, bundle.periods);
  const start = performance.now();
  const classified = inputs.map((i) => classifySource(i, bundle, period));
  const mid = performance.now();
  const report = consolidateSubmissions(classified, bundle, period);
  return { report, classifyMs: mid - start, consolidateMs: performance.now() - mid };
}

/** Parses the folder's files, then times the core `runs` times and the report once. */
export async function measureCore(
  bundle: ProgrammeBundle,
  dir: string,
  periodCode: string,
  scratch: string,
  runs = 7,
): Promise<CoreFigures> {
  const inputs: SourceInput[] = [];
  for (const file of await expandPaths([dir]))
    inputs.push({
      kind: "workbook",
      source: { label: basename(file), file: basename(file) },
      grids: await readWorkbookBuffer(await readFile(file), basename(file)),
    });
  const first = once(inputs, bundle, periodCode);
  const later = Array.from({ length: runs - 1 }, () => once(inputs, bundle, periodCode));
  const start = performance.now();
  const spec = renderReport(first.report);
  const rendered = performance.now();
  mkdirSync(scratch, { recursive: true });
  const out = join(scratch, "report.xlsx");
  await writeWorkbookFile(spec, out);
  const written = performance.now();
  rmSync(out, { force: true });
  return {
    coldMs: first.classifyMs + first.consolidateMs,
    warmMs: median(later.map((r) => r.classifyMs + r.consolidateMs)),
    classifyWarmMs: median(later.map((r) => r.classifyMs)),
    consolidateWarmMs: median(later.map((r) => r.consolidateMs)),
    renderMs: rendered - start,
    writeMs: written - rendered,
    provenanceRows: first.report.contributions.length,
  };
}

export { median };
