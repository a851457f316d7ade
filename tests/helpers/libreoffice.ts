/**
 * Headless LibreOffice for the tests: finding soffice, skipping (locally) or failing (in CI)
 * without it, and converting files with a fresh user profile per run.
 */
import { describeWithTool, type DescribeLike } from "./external";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isExecutable } from "./executable";

const DEFAULT_BINARY = "/usr/bin/soffice";
const PATH_NAMES = ["soffice", "libreoffice"];
const CONVERT_TIMEOUT_MS = 120_000;
const INSTALL_HINT = "apt-get install libreoffice-calc-nogui";

/**
 * The formats the tests convert to: extension, then LibreOffice's export filter. The filter name
 * is not quoted because execFile passes each argument verbatim, without a shell.
 */
export const FORMATS = { pdf: "pdf", xlsx: "xlsx:Calc MS Excel 2007 XML" } as const;
export type ConvertFormat = (typeof FORMATS)[keyof typeof FORMATS];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The soffice binary: $CCHC_SOFFICE, else /usr/bin/soffice, else soffice or libreoffice on PATH. */
export function findSoffice(): string | undefined {
  const fromEnv = process.env.CCHC_SOFFICE;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  if (isExecutable(DEFAULT_BINARY)) return DEFAULT_BINARY;
  for (const name of PATH_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function whereLooked(): string {
  const env = process.env.CCHC_SOFFICE;
  return env ? `CCHC_SOFFICE=${env} (not an executable file)` : `${DEFAULT_BINARY}, soffice or libreoffice on PATH`;
}

/** `describe` when LibreOffice is installed; see describeWithTool. */
export function sofficeOrSkip(what = "the LibreOffice tests"): DescribeLike {
  return describeWithTool(
    {
      name: "LibreOffice (libreoffice-calc-nogui)",
      found: findSoffice() !== undefined,
      looked: whereLooked(),
      install: INSTALL_HINT,
      envVar: "CCHC_SOFFICE",
    },
    what,
  );
}

function outputPath(input: string, format: ConvertFormat, outDir: string): string {
  const ext = format.split(":")[0] ?? format;
  return join(outDir, `${basename(input, extname(input))}.${ext}`);
}

interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly failure?: Error;
}

/** The ids of a process's descendants, from /proc (Linux); none where there is no /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
    } catch {
      // The process exited meanwhile.
    }
  }
  const out: number[] = [];
  for (let queue = [pid]; queue.length > 0;) {
    const next = queue.flatMap((p) => children.get(p) ?? []);
    out.push(...next);
    queue = next;
  }
  return out;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

function run(binary: string, args: readonly string[], timeoutMs = CONVERT_TIMEOUT_MS): Promise<RunResult> {
  return new Promise((done) => {
    let timedOut = false;
    const child = execFile(binary, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      clearTimeout(timer);
      const failure = timedOut ? new Error(`timed out after ${timeoutMs / 1000} s`) : error;
      done({ stdout, stderr, ...(failure ? { failure } : {}) });
    });
    // execFile's own timeout would end only the soffice script's process and leave soffice.bin running.
    const timer = setTimeout(() => {
      timedOut = true;
      const pid = child.pid;
      if (pid !== undefined) for (const p of [...descendants(pid).reverse(), pid]) killQuietly(p);
    }, timeoutMs);
  });
}

/** One soffice run with a fresh profile: LibreOffice locks its profile, so runs cannot share one. */
async function convertOnce(binary: string, inputs: readonly string[], format: ConvertFormat, outDir: string): Promise<RunResult> {
  const profile = mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
  try {
    const args = ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(profile).href}`];
    return await run(binary, [...args, "--convert-to", format, "--outdir", outDir, ...inputs]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function describeRun(r: RunResult): string {
  return [
    r.failure ? `run failed: ${r.failure.message.split("\n")[0] ?? ""}` : "",
    `stdout: ${r.stdout.trim()}`,
    `stderr: ${r.stderr.trim()}`,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * Converts files with one headless LibreOffice run (each start costs seconds, so pass several
 * files at once) into outDir, and returns the output paths in input order. Throws with
 * LibreOffice's output when the run fails or an output file does not appear, twice.
 */
export async function convert(input: string, format: ConvertFormat, outDir: string): Promise<string>;
export async function convert(input: readonly string[], format: ConvertFormat, outDir: string): Promise<string[]>;
export async function convert(input: string | readonly string[], format: ConvertFormat, outDir: string): Promise<string | string[]> {
  const binary = findSoffice();
  if (!binary) throw new Error(`LibreOffice not found (looked for ${whereLooked()}); install it: ${INSTALL_HINT}`);
  const inputs = typeof input === "string" ? [input] : [...input];
  const outputs = inputs.map((f) => outputPath(f, format, outDir));
  outputs.forEach((out, i) => {
    // Converting into the input's folder to the same format would overwrite the input and hide a failure.
    if (resolve(out) === resolve(inputs[i] ?? "")) throw new Error(`convert: output would overwrite its input ${out}; use another outDir`);
    rmSync(out, { force: true });
  });
  const missing = (): string[] => outputs.filter((o) => !existsSync(o));
  let result = await convertOnce(binary, inputs, format, outDir);
  if (result.failure || missing().length > 0) {
    // LibreOffice now and then aborts while starting (seen once: SIGABRT in dp_misc::syncRepositories
    // on a fresh profile); one more start with another fresh profile tells that apart from a real failure.
    console.warn(`LibreOffice run failed, retrying once with a fresh profile:\n${describeRun(result).slice(0, 2000)}`);
    result = await convertOnce(binary, inputs, format, outDir);
  }
  const absent = missing();
  if (result.failure || absent.length > 0)
    throw new Error(
      `LibreOffice could not convert ${inputs.join(", ")} to ${format}` +
        (absent.length ? `; missing ${absent.join(", ")}` : "") +
        `\n${describeRun(result)}`,
    );
  return typeof input === "string" ? (outputs[0] ?? "") : outputs;
}
