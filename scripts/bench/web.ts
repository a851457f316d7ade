/**
 * The web page (dist/cchc-report.html, as `npm run build` makes it) consolidating W2 in headless
 * Chromium, opened from disk as an official opens it: the unit list picked as the command line
 * takes `--units`, then W2's files picked; timed from setting the files on the page's file input
 * to the report's download being offered. Each run is a fresh page (its worker starts cold, as the
 * command line's process does). The page's summary JSON is read after each run, to show every
 * file was taken.
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
  /** Medians of its two parts: the files listed on the page; then from the click on Consolidate to the report. */
  readonly listedMs: number;
  readonly runMs: number;
  readonly allRunsMs: readonly number[];
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
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "inherit" });
  return html;
}

async function choosePeriod(page: Page, panel: Locator, period: string): Promise<void> {
  const label = periodCodeLabel(period, defaultBundle().periods, "vi");
  await panel.getByRole("combobox", { name: t.periodLabel }).click();
  await page.getByRole("option", { name: label }).first().click();
}

interface Run {
  readonly listedMs: number;
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
    await panel.getByRole("button", { name: t.downloadReport }).waitFor();
    const done = performance.now();
    const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: t.downloadSummary }).click()]);
    const file = await download.path();
    const summary = JSON.parse(readFileSync(file, "utf8")) as { units?: { received?: number } };
    return {
      listedMs: listed - started,
      totalMs: done - started,
      received: summary.units?.received,
      inWorker: page.workers().length > 0 && (await page.getByText(t.pageMode).count()) === 0,
    };
  } finally {
    await context.close();
  }
}

/** `repeats` runs of the page over the workload's files; medians. */
export async function measureWeb(html: string, w: Workload, repeats: number, log: (t: string) => void): Promise<WebFigures> {
  const paths = readdirSync(w.dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => join(w.dir, n));
  const browser = await launchChromium();
  const runs: Run[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      const r = await runOnce(browser, pathToFileURL(html).href, w, paths);
      log(`  web page ${w.label}: run ${i + 1}/${repeats} ${(r.totalMs / 1000).toFixed(2)} s (listed in ${r.listedMs.toFixed(0)} ms)`);
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
    runMs: median(runs.map((r) => r.totalMs - r.listedMs)),
    allRunsMs: runs.map((r) => r.totalMs),
    received: mid?.received,
    inWorker: runs.every((r) => r.inWorker),
    htmlBytes: statSync(html).size,
  };
}
