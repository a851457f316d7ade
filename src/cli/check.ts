/** `cchc-report check`: issues grouped by severity; exit 0, 1 with errors, 2 when a file cannot be read. */
import { checkWorkbook, type CheckResult } from "../core/check/check";
import { countBySeverity, SEVERITIES, type Issue } from "../core/check/issues";
import { formatIssue, SEVERITY_LABELS, type Language } from "../core/check/messages";
import { describeUnreadable, type UnreadableProblem } from "../core/check/unreadable";
import type { Programme, ProgrammeBundle } from "../core/programme/schema";
import type { Io } from "./io";
import { expandPaths, readSource } from "./sources";
import { CLI_STRINGS } from "./strings";

export type FileOutcome =
  | { file: string; result: CheckResult }
  /** `error` in Vietnamese; `problem`, when the reader could tell, to say it in another language. */
  | { file: string; error: string; problem?: UnreadableProblem };

/**
 * Checks each file; a file that cannot be read is an outcome with its reason, the others still
 * run. Files are read as `consolidate` reads them (size limit from the file's size, before it is
 * read; the zip inspected before it is parsed).
 */
export async function checkFiles(bundle: ProgrammeBundle, paths: readonly string[]): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of await expandPaths(paths)) {
    const source = await readSource(file);
    if (source.kind === "workbook") out.push({ file, result: checkWorkbook(source.grids, bundle) });
    else out.push({ file, error: source.reason, ...(source.problem ? { problem: source.problem } : {}) });
  }
  return out;
}

const reason = (o: { error: string; problem?: UnreadableProblem }, lang: Language): string =>
  o.problem ? describeUnreadable(o.problem, lang) : o.error;

function where(i: Issue): string {
  const l = i.location;
  const cell = l.sheet ? `${l.sheet}${l.cell ? "!" + l.cell : ""}` : "";
  const what = l.indicator ?? l.task;
  return [cell, what ? `[${what}]` : ""].filter(Boolean).join(" ");
}

function printText(outcomes: readonly FileOutcome[], programme: Programme, lang: Language, io: Io): void {
  for (const o of outcomes) {
    if ("error" in o) {
      io.err(`${o.file}: ${CLI_STRINGS[lang].cannotRead}: ${reason(o, lang)}`);
      continue;
    }
    const { result } = o;
    const n = countBySeverity(result.issues);
    const unit = result.unit ? `${result.unit.code} ${result.unit.nameVi}` : "?";
    io.out(
      `${o.file} - ${unit}, ${result.period?.code ?? "?"}: ${SEVERITIES.map((s) => `${n[s]} ${SEVERITY_LABELS[lang][s].toLowerCase()}`).join(", ")}`,
    );
    for (const s of SEVERITIES) {
      const list = result.issues.filter((i) => i.severity === s);
      if (list.length === 0) continue;
      io.out(`  ${SEVERITY_LABELS[lang][s]} (${list.length})`);
      for (const i of list) io.out(`    ${where(i)}  ${formatIssue(i, lang, programme)}  <${i.code}>`);
    }
  }
}

export function outcomesJson(outcomes: readonly FileOutcome[], programme?: Programme): unknown {
  return outcomes.map((o) =>
    "error" in o
      ? { file: o.file, readable: false, error: o.error, message: { vi: reason(o, "vi"), en: reason(o, "en") } }
      : {
          file: o.file,
          readable: true,
          unit: o.result.unit?.code ?? null,
          period: o.result.period?.code ?? null,
          counts: countBySeverity(o.result.issues),
          issues: o.result.issues.map((i) => ({
            ...i,
            message: { vi: formatIssue(i, "vi", programme), en: formatIssue(i, "en", programme) },
          })),
        },
  );
}

export async function runCheck(
  bundle: ProgrammeBundle,
  paths: readonly string[],
  opts: { json: boolean; lang: Language },
  io: Io,
): Promise<number> {
  const outcomes = await checkFiles(bundle, paths);
  if (opts.json) io.out(JSON.stringify(outcomesJson(outcomes, bundle.programme), null, 2));
  else printText(outcomes, bundle.programme, opts.lang, io);
  if (outcomes.some((o) => "error" in o)) return 2;
  return outcomes.some((o) => "result" in o && o.result.issues.some((i) => i.severity === "error")) ? 1 : 0;
}
