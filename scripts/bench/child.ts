/**
 * Running a measured child process: wall time from here, peak resident memory and CPU time
 * from GNU time (`/usr/bin/time -v`, Debian package `time`), or, where it is missing, from
 * polling the child's /proc/PID/status VmHWM (which can miss a peak in the last 20 ms).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface ChildRun {
  readonly wallMs: number;
  readonly peakRssMb: number | undefined;
  /** User + system CPU time; undefined without GNU time. */
  readonly cpuMs: number | undefined;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const memorySource = existsSync(GNU_TIME) ? "GNU time -v (maximum resident set size)" : "/proc/PID/status VmHWM, polled every 20 ms";

function field(report: string, label: string): number | undefined {
  const line = report.split("\n").find((l) => l.trim().startsWith(label));
  const value = line?.slice(line.lastIndexOf(":") + 1).trim();
  return value === undefined ? undefined : Number(value);
}

function pollPeak(pid: number | undefined, onPeak: (kb: number) => void): NodeJS.Timeout {
  return setInterval(() => {
    if (pid === undefined) return;
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m?.[1]) onPeak(Number(m[1]));
    } catch {
      // The child has exited between two polls; the last reading stands.
    }
  }, 20);
}

/** Runs `node args...` and measures it. */
export function runNode(args: readonly string[], cwd: string): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  const timeFile = join(dir, "time.txt");
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu ? [GNU_TIME, ["-v", "-o", timeFile, process.execPath, ...args]] : [process.execPath, [...args]];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let polled = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = gnu ? undefined : pollPeak(child.pid, (kb) => (polled = Math.max(polled, kb)));
    child.on("error", reject);
    child.on("close", (status) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (timer) clearInterval(timer);
      let peakRssMb: number | undefined = polled ? polled / 1024 : undefined;
      let cpuMs: number | undefined;
      if (gnu && existsSync(timeFile)) {
        const report = readFileSync(timeFile, "utf8");
        const kb = field(report, "Maximum resident set size (kbytes)");
        peakRssMb = kb === undefined ? undefined : kb / 1024;
        const user = field(report, "User time (seconds)");
        const sys = field(report, "System time (seconds)");
        cpuMs = user === undefined || sys === undefined ? undefined : (user + sys) * 1000;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ wallMs, peakRssMb, cpuMs, status, stdout, stderr });
    });
  });
}
