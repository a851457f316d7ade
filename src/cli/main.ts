/** The `cchc-report` command line: template, check, demo. */
import { Command, CommanderError } from "commander";
import { runCheck } from "./check";
import { runConsolidate, type ConsolidateOptions } from "./consolidate";
import { runDemo } from "./demo";
import { runDemoYears } from "./demo-years";
import { runEvaluate, type EvaluateOptions } from "./evaluate";
import { runTemplate } from "./template";
import { loadBundle, type DataOptions } from "./data";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t + "\n"),
  err: (t) => process.stderr.write(t + "\n"),
};

function dataOptions(cmd: Command): Command {
  return cmd
    .option("--programme <file>", "programme data file (JSON) instead of the built-in QĐ 4020")
    .option("--units <file>", "unit list (JSON) instead of the built-in list")
    .option("--periods <file>", "reporting periods (JSON) instead of the built-in 581/BNV-CCHC");
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let status = 0;
  const program = new Command("cchc-report")
    .description("Báo cáo cải cách hành chính tỉnh Thái Nguyên: biểu mẫu, kiểm tra, tổng hợp")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  dataOptions(program.command("template"))
    .description("write a unit's template (.xlsx) for a period, or every unit's with --all")
    .option("--unit <code>", "unit code, e.g. SNV or 05443")
    .option("--all", "one file per unit that reports in the period")
    .requiredOption("--period <period>", "reporting period, e.g. 2025-Q1, 2025-H1, 2025-Q3, 2025-Y")
    .option("--out <file>", "output file (with --unit)")
    .option("--out-dir <dir>", "output folder (with --all)")
    .action(async (opts: DataOptions & { unit?: string; all?: boolean; period: string; out?: string; outDir?: string }) => {
      status = await runTemplate(loadBundle(opts), opts, io);
    });

  dataOptions(program.command("check"))
    .description("check filled templates; exit 0 without errors, 1 with errors, 2 when a file cannot be read")
    .argument("<files...>", ".xlsx files to check")
    .option("--json", "print the issues as JSON")
    .option("--lang <lang>", "message language: vi or en", "vi")
    .action(async (files: string[], opts: DataOptions & { json?: boolean; lang: string }) => {
      status = await runCheck(loadBundle(opts), files, { json: opts.json === true, lang: opts.lang === "en" ? "en" : "vi" }, io);
    });

  dataOptions(program.command("consolidate"))
    .description("consolidate the units' reports of a period into the provincial report (.xlsx) and an optional JSON summary")
    .argument("<paths...>", ".xlsx files, or folders holding them")
    .requiredOption("--period <period>", "reporting period, e.g. 2025-H1")
    .requiredOption("--out <file>", "report workbook to write")
    .option("--json <file>", "summary JSON to write (docs/SUMMARY.md)")
    .option("--timings", "print the time each stage took (reading and checking, consolidating, writing) on stderr")
    .option("--compare <files...>", "earlier consolidated reports (.xlsx or summary .json) to compare with (docs/COMPARE.md)")
    .option("--complete-from <file>", "an earlier report of the same window's start, for units that ended without a successor")
    .action(async (paths: string[], opts: DataOptions & ConsolidateOptions) => {
      status = await runConsolidate(loadBundle(opts), paths, opts, io);
    });

  dataOptions(program.command("evaluate"))
    .description("evaluate the programme from its annual consolidated reports (any years; missing years are said)")
    .argument("<files...>", "annual reports (.xlsx written by consolidate, or their summary .json), or folders of them")
    .requiredOption("--out <file>", "evaluation workbook to write (báo cáo tổng kết)")
    .option("--json [file]", "the evaluation as JSON (docs/COMPARE.md): to the file, or on stdout")
    .action(async (files: string[], opts: DataOptions & EvaluateOptions) => {
      status = await runEvaluate(loadBundle(opts), files, opts, io);
    });

  dataOptions(program.command("demo"))
    .description("write sample templates for a period, fill some as units would, and check them")
    .option("--period <period>", "reporting period", "2025-Y")
    .option("--out-dir <dir>", "output folder", "out/demo")
    .option("--years <years>", "instead: annual reports of these years (e.g. 2021-2025), compared year on year, and the evaluation")
    .action(async (opts: DataOptions & { period: string; outDir: string; years?: string }) => {
      const bundle = loadBundle(opts);
      status = opts.years ? await runDemoYears(bundle, { years: opts.years, outDir: opts.outDir }, io) : await runDemo(bundle, opts, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.err(`cchc-report: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
