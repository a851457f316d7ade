/** `cchc-report evaluate FILES... --out tong-ket.xlsx [--json [FILE]]`: the programme's evaluation from its annual reports. */
import { writeFile } from "node:fs/promises";
import { formatIssue, type Language } from "../core/check/messages";
import { evaluateProgramme, type Evaluation } from "../core/evaluate/evaluate";
import { evaluationJson } from "../core/evaluate/json";
import { renderEvaluation } from "../core/evaluate/render";
import type { ProgrammeBundle } from "../core/programme/schema";
import { writeWorkbookFile } from "../xlsx/stream";
import { readEarlierReport } from "./compare";
import type { Io } from "./io";
import { expandPaths } from "./sources";
import { ACROSS_STRINGS } from "./strings-across";

export interface EvaluateOptions {
  out: string;
  /** true: print the JSON on stdout; a file name: write it there. */
  json?: string | boolean;
  lang?: Language;
}

export function printEvaluation(e: Evaluation, io: Io, lang: Language = "vi"): void {
  const s = ACROSS_STRINGS[lang].evaluation;
  const used = e.years.filter((_, i) => e.reports[i] !== undefined);
  io.out(s.title(e.programme.startYear, e.programme.endYear, used.join(", ")));
  if (e.missing.length) io.out(s.missing(e.missing.join(", ")));
  const count = (status: string): number => e.targets.filter((t) => t.status === status).length;
  io.out(s.targets(e.programme.endYear, count("met"), count("missed"), count("no_data"), e.targets.length));
}

/** Reads the reports (workbooks with their data sheet, or summary JSON), evaluates, writes the workbook (and JSON); exit 1 when a file is refused. */
export async function runEvaluate(bundle: ProgrammeBundle, paths: readonly string[], opts: EvaluateOptions, io: Io): Promise<number> {
  const lang = opts.lang ?? "vi";
  const reads = await Promise.all((await expandPaths(paths)).map(readEarlierReport));
  const unread = reads.flatMap((r) => (r.ok ? [] : r.issues));
  const evaluation = evaluateProgramme(
    reads.flatMap((r) => (r.ok ? [r.read] : [])),
    bundle,
  );
  const refused = [...unread, ...evaluation.issues.filter((i) => i.severity === "error")];
  for (const i of refused) io.err(ACROSS_STRINGS[lang].refused(i.location.file ?? "", formatIssue(i, lang)));
  await writeWorkbookFile(renderEvaluation(evaluation, bundle), opts.out);
  const json = JSON.stringify(evaluationJson(evaluation), null, 2);
  if (typeof opts.json === "string") await writeFile(opts.json, json + "\n");
  if (opts.json === true) io.out(json);
  else {
    printEvaluation(evaluation, io, lang);
    io.out(ACROSS_STRINGS[lang].evaluation.written(opts.out, typeof opts.json === "string" ? opts.json : undefined));
  }
  return refused.length ? 1 : 0;
}
