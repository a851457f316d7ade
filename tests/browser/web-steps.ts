/**
 * A user's steps on the web page (dist/cchc-report.html), each followed by a screenshot in
 * artifacts/web/, and each result held against the command line's on the same files
 * (tests/browser/web-cases.ts): the template's cells, each checked file's problems with their
 * sheet!cell, the consolidated report's sheets cell for cell and the summary JSON.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Download, Locator, Page } from "playwright-core";
import type { Issue } from "../../src/core/check/issues";
import { formatIssue, type Language } from "../../src/core/check/messages";
import type { SummaryWithAcross } from "../../src/core/compare/summary";
import { areaName } from "../../src/ui/model/issues";
import { periodCodeLabel } from "../../src/ui/model/periods";
import { WEB_STRINGS, type WebStrings } from "../../src/web/strings";
import { bundle } from "../helpers/build";
import { describeWorkbook } from "../helpers/xlsx-compare";
import { escapeRegExp } from "./page";
import { PERIOD, type WebCase } from "./web-cases";

export const WEB_SHOTS = resolve(__dirname, "../../artifacts/web");

export interface Recorded {
  /** Requests to anything but the page itself and its worker's blob: every one fails the test. */
  readonly external: string[];
  readonly errors: string[];
}

export interface WebRun {
  readonly page: Page;
  readonly recorded: Recorded;
  readonly lang: Language;
  readonly t: WebStrings;
  /** Screenshot name prefix, one per way of opening the page. */
  readonly prefix: string;
  /** Where downloads are saved. */
  readonly dir: string;
  /** Whether the page said it runs its jobs on the page, no worker having started (read when the run ends). */
  fellBackToPage: boolean;
}

