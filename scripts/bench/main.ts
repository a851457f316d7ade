/**
 * `npm run bench`: generates the workloads (cached under out/bench), measures the command line
 * (consolidate against the parse-only floor, peak memory, stages), the core in-process and the
 * add-in on the in-memory Excel host and through Microsoft's Office.js, then prints a table and
 * one final line of JSON. `--addin-only` measures the add-in alone; `--officejs-only` only its
 * requests through Office.js's web client (no workloads made); `--officejs-1000` adds the
 * 1,000-unit measurement through Office.js (several minutes); `--officejs-clients [units] [builds]`
 * measures only the add-in's workbook actions, request by request, through the web, Windows and
 * Mac clients (1,000 units by default); `--web-only` only the web page consolidating W2 in headless
 * Chromium beside the command line on the same files.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { loadBundle } from "../../src/cli/data";
import { measureAddin, type AddinFigures } from "./addin";
import { memorySource, runNode, type ChildRun } from "./child";
import { measureCore, median, type CoreFigures } from "./core";
import { measureOfficeJs, OFFICEJS_SIZES, officeJsJson, printOfficeJs } from "./officejs";
import { clientArgs, clientJson, measureClients, printClient } from "./officejs-clients";
import { printTables, printWeb, toJson, webJson, webTarget, type CliFigures, type Results } from "./report";
import { ensurePage, measureWeb, type CliRun } from "./web";
import { ensureWorkloads, type Workload } from "./workloads";

/** The repository: this file runs from out/bench-build/scripts/bench. */
const ROOT = resolve(__dirname, "..", "..", "..", "..");
const BENCH_DIR = join(ROOT, "out", "bench");
const SCRATCH = join(BENCH_DIR, "scratch");
const PARSE_ONLY = join(__dirname, "parse-only.js");
/**
 * Alternating runs of consolidate and parse-only for W1 and W2; medians are reported, with the
 * spread of the ratio within each pair (this shared machine's wall times vary by about 10 %).
 */
const REPEATS = 9;
/** Runs of the web page over W2 (each a fresh page, about ten seconds), and of the command line beside it with --web-only. */
const WEB_REPEATS = 5;

const log = (t: string): void => void process.stderr.write(`${t}\n`);

/** 10, 50 and 200 units; 1,000 as well with --officejs-1000 (minutes: the in-memory host answers every request). */
const officeJsSizes = (): number[] => [...OFFICEJS_SIZES, ...(process.argv.includes("--officejs-1000") ? [1_000] : [])];

function machine(): Results["machine"] {
  const cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown";
  return {
    nproc: Number(execFileSync("nproc").toString().trim()),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    cpu: cpuModel,
    memorySource,
  };
}

function stages(run: ChildRun): CliFigures["stages"] {
  const m = /timings_ms read_classify=(\d+) consolidate=(\d+) render=(\d+) write=(\d+)/.exec(run.stderr);
  return m ? { readClassify: Number(m[1]), consolidate: Number(m[2]), render: Number(m[3]), write: Number(m[4]) } : undefined;
}

/** "đã gửi N" in the command line's summary: units whose report was accepted. */
function received(run: ChildRun | undefined): number | undefined {
  const m = /đã gửi (\d+)/.exec(run?.stdout ?? "");
  return m ? Number(m[1]) : undefined;
}

function check(run: ChildRun, what: string): ChildRun {
  if (run.status !== 0) throw new Error(`${what} exited with ${String(run.status)}: ${run.stderr.slice(0, 2000)}`);
  return run;
}

function consolidateRun(w: Workload): Promise<ChildRun> {
  const out = join(SCRATCH, `${w.id}.xlsx`);
  const args = ["bin/cchc-report.js", "consolidate", w.dir, "--period", w.period, "--out", out, "--timings"];
  if (w.unitsFile) args.push("--units", w.unitsFile);
  return runNode(args, ROOT).then((r) => check(r, `consolidate ${w.label}`));
}

const parseRun = (w: Workload, exceljsOnly = false): Promise<ChildRun> =>
  runNode([PARSE_ONLY, w.dir, ...(exceljsOnly ? ["--exceljs-load"] : [])], ROOT).then((r) => check(r, `parse-only ${w.label}`));

/** ExcelJS's load alone over the workload's files (no inspection, no cleaning): median wall ms. */
async function exceljsLoadMs(w: Workload, repeats: number): Promise<number> {
  const runs: ChildRun[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await parseRun(w, true));
  log(`  ${w.label}: ExcelJS load alone ${runs.map((r) => (r.wallMs / 1000).toFixed(2)).join(", ")} s`);
  return median(runs.map((r) => r.wallMs));
}

