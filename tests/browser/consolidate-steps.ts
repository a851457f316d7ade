/**
 * The Consolidate tab's steps, on the workbook the template and check steps left: pick unit
 * files (one picked by mistake and removed), watch the progress, read the result, open a report
 * sheet, run again. The unit sheets already in the workbook must come out unchanged.
 */
import type { Locator, Page } from "playwright-core";
import type { ConsolidationProgress } from "../../src/excel/service";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import type { Unit } from "../../src/core/programme/schema";
import { formatCount, formatFileSize } from "../../src/ui/model/format";
import type { OutcomeCountKey } from "../../src/ui/model/outcome";
import { periodCodeLabel } from "../../src/ui/model/periods";
import { progressValue } from "../../src/ui/model/progress";
import { STRINGS, type Language, type Strings } from "../../src/taskpane/strings";
import { bundle } from "../helpers/build";
import { quoteSheetName } from "../host/a1";
import { escapeRegExp, shot, type HostWindow } from "./page";
import type { UnitFile } from "./unit-files";

export interface ConsolidationCase {
  readonly period: string;
  /** The files to consolidate. */
  readonly files: readonly UnitFile[];
  /** A file picked by mistake and removed before consolidating. */
  readonly extra: UnitFile;
  /** The units expected in the period. */
  readonly expected: readonly Unit[];
  /** Unit codes with a report in the workbook or in the files. */
  readonly received: readonly string[];
}

const sheetNames = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as HostWindow).__cchcHost.sheetNames());

/** Each sheet as JSON, to compare before and after. */
const sheetsJson = (page: Page, names: readonly string[]): Promise<string[]> =>
  page.evaluate((ns) => ns.map((n) => JSON.stringify((window as unknown as HostWindow).__cchcHost.sheet(n))), names);

/**
 * Holds the pane's next Excel.run until the returned function is called, so the pane can be
 * seen (and photographed) mid-run: every file is parsed, Excel has not started yet.
 */
async function holdNextExcelRun(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    // Excel.run(batch) or Excel.run(options, batch): the arguments pass through as given.
    type Run = (...args: unknown[]) => Promise<unknown>;
    const w = window as unknown as { Excel: { run: Run }; __cchcRelease?: () => void };
    const run = w.Excel.run;
    const held = new Promise<void>((resolve) => (w.__cchcRelease = resolve));
    w.Excel.run = async (...args) => {
      w.Excel.run = run;
      await held;
      return run(...args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __cchcRelease: () => void }).__cchcRelease());
}

/** Makes the pane's next Excel.run fail as Excel does when it refuses (code AccessDenied). */
async function failNextExcelRun(page: Page, message: string): Promise<void> {
  await page.evaluate((text) => {
    type Run = (...args: unknown[]) => Promise<unknown>;
    const w = window as unknown as { Excel: { run: Run } };
    const run = w.Excel.run;
    w.Excel.run = () => {
      w.Excel.run = run;
      return Promise.reject(Object.assign(new Error(text), { code: "AccessDenied" }));
    };
  }, message);
}

/** The result table's row with this label. */
function countRow(panel: Locator, t: Strings, key: OutcomeCountKey): Locator {
  return panel.getByRole("row").filter({ has: panel.page().getByRole("rowheader", { name: t.outcomeLabels[key], exact: true }) });
}

/** The number in the result table's row with this label, read as the pane's language writes it. */
async function countShown(panel: Locator, t: Strings, lang: Language, key: OutcomeCountKey): Promise<number> {
  const text = (await countRow(panel, t, key).getByRole("cell").textContent()) ?? "";
  const count = Number(text.replace(lang === "vi" ? /\./g : /,/g, ""));
  expect(text).toBe(formatCount(count, lang));
  return count;
}

/** Whether the row carries the warning sign that says "needs attention" without relying on its red. */
const flagged = async (panel: Locator, t: Strings, key: OutcomeCountKey): Promise<boolean> =>
  (await countRow(panel, t, key).getByRole("img", { name: t.needsAttention }).count()) === 1;

async function pickFiles(page: Page, panel: Locator, t: Strings, lang: Language, c: ConsolidationCase): Promise<void> {
  // The Fluent button opens the browser's file dialog, for several files at once.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), panel.getByRole("button", { name: t.pickFiles }).click()]);
  expect(chooser.isMultiple()).toBe(true);
  expect(await chooser.element().getAttribute("accept")).toBe(".xlsx");
  await chooser.setFiles(c.files.map((f) => f.path));
  const items = panel.getByRole("list", { name: t.filesLabel }).getByRole("listitem");
  await items.nth(c.files.length - 1).waitFor();
  const listed = await items.allTextContents();
  expect(listed).toHaveLength(c.files.length);
  c.files.forEach((f, i) => {
    expect(listed[i]).toContain(f.name);
    expect(listed[i]).toContain(formatFileSize(f.size, lang));
  });
  // A second pick adds to the list; the file picked by mistake is removed again.
  await panel.locator('input[type="file"][accept=".xlsx"]').setInputFiles(c.extra.path);
  await items.nth(c.files.length).waitFor();
  await panel.getByRole("button", { name: t.removeFileNamed(c.extra.name) }).click();
  await items.nth(c.files.length).waitFor({ state: "detached" });
  expect(await items.allTextContents()).toEqual(listed);
}

