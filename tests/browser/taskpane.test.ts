/**
 * The task pane in a real browser: the production bundle, served from 127.0.0.1, with the
 * in-memory Excel host answering for office.js. A user inserts a template, two cells get bad
 * entries, the check lists them with their cells, a click selects the cell, marks come and go;
 * then three units' files are picked and consolidated with the workbook's sheets, twice.
 * Any request off this machine, page error or console error fails the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { formatIssue } from "../../src/core/check/messages";
import { parsePeriod } from "../../src/core/programme/period";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { MARK_COLOR } from "../../src/excel/marks";
import { STRINGS, type Language, type Strings } from "../../src/taskpane/strings";
import { quoteSheetName } from "../host/a1";
import type { ExcelHost } from "../host/index";
import { build, bundle, check, indicatorCell, setIndicator, sheetName } from "../helpers/build";
import { bundleForTests } from "./bundle";
import { chromiumOrSkip, launchChromium } from "./chromium";
import { acrossCase, compareSteps, evaluateSteps, type AcrossCase } from "./compare-steps";
import { consolidateSteps, type ConsolidationCase } from "./consolidate-steps";
import { escapeRegExp, openPage, shot, SHOTS, type HostWindow } from "./page";
import { serveStatic, type StaticServer } from "./server";
import { writeUnitFile } from "./unit-files";

// The two bad entries, and what the checker says about them on a blank SNV 2025-H1 template.
const UNIT = "SNV";
const PERIOD = "2025-H1";
const template = build(UNIT, PERIOD);
const INDICATORS = sheetName(template.spec, "indicators");
const ENTRIES = [
  { indicator: "1.01", value: -5 },
  { indicator: "2.02", value: "2000 hồ sơ" },
].map((e) => ({ ...e, cell: indicatorCell(template, e.indicator, "value") }));
const filled = ENTRIES.reduce((wb, e) => setIndicator(template, wb, e.indicator, "value", e.value), template.blank);
const EXPECTED = check(filled).filter((i) => i.location.sheet === INDICATORS && ENTRIES.some((e) => e.cell === i.location.cell));

/** Cells with an error or a warning: what "mark problem cells" colours. */
const MARKABLE_CELLS = new Set(
  check(filled)
    .filter((i) => i.severity !== "info" && i.location.cell !== undefined)
    .map((i) => `${i.location.sheet ?? ""}!${i.location.cell ?? ""}`),
).size;

/**
 * Three units of the period other than SNV (whose sheets the template steps insert), each as a
 * filled .xlsx; the last with text in a count. A fourth file is picked by mistake and removed.
 */
async function consolidationCase(dir: string): Promise<ConsolidationCase> {
  const period = parsePeriod(PERIOD, bundle.periods);
  const expected = unitsExpectedIn(bundle.units, period);
  const [a, b, c] = expected.filter((u) => u.code !== UNIT);
  if (!a || !b || !c) throw new Error(`fewer than four units report in ${PERIOD}`);
  const files = [
    await writeUnitFile(dir, `Báo cáo CCHC ${a.code}.xlsx`, bundle, a, period, { seed: 1 }),
    await writeUnitFile(dir, `Báo cáo CCHC ${b.code}.xlsx`, bundle, b, period, { seed: 2 }),
    await writeUnitFile(dir, `Báo cáo CCHC ${c.code}.xlsx`, bundle, c, period, { seed: 3, problem: "text_in_count" }),
  ];
  const extra = await writeUnitFile(dir, `Báo cáo CCHC ${a.code} (bản cũ).xlsx`, bundle, a, period, { seed: 4 });
  return { period: PERIOD, files, extra, expected, received: [UNIT, ...files.map((f) => f.unit.code)] };
}

/** Paths of the scripts the page loads from its own server, in order. */
function scriptsLoaded(page: Page): string[] {
  const out: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (r.resourceType() === "script" && url.hostname === "127.0.0.1") out.push(url.pathname);
  });
  return out;
}