/** Consolidate and parse-only alternately, `repeats` times each; the medians and the runs' peak memory. */
async function measureCli(w: Workload, repeats: number, withFloor = true): Promise<CliFigures> {
  const cons: ChildRun[] = [];
  const parse: ChildRun[] = [];
  for (let i = 0; i < repeats; i++) {
    log(`  ${w.label}: consolidate ${i + 1}/${repeats}`);
    cons.push(await consolidateRun(w));
    if (withFloor) {
      log(`  ${w.label}: parse-only ${i + 1}/${repeats}`);
      parse.push(await parseRun(w));
    }
  }
  const mid = (rs: readonly ChildRun[], f: (r: ChildRun) => number | undefined): number | undefined => {
    const xs = rs.map(f).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const best = [...cons].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((cons.length - 1) / 2)];
  log(
    `  ${w.label}: consolidate ${cons.map((r) => (r.wallMs / 1000).toFixed(2)).join(", ")} s` +
      (parse.length ? `; parse-only ${parse.map((r) => (r.wallMs / 1000).toFixed(2)).join(", ")} s` : "") +
      `; peak ${Math.max(...cons.map((r) => r.peakRssMb ?? 0)).toFixed(0)} MB${best ? `; ${best.stderr.trim()}` : ""}`,
  );
  return {
    files: w.files,
    consolidateMs: mid(cons, (r) => r.wallMs) ?? NaN,
    consolidateCpuMs: mid(cons, (r) => r.cpuMs),
    parseMs: mid(parse, (r) => r.wallMs),
    parseCpuMs: mid(parse, (r) => r.cpuMs),
    peakRssMb: Math.max(...cons.map((r) => r.peakRssMb ?? 0)),
    parsePeakRssMb: parse.length ? Math.max(...parse.map((r) => r.peakRssMb ?? 0)) : undefined,
    stages: best ? stages(best) : undefined,
    runs: cons.length,
    pairRatios: parse.map((p, i) => (cons[i]?.wallMs ?? NaN) / p.wallMs),
    received: received(best),
  };
}

/** The command line's consolidation of the workload, to run between the web page's runs. */
const cliBeside =
  (w: Workload): CliRun =>
  async () => {
    const run = await consolidateRun(w);
    return { wallMs: run.wallMs, received: received(run) };
  };

/** The web page over W2 beside the command line on the same files: the ratio alone. */
async function webOnly(w2: Workload): Promise<void> {
  log("web page and command line on W2 only (--web-only)");
  const web = await measureWeb(ensurePage(ROOT, log), w2, WEB_REPEATS, cliBeside(w2), log);
  const print = (t: string): void => void process.stdout.write(`${t}\n`);
  printWeb(web, print);
  print(webTarget(web));
  print(JSON.stringify(webJson(web)));
}

async function main(): Promise<void> {
  const started = performance.now();
  if (process.argv.includes("--officejs-clients")) {
    // The add-in's reads and writes at one size through each platform's client, request by request.
    const { units, builds } = clientArgs(process.argv);
    await measureClients(units, builds, log, (f) => {
      printClient(f, (t) => process.stdout.write(`${t}\n`));
      process.stdout.write(`${JSON.stringify(clientJson(f))}\n`);
    });
    return;
  }
  if (process.argv.includes("--officejs-only")) {
    // The Office.js table alone (minutes, where the workloads of a full run take much longer to make).
    const officejs = await measureOfficeJs(officeJsSizes(), log);
    printOfficeJs(officejs, (t) => process.stdout.write(`${t}\n`));
    process.stdout.write(`${JSON.stringify({ ...officeJsJson(officejs), officejs })}\n`);
    return;
  }
  log("building the command line (lib/) so that the measured binary is the current source");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  mkdirSync(SCRATCH, { recursive: true });
  const set = await ensureWorkloads(join(BENCH_DIR, "workloads"), log);
  const w3 = set.w3[set.w3.length - 1];
  if (!w3) throw new Error("no W3 workload");
  if (process.argv.includes("--addin-only")) {
    // For work on the add-in's reads and writes: its figures alone, not a full bench result.
    log("add-in on the in-memory host only (--addin-only): no command line or core figures");
    const addin = await measureAddin(loadBundle({ units: set.w2.unitsFile ?? "" }), set.w2.dir, set.w2.period, log);
    const officejs = await measureOfficeJs(officeJsSizes(), log);
    printOfficeJs(officejs, (t) => process.stdout.write(`${t}\n`));
    process.stdout.write(`${JSON.stringify({ addin, ...officeJsJson(officejs), officejs })}\n`);
    return;
  }

  if (process.argv.includes("--web-only")) {
    await webOnly(set.w2);
    return;
  }

  log("command line: W1");
  const w1 = await measureCli(set.w1, REPEATS);
  log("command line: W2");
  const w2 = await measureCli(set.w2, REPEATS);
  const w2ExceljsLoadMs = await exceljsLoadMs(set.w2, REPEATS);
  const w3Growth: CliFigures[] = [];
  for (const w of set.w3) {
    log(`command line: ${w.label}`);
    w3Growth.push(await measureCli(w, 1, w === w3));
  }

  log("core in-process: W2");
  const w2Bundle = loadBundle({ units: set.w2.unitsFile ?? "" });
  const core: CoreFigures = await measureCore(w2Bundle, set.w2.dir, set.w2.period, SCRATCH);
  log("add-in on the in-memory host");
  const addin: AddinFigures = await measureAddin(w2Bundle, set.w2.dir, set.w2.period, log);
  log("add-in through Microsoft's Office.js (web client)");
  const officejs = await measureOfficeJs(officeJsSizes(), log);
  log("web page in headless Chromium: W2");
  const web = await measureWeb(ensurePage(ROOT, log), set.w2, WEB_REPEATS, cliBeside(set.w2), log);

  const results: Results = {
    machine: machine(),
    workloads: { w1: set.w1, w2: set.w2, w3: set.w3 },
    w1,
    w2,
    w2ExceljsLoadMs,
    w3: w3Growth,
    core,
    addin,
    officejs,
    web,
    benchSeconds: (performance.now() - started) / 1000,
  };
  const json = toJson(results);
  writeFileSync(join(BENCH_DIR, "results.json"), JSON.stringify({ ...json, detail: results }, null, 2) + "\n");
  printTables(results, (t) => process.stdout.write(`${t}\n`));
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