/** Runs the consolidation with Excel held, checks the progress shown meanwhile, and waits for the result. */
async function consolidateHeld(page: Page, panel: Locator, t: Strings, c: ConsolidationCase, shotName: string): Promise<void> {
  const release = await holdNextExcelRun(page);
  const button = panel.getByRole("button", { name: t.runConsolidate, exact: true });
  await button.click();
  // Every file is read while Excel is held: the pane says it is consolidating.
  const waiting: ConsolidationProgress = { stage: "consolidating", done: 0, total: 1 };
  const bar = panel.getByRole("progressbar", { name: t.progress.consolidating(waiting) });
  await bar.waitFor();
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeCloseTo(progressValue(waiting));
  expect(await button.isDisabled()).toBe(true);
  // The earlier result is gone while a new one is made.
  expect(await panel.getByRole("table", { name: t.outcomeTable }).count()).toBe(0);
  await shot(page, shotName);
  await release();
  await panel.getByRole("table", { name: t.outcomeTable }).waitFor();
  expect(await panel.getByRole("progressbar").count()).toBe(0);
}

export async function consolidateSteps(page: Page, lang: Language, c: ConsolidationCase): Promise<void> {
  const t = STRINGS[lang];
  await page.getByRole("tab", { name: t.tabConsolidate }).click();
  const panel = page.getByRole("tabpanel", { name: t.tabConsolidate });
  const periodLabel = periodCodeLabel(c.period, bundle.periods, lang);
  expect(await panel.getByRole("combobox", { name: t.periodLabel }).textContent()).toContain(periodLabel);
  await pickFiles(page, panel, t, lang, c);
  await shot(page, "13-consolidate-files");

  const before = await sheetNames(page);
  const unitSheets = await sheetsJson(page, before);
  await consolidateHeld(page, panel, t, c, "14-consolidating");
  await panel.getByRole("heading", { name: t.outcomeTitle(periodLabel) }).waitFor();
  await shot(page, "15-consolidated", true);

  // The report sheets are added after the sheets that were there, the hidden data sheet last (no
  // comparison sheets: nothing was compared); the sheets that were there are unchanged.
  const notShown = new Set([REPORT_SHEET_NAMES.comparison, REPORT_SHEET_NAMES.comparison_units, REPORT_SHEET_NAMES.data]);
  const reportSheets = Object.values(REPORT_SHEET_NAMES).filter((n) => !notShown.has(n));
  const after = await sheetNames(page);
  expect(after).toEqual([...before, ...reportSheets, REPORT_SHEET_NAMES.data]);
  expect(await sheetsJson(page, before)).toEqual(unitSheets);

  // The counts agree with what was sent: the workbook's SNV sheets and the files.
  const missing = c.expected.filter((u) => !c.received.includes(u.code));
  expect(await countShown(panel, t, lang, "expected")).toBe(c.expected.length);
  expect(await countShown(panel, t, lang, "received")).toBe(c.received.length);
  expect(await countShown(panel, t, lang, "missing")).toBe(missing.length);
  // The count with text in it ("12 hồ sơ") is rejected, not read as a number.
  expect(await countShown(panel, t, lang, "rowsRejected")).toBeGreaterThan(0);
  // Counts that need follow-up carry a sign as well as their colour; the others do not.
  expect([await flagged(panel, t, "missing"), await flagged(panel, t, "rowsRejected")]).toEqual([true, true]);
  expect([await flagged(panel, t, "expected"), await flagged(panel, t, "received")]).toEqual([false, false]);
  const missingList = panel.getByRole("list", { name: t.listHeading(t.outcomeLists.missing, missing.length) });
  expect((await missingList.getByRole("listitem").allTextContents()).sort()).toEqual(
    missing.map((u) => t.unitWithCode(u.nameVi, u.code)).sort(),
  );

  // One link per report sheet; a click opens the sheet at A1.
  const links = await panel.getByRole("button", { name: new RegExp(`^${escapeRegExp(t.goToSheet(""))}`) }).allTextContents();
  expect(links).toEqual(reportSheets);
  const target = REPORT_SHEET_NAMES.provenance;
  await panel.getByRole("button", { name: t.goToSheet(target), exact: true }).click();
  const address = `${quoteSheetName(target)}!A1`;
  await page.waitForFunction((a) => (window as unknown as HostWindow).__cchcHost.selection?.address === a, address, { timeout: 5000 });
  expect(await page.evaluate(() => (window as unknown as HostWindow).__cchcHost.selection)).toEqual({ sheet: target, address });
  await shot(page, "16-report-sheet-selected");

  // Again: the report sheets are replaced, not added; the unit sheets still unchanged.
  await consolidateHeld(page, panel, t, c, "17-consolidating-again");
  expect(await sheetNames(page)).toEqual(after);
  expect(await sheetsJson(page, before)).toEqual(unitSheets);
  expect(await countShown(panel, t, lang, "received")).toBe(c.received.length);

  // When Excel refuses, the pane says so in the user's language and the workbook keeps its sheets.
  const refusal = "sổ làm việc đang mở ở chế độ chỉ đọc";
  await failNextExcelRun(page, refusal);
  await panel.getByRole("button", { name: t.runConsolidate, exact: true }).click();
  const error = panel.getByText(t.errorTitle).locator("..");
  await error.waitFor();
  expect(await error.textContent()).toContain(refusal);
  expect(await panel.getByRole("table", { name: t.outcomeTable }).count()).toBe(0);
  expect(await sheetNames(page)).toEqual(after);
  await shot(page, "18-consolidate-refused");
}