/** Opens the page at `url` in a browser speaking `locale`; any request off the page is refused and recorded. */
export async function openWebPage(browser: Browser, url: string, locale: string, prefix: string, dir: string): Promise<WebRun> {
  const recorded: Recorded = { external: [], errors: [] };
  const context = await browser.newContext({
    locale,
    viewport: { width: 1000, height: 900 },
    reducedMotion: "reduce",
    acceptDownloads: true,
  });
  const own = (u: string): boolean => u === url || u.startsWith("blob:");
  context.on("request", (r) => {
    if (!own(r.url())) recorded.external.push(r.url());
  });
  // What a file:// page could still reach over the network is refused (and recorded above).
  await context.route("**/*", (route) => (own(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on("pageerror", (e) => recorded.errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") recorded.errors.push(`console error: ${m.text()}`);
  });
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && recorded.errors.push(`worker console error: ${m.text()}`)));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`)),
  );
  await page.goto(url);
  await page.getByRole("tablist").waitFor();
  const lang = ((await page.locator("main").getAttribute("lang")) ?? "vi") as Language;
  return { page, recorded, lang, t: WEB_STRINGS[lang], prefix, dir, fellBackToPage: false };
}

export const shot = (run: WebRun, name: string, fullPage = true): Promise<Buffer> =>
  run.page.screenshot({ path: join(WEB_SHOTS, `${run.prefix}-${name}.png`), fullPage });

/** Clicks and saves what the click downloads into the run's folder; returns the path and the name the page gave. */
export async function download(run: WebRun, button: Locator): Promise<{ path: string; name: string }> {
  const [d]: [Download, void] = await Promise.all([run.page.waitForEvent("download"), button.click()]);
  const path = join(run.dir, `${run.prefix}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

export async function choosePeriod(run: WebRun, panel: Locator): Promise<void> {
  const label = periodCodeLabel(PERIOD, bundle.periods, run.lang);
  await panel.getByRole("combobox", { name: run.t.periodLabel }).click();
  await run.page.getByRole("option", { name: new RegExp(`^${escapeRegExp(label)}`) }).click();
  expect(await panel.getByRole("combobox", { name: run.t.periodLabel }).textContent()).toContain(label);
}

export const tabPanel = async (run: WebRun, name: string): Promise<Locator> => {
  await run.page.getByRole("tab", { name }).click();
  return run.page.getByRole("tabpanel", { name });
};

/** Template tab: SNV's template for the period, downloaded; the same cells as the command line's. */
export async function templateStep(run: WebRun, c: WebCase): Promise<void> {
  const { t, page } = run;
  await shot(run, "01-opened", false);
  const panel = await tabPanel(run, t.tabTemplate);
  await choosePeriod(run, panel);
  const unitBox = panel.getByRole("combobox", { name: t.unitLabel });
  await unitBox.click();
  await unitBox.pressSequentially("so noi");
  await page.getByRole("option", { name: /^Sở Nội vụ/ }).click();
  const saved = await download(run, panel.getByRole("button", { name: t.downloadTemplate }));
  await panel.getByText(t.templateReady(saved.name)).waitFor();
  await shot(run, "02-template");
  expect(saved.name).toMatch(new RegExp(`^${PERIOD}_SNV_.*\\.xlsx$`));
  expect(await describeWorkbook(readFileSync(saved.path))).toEqual(await describeWorkbook(readFileSync(c.template)));
}

/** Where the page and the issue list put a problem: sheet!cell, or the sheet alone. */
const at = (i: Issue): string => (i.location.sheet === undefined ? "" : i.location.sheet + (i.location.cell ? `!${i.location.cell}` : ""));

/** Check tab: three filled files; each problem the command line finds is shown with its place, and listed in the .xlsx. */
export async function checkStep(run: WebRun, c: WebCase): Promise<void> {
  const { t, page, lang } = run;
  const panel = await tabPanel(run, t.tabCheck);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), panel.getByRole("button", { name: t.pickFiles }).click()]);
  await chooser.setFiles(c.checked.map((f) => f.path));
  await panel
    .getByRole("list", { name: t.filesLabel })
    .getByRole("listitem")
    .nth(c.checked.length - 1)
    .waitFor();
  await panel.getByRole("button", { name: t.runCheck, exact: true }).click();
  await panel.getByRole("button", { name: t.downloadIssues }).waitFor();
  await shot(run, "03-checked");

  const expected = c.checkOutcomes.map((o) => {
    if (!("result" in o)) throw new Error(`${o.file} could not be read by the command line`);
    return { file: o.file.split("/").pop() ?? "", issues: o.result.issues };
  });
  // Bad values among them, each located to its cell.
  expect(expected.flatMap((e) => e.issues).filter((i) => i.severity === "error" && i.location.cell !== undefined).length).toBeGreaterThan(
    0,
  );
  for (const e of expected) {
    const section = panel.locator("section").filter({ hasText: t.checkedFile(e.file) });
    for (const i of e.issues.filter((x) => x.severity !== "info")) {
      const item = section
        .getByRole("listitem")
        .filter({ hasText: formatIssue(i, lang, bundle.programme) })
        .filter({ hasText: at(i) });
      const where = { file: e.file, code: i.code, at: at(i) };
      expect({ ...where, shown: (await item.count()) > 0 }).toEqual({ ...where, shown: true });
    }
  }
  const first = expected[0]?.issues.find((i) => i.severity === "error");
  if (first) {
    await panel.getByText(at(first), { exact: true }).first().scrollIntoViewIfNeeded();
    await shot(run, "04-check-problem", false);
  }

  // The list to download: one row per problem (file, sheet!cell, code), as the command line found them.
  const saved = await download(run, panel.getByRole("button", { name: t.downloadIssues }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved.path) as unknown as ArrayBuffer);
  const rows: string[] = [];
  wb.worksheets[0]?.eachRow((row, r) => {
    if (r > 4) rows.push([2, 6, 8].map((col) => row.getCell(col).text).join(" | "));
  });
  const want = expected.flatMap((e) => e.issues.map((i) => [e.file, at(i), i.code].join(" | ")));
  expect(rows.sort()).toEqual(want.sort());
}

/** The summary JSON's figures judged against a target, met and judged per area: what the first chart says. */
function targetsByArea(summary: SummaryWithAcross): Map<number, { met: number; judged: number }> {
  const out = new Map<number, { met: number; judged: number }>();
  for (const i of summary.indicators.filter((x) => x.met !== null)) {
    const a = out.get(i.area) ?? { met: 0, judged: 0 };
    out.set(i.area, { met: a.met + (i.met ? 1 : 0), judged: a.judged + 1 });
  }
  return out;
}