chromiumOrSkip("the task pane browser test")("task pane in Chromium over the in-memory Excel host", () => {
  let dir = "";
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let hostScript = "";
  let consolidationInput: ConsolidationCase | undefined;
  let across: AcrossCase | undefined;
  const timings: string[] = [];

  beforeAll(async () => {
    const started = Date.now();
    dir = mkdtempSync(join(tmpdir(), "cchc-browser-"));
    mkdirSync(SHOTS, { recursive: true });
    const built = await bundleForTests();
    timings.push(`bundle ${Date.now() - started} ms`);
    const writing = Date.now();
    mkdirSync(join(dir, "files"));
    consolidationInput = await consolidationCase(join(dir, "files"));
    mkdirSync(join(dir, "reports"));
    const [unitFile] = consolidationInput.files;
    if (unitFile) across = await acrossCase(join(dir, "reports"), unitFile);
    timings.push(`unit files ${Date.now() - writing} ms`);
    hostScript = readFileSync(built.hostScript, "utf8");
    server = await serveStatic(built.taskpaneDir);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.info(`browser test timings: ${timings.join(", ")}`);
  });

  test("insert a template, check bad entries, go to a cell, mark and clear; consolidate with picked files, twice; compare; evaluate", async () => {
    if (!browser || !server || !consolidationInput || !across) throw new Error("setup failed");
    const consolidation = consolidationInput;
    expect(EXPECTED.map((i) => i.code).sort()).toEqual(["negative_count", "not_a_number"]);
    const started = Date.now();
    const { page, recorded } = await openPage(browser, server.origin, hostScript);
    const scripts = scriptsLoaded(page);

    try {
      const lang = await runSteps(page, server.origin);
      timings.push(`template and check steps ${Date.now() - started} ms`);
      // The .xlsx reader is loaded when files are picked, not with the pane.
      expect(scripts).toEqual(["/taskpane.js"]);
      const consolidating = Date.now();
      await consolidateSteps(page, lang, consolidation);
      expect(scripts).toEqual(["/taskpane.js", "/xlsx-reader.js"]);
      timings.push(`consolidate steps ${Date.now() - consolidating} ms`);
      const comparing = Date.now();
      await compareSteps(page, lang, across, PERIOD);
      await evaluateSteps(page, lang, across);
      timings.push(`compare and evaluate steps ${Date.now() - comparing} ms`);
    } catch (error) {
      // What the page showed and logged when a step failed, so a red run explains itself.
      await shot(page, "failure").catch(() => undefined);
      const seen = [...recorded.errors, ...recorded.external.map((u) => `request off this machine: ${u}`)];
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${seen.join("\n")}`);
    }
    expect(recorded.external).toEqual([]);
    expect(recorded.errors).toEqual([]);
  }, 110_000);

  test("speaks English when Office's display language is English", async () => {
    if (!browser || !server) throw new Error("setup failed");
    const { page, recorded } = await openPage(browser, server.origin, hostScript);
    await page.addInitScript(() => Object.assign(window, { __CCHC_HOST_OPTIONS__: { displayLanguage: "en-US" } }));
    await page.goto(`${server.origin}/taskpane.html`);
    const t = STRINGS.en;
    await page.getByRole("tab", { name: t.tabTemplate }).waitFor();
    await page.getByRole("tab", { name: t.tabCheck }).waitFor();
    await page.getByRole("tab", { name: t.tabConsolidate }).waitFor();
    await page.getByRole("tab", { name: t.tabEvaluate }).waitFor();
    await expect(page.getByRole("combobox", { name: t.periodLabel }).textContent()).resolves.toBe(
      t.periodOption("Six months 2025", "20/06/2025"),
    );
    await shot(page, "11-english");
    await page.getByRole("tab", { name: t.tabConsolidate }).click();
    await page.getByRole("button", { name: t.runConsolidate, exact: true }).waitFor();
    await page.getByText(t.workbookIncluded).waitFor();
    await shot(page, "11-english-consolidate");
    expect(recorded.external).toEqual([]);
    expect(recorded.errors).toEqual([]);
  }, 30_000);

  test("outside Office it says the pane must be opened in Excel, and offers the web page beside it", async () => {
    if (!browser || !server) throw new Error("setup failed");
    // An empty office.js: what a plain browser tab without Office looks like to the entry file.
    const { page, recorded } = await openPage(browser, server.origin, "");
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText(STRINGS.vi.openInExcel).or(page.getByText(STRINGS.en.openInExcel)).waitFor();
    const lang: Language = (await page.getByText(STRINGS.vi.openInExcel).count()) > 0 ? "vi" : "en";
    await shot(page, "12-outside-office");
    await page.getByRole("link", { name: STRINGS[lang].webPageLink }).click();
    await page.waitForURL(`${server.origin}/cchc-report.html`);
    // The web page itself, with its three tabs.
    await page.getByRole("tablist").getByRole("tab").nth(2).waitFor();
    await shot(page, "12-outside-office-web-page");
    expect(recorded.external).toEqual([]);
    expect(recorded.errors).toEqual([]);
  }, 30_000);
});

/** The user's template and check steps, with a screenshot after each; resolves to the pane's language. */
async function runSteps(page: Page, origin: string): Promise<Language> {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("tablist").waitFor();
  const lang = ((await page.locator("main").getAttribute("lang")) ?? "vi") as Language;
  const t: Strings = STRINGS[lang];
  await shot(page, "01-opened");

  // Period: the six-month report of 2025 (also the preselected one on TODAY).
  await page.getByRole("combobox", { name: t.periodLabel }).click();
  await page.getByRole("option", { name: new RegExp(`^${lang === "en" ? "Six months 2025" : "6 tháng năm 2025"}`) }).click();
  // Unit: typed without diacritics; the list narrows to the matching units.
  const unitBox = page.getByRole("combobox", { name: t.unitLabel });
  await unitBox.click();
  await unitBox.pressSequentially("so noi");
  const options = await page.getByRole("option").allTextContents();
  expect(options.length).toBeGreaterThan(0);
  expect(options.every((o) => /sở nội/i.test(o.normalize("NFC")))).toBe(true);
  await shot(page, "02-unit-search");
  await page.getByRole("option", { name: /^Sở Nội vụ/ }).click();
  expect(await unitBox.inputValue()).toBe("Sở Nội vụ");

  await page.getByRole("button", { name: t.insert }).click();
  await page.getByText(t.inserted).waitFor();
  await shot(page, "03-inserted");
  const sheets = await page.evaluate(() => (window as unknown as HostWindow).__cchcHost.sheetNames());
  const roles = ["info", "tasks", "indicators", "targets"] as const;
  const templateSheets = roles.map((r) => sheetName(template.spec, r));
  expect(sheets).toEqual(expect.arrayContaining(templateSheets));

  // Two bad entries, typed into the indicator sheet through the host.
  const writes = ENTRIES.map((e) => [e.cell, e.value] as const);
  await page.evaluate(
    async ([sheet, cells]) => {
      const h = (window as unknown as HostWindow).__cchcHost;
      await h.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const [cell, value] of cells) ws.getRange(cell).values = [[value]];
        await context.sync();
      });
    },
    [INDICATORS, writes] as const,
  );

  // Check: both problems listed with their message and cell.
  await page.getByRole("tab", { name: t.tabCheck }).click();
  await page.getByRole("button", { name: t.runCheck, exact: true }).click();
  await page.getByRole("heading", { name: new RegExp(`\\(${UNIT}\\)`) }).waitFor();
  await shot(page, "04-checked");
  const first = ENTRIES[0];
  if (!first) throw new Error("no entries");
  const firstLink = page.getByRole("button", { name: t.goToCell(`${INDICATORS}!${first.cell}`), exact: true });
  await firstLink.scrollIntoViewIfNeeded();
  await shot(page, "05-issues");
  for (const expected of EXPECTED) {
    const where = `${INDICATORS}!${expected.location.cell ?? ""}`;
    const item = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: t.goToCell(where), exact: true }) });
    await expect(item.textContent()).resolves.toContain(formatIssue(expected, lang));
  }

  // A click on an issue selects its cell in the workbook.
  await firstLink.click();
  const address = `${quoteSheetName(INDICATORS)}!${first.cell}`;
  const selection = (): Promise<ExcelHost["selection"]> => page.evaluate(() => (window as unknown as HostWindow).__cchcHost.selection);
  // Selecting is asynchronous; wait a little for it, then compare (a timeout shows the actual selection).
  await page
    .waitForFunction((cell) => (window as unknown as HostWindow).__cchcHost.selection?.address === cell, address, { timeout: 5000 })
    .catch(() => undefined);
  expect(await selection()).toEqual({ sheet: INDICATORS, address });
  await shot(page, "06-selected");

  // Mark the problem cells, then clear them: the pane shows each count, and clearing undoes every mark.
  const fill = (): Promise<string | undefined> =>
    page.evaluate(([sheet, cell]) => (window as unknown as HostWindow).__cchcHost.sheet(sheet).cells[cell]?.fill, [
      INDICATORS,
      first.cell,
    ] as const);
  await page.getByRole("button", { name: t.markProblems }).click();
  const markedNote = page.getByText(new RegExp(escapeRegExp(t.marked(999)).replace("999", "(\\d+)")));
  await markedNote.waitFor();
  const marked = Number(/\d+/.exec((await markedNote.textContent()) ?? "")?.[0]);
  expect(marked).toBe(MARKABLE_CELLS);
  expect((await fill())?.toUpperCase()).toBe(MARK_COLOR.toUpperCase());
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "07-marked");
  await page.getByRole("button", { name: t.clearMarks }).click();
  await page.getByText(t.cleared(marked)).waitFor();
  expect((await fill())?.toUpperCase()).not.toBe(MARK_COLOR.toUpperCase());
  await shot(page, "08-cleared");

  // Inserting again: the names are taken, so the pane asks; "add with other names" keeps both.
  await page.getByRole("tab", { name: t.tabTemplate }).click();
  await page.getByRole("button", { name: t.insert }).click();
  const dialog = page.getByRole("alertdialog", { name: t.conflictTitle });
  await dialog.waitFor();
  for (const name of templateSheets) await dialog.getByRole("listitem").filter({ hasText: name }).first().waitFor();
  await shot(page, "09-conflict");
  await dialog.getByRole("button", { name: t.conflictRename }).click();
  await page.getByText(t.inserted).waitFor();
  const after = await page.evaluate(() => (window as unknown as HostWindow).__cchcHost.sheetNames());
  expect(after.length).toBe(sheets.length + 4);
  await expect(page.getByText(t.insertedSheets(after.filter((n) => !sheets.includes(n)).join(", "))).count()).resolves.toBe(1);
  await shot(page, "10-inserted-renamed");
  return lang;
}
