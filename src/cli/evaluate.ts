/** `cchc-report evaluate FILES... --out tong-ket.xlsx [--json [FILE]]`: the programme's evaluation from its annual reports. */
import { writeFile } from "node:fs/promises";
import { formatIssue } from "../core/check/messages";
import { evaluateProgramme, type Evaluation } from "../core/evaluate/evaluate";
import { evaluationJson } from "../core/evaluate/json";
import { renderEvaluation } from "../core/evaluate/render";
import { STATUS_VI } from "../core/evaluate/sheets";
import type { ProgrammeBundle } from "../core/programme/schema";
import { writeWorkbookFile } from "../xlsx/stream";
import { readEarlierReport } from "./compare";
import { expandPaths } from "./sources";

type Io = { out(t: string): void; err(t: string): void };

export interface EvaluateOptions {
  out: string;
  /** true: print the JSON on stdout; a file name: write it there. */
  json?: string | boolean;
}

export function printEvaluation(e: Evaluation, io: Io): void {
  const used = e.years.filter((_, i) => e.reports[i] !== undefined);
  io.out(`Tổng kết chương trình ${e.programme.startYear}-${e.programme.endYear}: báo cáo năm ${used.join(", ") || "(không có)"}`);
  if (e.missing.length) io.out(`  Thiếu báo cáo năm ${e.missing.join(", ")}: số liệu các năm này để trống`);
  const count = (s: string): number => e.targets.filter((t) => t.status === s).length;
  io.out(
    `  Mục tiêu năm ${e.programme.endYear}: ${STATUS_VI.met} ${count("met")}, ${STATUS_VI.missed} ${count("missed")}, ${STATUS_VI.no_data} ${count("no_data")} (trên ${e.targets.length})`,
  );
}

/** Reads the reports (workbooks with their data sheet, or summary JSON), evaluates, writes the workbook (and JSON). */
export async function runEvaluate(bundle: ProgrammeBundle, paths: readonly string[], opts: EvaluateOptions, io: Io): Promise<number> {
  const reads = await Promise.all((await expandPaths(paths)).map(readEarlierReport));
  const unread = reads.flatMap((r) => (r.ok ? [] : r.issues));
  const evaluation = evaluateProgramme(
    reads.flatMap((r) => (r.ok ? [r.read] : [])),
    bundle,
  );
  const refused = [...unread, ...evaluation.issues.filter((i) => i.severity === "error")];
  for (const i of refused) io.err(`${i.location.file ?? ""}: ${formatIssue(i, "vi")}`);
  await writeWorkbookFile(renderEvaluation(evaluation, bundle), opts.out);
  const json = JSON.stringify(evaluationJson(evaluation), null, 2);
  if (typeof opts.json === "string") await writeFile(opts.json, json + "\n");
  if (opts.json === true) io.out(json);
  else {
    printEvaluation(evaluation, io);
    io.out(`Báo cáo tổng kết: ${opts.out}${typeof opts.json === "string" ? `; JSON: ${opts.json}` : ""}`);
  }
  return refused.length ? 1 : 0;
}
