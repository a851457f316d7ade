/**
 * What the web page's browser test gives the page, and what the command line makes of the same
 * files (the oracle): a unit's template, three filled reports with mistakes to check, and a folder
 * with the corpus of unit workbooks (scripts/corpus) plus reports saved as .xls and .ods, to
 * consolidate. The command line runs in this process, on the same files.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkFiles, type FileOutcome } from "../../src/cli/check";
import { consolidatePaths, runConsolidate } from "../../src/cli/consolidate";
import type { Issue } from "../../src/core/check/issues";
import type { Io } from "../../src/cli/io";
import { runTemplate } from "../../src/cli/template";
import { parsePeriod } from "../../src/core/programme/period";
import { unitsExpectedIn } from "../../src/core/programme/units";
import type { ProblemKind } from "../../src/core/sample/problems";
import { makeCorpus, PERIOD } from "../../scripts/corpus/make-corpus";
import { bundle } from "../helpers/build";
import { odsBytes, xlsBytes } from "./other-formats";
import { writeUnitFile, type UnitFile } from "./unit-files";

export { PERIOD };
/** The unit whose template is downloaded. */
export const TEMPLATE_UNIT = "SNV";

export interface WebCase {
  /** The command line's template of TEMPLATE_UNIT for PERIOD. */
  readonly template: string;
  /** Reports with one kind of mistake each, and the command line's check of them. */
  readonly checked: readonly UnitFile[];
  readonly checkOutcomes: readonly FileOutcome[];
  /** The folder to consolidate and its .xlsx files, in the order the command line reads them. */
  readonly folder: string;
  readonly folderFiles: readonly string[];
  /** The command line's report and summary JSON of the folder. */
  readonly report: string;
  readonly summary: string;
  /** The files the command line refuses to read, each with the issue saying why. */
  readonly refused: readonly { readonly file: string; readonly issue: Issue }[];
  /** How long the command line took to consolidate the folder and write both files (for the log, not asserted). */
  readonly cliMs: number;
}

const quiet: Io = { out: () => undefined, err: () => undefined };

const MISTAKES: readonly ProblemKind[] = ["text_in_count", "missing_explanation", "done_without_evidence"];

async function checkedFiles(dir: string): Promise<UnitFile[]> {
  const period = parsePeriod(PERIOD, bundle.periods);
  const units = unitsExpectedIn(bundle.units, period).filter((u) => u.code !== TEMPLATE_UNIT);
  return Promise.all(
    MISTAKES.map((problem, i) => {
      const unit = units[i];
      if (!unit) throw new Error(`fewer than ${MISTAKES.length} units report in ${PERIOD}`);
      return writeUnitFile(dir, `Báo cáo ${unit.code} (${problem}).xlsx`, bundle, unit, period, { seed: 10 + i, problem });
    }),
  );
}

/** Writes every input into `dir` and runs the command line on them. */
export async function makeWebCase(dir: string): Promise<WebCase> {
  const cli = join(dir, "cli");
  const check = join(dir, "check");
  const folder = join(dir, "don-vi-gui");
  for (const d of [cli, check]) mkdirSync(d, { recursive: true });
  const template = join(cli, "template.xlsx");
  if ((await runTemplate(bundle, { period: PERIOD, unit: TEMPLATE_UNIT, out: template }, "vi", quiet)) !== 0)
    throw new Error("template failed");

  const checked = await checkedFiles(check);
  const checkOutcomes = await checkFiles(
    bundle,
    checked.map((f) => f.path),
  );

  // The corpus without its LibreOffice variants (a folder of their own), and two reports saved in other formats.
  await makeCorpus(folder, { libreoffice: false });
  writeFileSync(join(folder, "47-saved-as-xls.xlsx"), xlsBytes());
  writeFileSync(join(folder, "48-saved-as-ods.xlsx"), odsBytes());
  const folderFiles = readdirSync(folder)
    .filter((n) => n.endsWith(".xlsx"))
    .sort();
  const report = join(cli, "report.xlsx");
  const summary = join(cli, "summary.json");
  const started = performance.now();
  const code = await runConsolidate(bundle, [folder], { period: PERIOD, out: report, json: summary }, quiet);
  const cliMs = performance.now() - started;
  if (code !== 0) throw new Error(`consolidate exited with ${code}`);
  // Its reading of the same folder, for the reasons it gives.
  const read = await consolidatePaths(bundle, [folder], PERIOD);
  const refused = read.submissions.flatMap((s) =>
    s.status === "unreadable" ? s.issues.filter((i) => i.code === "file_unreadable").map((issue) => ({ file: s.source.label, issue })) : [],
  );
  return { template, checked, checkOutcomes, folder, folderFiles, report, summary, refused, cliMs };
}
