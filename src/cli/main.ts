/** The `cchc-report` command line: template, check, consolidate, demo; help and printout in `--lang`. */
import { Command, CommanderError } from "commander";
import { DataFileError, PeriodCodeError } from "../core/errors";
import type { Language } from "../core/check/messages";
import { formatProblem } from "../core/programme/problem-words";
import { runCheck } from "./check";
import { runConsolidate, type ConsolidateOptions } from "./consolidate";
import { loadBundle, type DataOptions } from "./data";
import { runDemo } from "./demo";
import { runDemoYears } from "./demo-years";
import { runEvaluate, type EvaluateOptions } from "./evaluate";
import { processIo, type Io } from "./io";
import { CLI_STRINGS, languageOf, type CliStrings } from "./strings";
import { ACROSS_STRINGS } from "./strings-across";
import { runTemplate, UnitNotUsable } from "./template";

type LangOption = { lang?: string };

function common(cmd: Command, s: CliStrings): Command {
  return cmd
    .option("--programme <file>", s.options.programme)
    .option("--units <file>", s.options.units)
    .option("--periods <file>", s.options.periods)
    .option("--lang <lang>", s.options.lang, "vi");
}

/** A thrown error in the language asked for: what the user gave wrongly, else the error's own text. */
function describeError(e: unknown, s: CliStrings, lang: Language): string {
  if (e instanceof UnitNotUsable) return e.describe(s);
  if (e instanceof PeriodCodeError) return s.errors.period(e.code, "Q1 | YYYY-H1 | YYYY-Q3 | YYYY-Y");
  if (e instanceof DataFileError) return [s.errors.dataFile, ...e.problems.map((p) => formatProblem(p, lang))].join("\n");
  return e instanceof Error ? e.message : String(e);
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let status = 0;
  const lang: Language = languageOf(argv);
  const s = CLI_STRINGS[lang];
  const a = ACROSS_STRINGS[lang];
  const program = new Command("cchc-report")
    .description(s.program)
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.out(t.trimEnd()), writeErr: (t) => io.err(t.trimEnd()) });

  common(program.command("template"), s)
    .description(s.template.about)
    .option("--unit <code>", s.template.unit)
    .option("--all", s.template.all)
    .requiredOption("--period <period>", s.template.period)
    .option("--out <file>", s.template.out)
    .option("--out-dir <dir>", s.template.outDir)
    .action(async (opts: DataOptions & LangOption & { unit?: string; all?: boolean; period: string; out?: string; outDir?: string }) => {
      status = await runTemplate(loadBundle(opts), opts, lang, io);
    });

  common(program.command("check"), s)
    .description(s.check.about)
    .argument("<paths...>", s.check.files)
    .option("--json", s.check.json)
    .action(async (paths: string[], opts: DataOptions & LangOption & { json?: boolean }) => {
      status = await runCheck(loadBundle(opts), paths, { json: opts.json === true, lang }, io);
    });

  common(program.command("consolidate"), s)
    .description(s.consolidate.about)
    .argument("<paths...>", s.consolidate.paths)
    .requiredOption("--period <period>", s.consolidate.period)
    .requiredOption("--out <file>", s.consolidate.out)
    .option("--json <file>", s.consolidate.json)
    .option("--timings", s.consolidate.timings)
    .option("--compare <files...>", a.options.compare)
    .option("--complete-from <file>", a.options.completeFrom)
    .action(async (paths: string[], opts: DataOptions & LangOption & Omit<ConsolidateOptions, "lang">) => {
      status = await runConsolidate(loadBundle(opts), paths, { ...opts, lang }, io);
    });

  common(program.command("evaluate"), s)
    .description(a.evaluate.about)
    .argument("<paths...>", a.evaluate.paths)
    .requiredOption("--out <file>", a.evaluate.out)
    .option("--json [file]", a.evaluate.json)
    .action(async (paths: string[], opts: DataOptions & LangOption & Omit<EvaluateOptions, "lang">) => {
      status = await runEvaluate(loadBundle(opts), paths, { ...opts, lang }, io);
    });

  common(program.command("demo"), s)
    .description(s.demo.about)
    .option("--period <period>", s.demo.period, "2025-Y")
    .option("--out-dir <dir>", s.demo.outDir, "out/demo")
    .option("--years <years>", a.options.years)
    .action(async (opts: DataOptions & LangOption & { period: string; outDir: string; years?: string }) => {
      const bundle = loadBundle(opts);
      status = opts.years
        ? await runDemoYears(bundle, { years: opts.years, outDir: opts.outDir, lang }, io)
        : await runDemo(bundle, { ...opts, lang }, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.err(`cchc-report: ${describeError(e, s, lang)}`);
    return 2;
  }
}
