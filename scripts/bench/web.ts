/**
 * The web page (dist/cchc-report.html, as `npm run build` makes it) consolidating W2 in headless
 * Chromium, opened from disk as an official opens it: the unit list picked as the command line
 * takes `--units`, then W2's files picked; timed from setting the files on the page's file input
 * to the report's download being offered. Each run is a fresh page (its worker starts cold, as the
 * command line's process does). The page's summary JSON is read after each run, to show every
 * file was taken. The command line runs on the same files between the page's runs, so that both
 * meet the same load on this shared machine; the ratio of each pair is kept.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { periodCodeLabel } from "../../src/ui/model/periods";
import { defaultBundle } from "../../src/core/programme/default";
import { WEB_STRINGS } from "../../src/web/strings";
import { launchChromium } from "../../tests/browser/launch";
import { median } from "./core";
import type { Workload } from "./workloads";

export interface WebFigures {
  readonly files: number;
  readonly runs: number;
  /** Median of the runs: from setting the files on the page to the report's download offered. */
  readonly pickToReportMs: number;
  /** Medians of its parts: the files listed on the page; from the click on Consolidate to the result shown (every file read and consolidated); then to the report written. */
  readonly listedMs: number;
  readonly shownMs: number;
  readonly writtenMs: number;
  readonly allRunsMs: readonly number[];
  /** The command line's `consolidate` on the same files, run between the page's runs: median wall ms, and page / command line per pair. */
  readonly cliMs: number;
  readonly pairRatios: readonly number[];
  /** Units the command line counted as received. */
  readonly cliReceived: number | undefined;
  /** Units received, from the summary JSON the page offers (its median run). */
  readonly received: number | undefined;
  /** Whether the consolidation ran in the page's Web Worker in every run (else on the page itself). */
  readonly inWorker: boolean;
  readonly htmlBytes: number;
}

const t = WEB_STRINGS.vi;

function newestUnder(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newestUnder(join(path, n))));
}

/**
 * dist/cchc-report.html built by webpack as `npm run build` builds it; kept when it is newer than
 * every file it is built from (src/, scripts/webpack, the webpack config).
 */
export function ensurePage(root: string, log: (t: string) => void): string {
  const html = join(root, "dist", "cchc-report.html");
  const inputs = ["src", "scripts/webpack", "webpack.config.js", "package-lock.json"].map((p) => join(root, p)).filter(existsSync);
  if (existsSync(html) && statSync(html).mtimeMs > Math.max(...inputs.map(newestUnder))) {
    log(`web page: reusing ${html} (newer than its sources)`);
    return html;
  }
  log("web page: building dist/ with webpack --mode production (as npm run build)");
  // Its output to stderr: stdout ends with the bench's JSON line.
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
  });
  return html;
}

async function choosePeriod(page: Page, panel: Locator, period: string): Promise<void> {
  const label = periodCodeLabel(period, defaultBundle().periods, "vi");
  await panel.getByRole("combobox", { name: t.periodLabel }).click();
  await page.getByRole("option", { name: label }).first().click();
}

interface Run {
  readonly listedMs: number;
  readonly shownMs: number;
  readonly totalMs: number;
  readonly received: number | undefined;
  readonly inWorker: boolean;
}

/** One run on a fresh page: the unit list picked, then the files (timed) until the report is offered. */
async function runOnce(browser: Browser, url: string, w: Workload, paths: readonly string[]): Promise<Run> {
  const context = await browser.newContext({ locale: "vi-VN", viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(url);
    await page.getByRole("tab", { name: t.tabConsolidate }).click();
    const panel = page.getByRole("tabpanel", { name: t.tabConsolidate });
    await choosePeriod(page, panel, w.period);
    if (w.unitsFile) {
      await panel.locator('input[data-picker="units"]').setInputFiles(w.unitsFile);
      // The page says it uses the list (its name and number of units).
      await panel.getByText(basename(w.unitsFile)).waitFor();
    }
    const items = panel.getByRole("list", { name: t.filesLabel }).getByRole("listitem");
    const started = performance.now();
    await panel.locator('input[data-picker="files"]').setInputFiles([...paths]);
    await items.nth(paths.length - 1).waitFor();
    const listed = performance.now();
    await panel.getByRole("button", { name: t.runConsolidate, exact: true }).click();
    // The result (and its summary JSON) is shown before the report is written.
    await panel.getByRole("button", { name: t.downloadSummary }).waitFor();
    const shown = performance.now();
    await panel.getByRole("button", { name: t.downloadReport }).waitFor();
    const done = performance.now();
    const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: t.downloadSummary }).click()]);
    const file = await download.path();
    const summary = JSON.parse(readFileSync(file, "utf8")) as { units?: { received?: number } };
    return {
      listedMs: listed - started,
      shownMs: shown - listed,
      totalMs: done - started,
      received: summary.units?.received,
      inWorker: page.workers().length > 0 && (await page.getByText(t.pageMode).count()) === 0,
    };
  } finally {
    await context.close();
  }
}

/** The command line's consolidation of the same files: wall ms and units received. */
export type CliRun = () => Promise<{ readonly wallMs: number; readonly received: number | undefined }>;

/** `repeats` runs of the page over the workload's files, each after a run of the command line; medians. */
export async function measureWeb(html: string, w: Workload, repeats: number, cli: CliRun, log: (t: string) => void): Promise<WebFigures> {
  const paths = readdirSync(w.dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => join(w.dir, n));
  const browser = await launchChromium();
  const runs: Run[] = [];
  const clis: Awaited<ReturnType<CliRun>>[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      const c = await cli();
      const r = await runOnce(browser, pathToFileURL(html).href, w, paths);
      log(
        `  ${w.label} run ${i + 1}/${repeats}: command line ${(c.wallMs / 1000).toFixed(2)} s; web page ${(r.totalMs / 1000).toFixed(2)} s ` +
          `(listed ${r.listedMs.toFixed(0)} ms, result shown after ${r.shownMs.toFixed(0)} ms, report written ${(r.totalMs - r.listedMs - r.shownMs).toFixed(0)} ms)`,
      );
      clis.push(c);
      runs.push(r);
    }
  } finally {
    await browser.close();
  }
  const total = median(runs.map((r) => r.totalMs));
  const mid = runs.find((r) => r.totalMs === total) ?? runs[0];
  return {
    files: paths.length,
    runs: runs.length,
    pickToReportMs: total,
    listedMs: median(runs.map((r) => r.listedMs)),
    shownMs: median(runs.map((r) => r.shownMs)),
    writtenMs: median(runs.map((r) => r.totalMs - r.listedMs - r.shownMs)),
    allRunsMs: runs.map((r) => r.totalMs),
    cliMs: median(clis.map((c) => c.wallMs)),
    pairRatios: runs.map((r, i) => r.totalMs / (clis[i]?.wallMs ?? NaN)),
    cliReceived: clis[0]?.received,
    received: mid?.received,
    inWorker: runs.every((r) => r.inWorker),
    htmlBytes: statSync(html).size,
  };
}