/** Consolidate tab: the whole folder picked; optionally a run cancelled first; the result, charts and both files. */
export async function consolidateStep(run: WebRun, c: WebCase, options: { cancelFirst: boolean }): Promise<number> {
  const { t, page, lang } = run;
  const panel = await tabPanel(run, t.tabConsolidate);
  await choosePeriod(run, panel);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), panel.getByRole("button", { name: t.pickFolder }).click()]);
  await chooser.setFiles(c.folder);
  const items = panel.getByRole("list", { name: t.filesLabel }).getByRole("listitem");
  await items.nth(c.folderFiles.length - 1).waitFor();
  // Listed in the order the command line reads the folder.
  const listed = await items.allTextContents();
  expect(listed).toHaveLength(c.folderFiles.length);
  c.folderFiles.forEach((name, i) => expect(listed[i]?.normalize("NFC")).toContain(name.normalize("NFC")));
  await shot(run, "05-consolidate-files");

  const start = panel.getByRole("button", { name: t.runConsolidate, exact: true });
  if (options.cancelFirst) {
    await start.click();
    await panel.getByRole("progressbar").waitFor();
    await panel.getByRole("button", { name: t.cancel }).click();
    const stopped = panel.getByRole("alert");
    await stopped.waitFor();
    expect(await stopped.textContent()).toContain(t.keptNothing);
    expect(await panel.getByRole("button", { name: t.downloadReport }).count()).toBe(0);
    await shot(run, "06-cancelled");
  }

  const started = performance.now();
  await start.click();
  const reportButton = panel.getByRole("button", { name: t.downloadReport });
  await panel.getByRole("progressbar").or(reportButton).first().waitFor();
  await shot(run, "07-consolidating", false);
  await reportButton.waitFor({ timeout: 90_000 });
  const took = performance.now() - started;
  await shot(run, "08-consolidated");
  const charts = panel.getByRole("region", { name: t.chartsHeading });
  await charts.scrollIntoViewIfNeeded();
  await charts.screenshot({ path: join(WEB_SHOTS, `${run.prefix}-09-charts.png`) });

  const cliSummary = JSON.parse(readFileSync(c.summary, "utf8")) as SummaryWithAcross;
  // Each refused file says why in the page's language, as the command line words it: size, zip
  // bombs, not a workbook, encrypted, .xls and .ods among them.
  const kinds = new Set(c.refused.map((r) => r.issue.params.kind));
  for (const kind of ["too_large", "part_too_large", "other_format", "encrypted", "content_too_large", "corrupt"])
    expect(kinds).toContain(kind);
  expect(c.refused.map((r) => r.issue.params.format)).toEqual(expect.arrayContaining(["xls", "ods", "text"]));
  const heading = new RegExp(`^${escapeRegExp(t.setAsideHeading(999)).replace("999", "\\d+")}$`);
  const setAside = await panel.getByRole("list", { name: heading }).getByRole("listitem").allTextContents();
  const lines = c.refused.map((r) => `${r.file}: ${formatIssue(r.issue, lang, bundle.programme)}`);
  expect(setAside.filter((l) => lines.includes(l)).sort()).toEqual([...lines].sort());

  // The charts say the command line's figures: targets met by area, the units that sent a report,
  // tasks done by area.
  const area = (id: number): string => {
    const a = bundle.programme.areas.find((x) => x.id === id);
    return a ? areaName(a, lang) : String(id);
  };
  const bars = async (chart: string): Promise<string[]> => charts.locator(`[data-chart="${chart}"] svg title`).allTextContents();
  const targets = [...targetsByArea(cliSummary)].map(([id, n]) => t.chartTargetsBar(area(id), n.met, n.judged));
  expect(targets.length).toBeGreaterThan(0);
  expect(await bars("targets")).toEqual(targets);
  const units = (await bars("units")).map((b) => Number(/^\d+/.exec(b)?.[0]));
  expect(units.reduce((a, b) => a + b, 0)).toBe(cliSummary.units.received);
  const tasks = cliSummary.tasks.byArea
    .filter((a) => a.total > 0)
    .map((a) => t.chartTasksBar(area(a.area), a.done_on_time + a.done_late, a.total, a.overdue));
  expect(await bars("tasks")).toEqual(tasks);

  const report = await download(run, reportButton);
  const summary = await download(run, panel.getByRole("button", { name: t.downloadSummary }));
  expect(JSON.parse(readFileSync(summary.path, "utf8"))).toEqual(cliSummary);
  const [web, cli] = [await describeWorkbook(readFileSync(report.path)), await describeWorkbook(readFileSync(c.report))];
  expect(web.map((s) => `${s.name} ${s.state}`)).toEqual(cli.map((s) => `${s.name} ${s.state}`));
  expect(web.some((s) => s.state === "hidden")).toBe(true);
  for (const [i, sheet] of web.entries()) expect(sheet).toEqual(cli[i]);
  run.fellBackToPage = (await page.getByText(t.pageMode).count()) > 0;
  return took;
}
