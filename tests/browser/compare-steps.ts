/**
 * The Consolidate tab's comparison and the Evaluate tab, on the workbook the consolidation steps
 * left (its 2025-H1 report): compare again with that report and with last year's report picked
 * as a summary JSON, a unit's template picked by mistake; the pane says what each report was
 * used for and why two were not, in its language, and the comparison sheets are written. Then
 * the programme is evaluated from an annual report, a half-year report refused, and the pane
 * draws a trend chart per area with its values in words.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { issue } from "../../src/core/check/issues";
import { formatIssue } from "../../src/core/check/messages";
import { REPORT_SHEET_NAMES } from "../../src/core/report/common";
import { EVALUATION_SHEET_NAMES } from "../../src/core/evaluate/sheets";
import { parsePeriod } from "../../src/core/programme/period";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { STRINGS, type Language } from "../../src/taskpane/strings";
import { bundle } from "../helpers/build";
import { shot, type HostWindow } from "./page";
import { writeUnitFile, type UnitFile } from "./unit-files";

export interface AcrossCase {
  /** Last year's 2024-H1 report as its summary JSON. */
  readonly lastYear: string;
  /** The 2024-Y report as its summary JSON: the annual report to evaluate. */
  readonly annual: string;
  /** A unit's template, picked by mistake as an earlier report. */
  readonly unitFile: UnitFile;
}

/** Consolidates two units' reports of the period with the command line; the summary JSON's path. */
async function consolidated(dir: string, period: string): Promise<string> {
  const p = parsePeriod(period, bundle.periods);
  const folder = join(dir, period);
  mkdirSync(folder);
  for (const [i, unit] of unitsExpectedIn(bundle.units, p).slice(0, 2).entries())
    await writeUnitFile(folder, `${unit.code}.xlsx`, bundle, unit, p, { seed: 10 + i });
  const json = join(dir, `tom-tat-${period}.json`);
  const args = ["consolidate", folder, "--period", period, "--out", join(dir, `${period}.xlsx`), "--json", json];
  if ((await main(args, { out: () => undefined, err: () => undefined })) !== 0) throw new Error(`consolidate ${period} failed`);
  return json;
}

export async function acrossCase(dir: string, unitFile: UnitFile): Promise<AcrossCase> {
  return { lastYear: await consolidated(dir, "2024-H1"), annual: await consolidated(dir, "2024-Y"), unitFile };
}

const sheetNames = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as HostWindow).__cchcHost.sheetNames());

/** Compare the period's consolidation with the report in the workbook (the same period: refused) and the files picked. */
export async function compareSteps(page: Page, lang: Language, c: AcrossCase, period: string): Promise<void> {
  const t = STRINGS[lang];
  const panel = page.getByRole("tabpanel", { name: t.tabConsolidate });
  const section = panel.getByRole("region", { name: t.compareTitle });
  await section.getByRole("checkbox", { name: t.compareWorkbook }).check();
  const input = section.locator('input[type="file"]');
  expect(await input.getAttribute("accept")).toBe(".xlsx,.json");
  await input.setInputFiles([c.lastYear, c.unitFile.path]);
  await section.getByRole("list", { name: t.compareFilesLabel }).getByRole("listitem").nth(1).waitFor();
  await shot(page, "19-compare-chosen", true);

  await panel.getByRole("button", { name: t.runConsolidate, exact: true }).click();
  await panel.getByRole("table", { name: t.outcomeTable }).waitFor();
  const compared = panel.getByRole("list", { name: t.compareTitle });
  expect(await compared.getByRole("listitem").allTextContents()).toEqual([
    t.comparedWith(t.roles.last_year, "2024-H1", c.lastYear.split("/").pop() ?? ""),
  ]);
  // Each report not used, with its reason in the pane's language (those that could not be read
  // first, as the command line says them): the workbook's own report is this period's.
  const refused = panel.getByRole("list", { name: t.refusedHeading(2) });
  expect(await refused.getByRole("listitem").allTextContents()).toEqual([
    t.refusedItem(c.unitFile.name, formatIssue(issue("figures_missing", "error", {}), lang)),
    t.refusedItem(t.workbookReportItem, formatIssue(issue("compare_same_period", "error", {}, { period }), lang)),
  ]);
  // Its heading carries a warning sign named for screen readers, not only a colour.
  expect(
    await panel
      .getByRole("heading", { name: t.refusedHeading(2) })
      .getByRole("img", { name: t.needsAttention })
      .count(),
  ).toBe(1);
  await shot(page, "20-compared", true);

  // The comparison sheets are written after "Tổng hợp"; the data sheet stays last.
  const names = await sheetNames(page);
  const summary = names.indexOf(REPORT_SHEET_NAMES.summary);
  expect(names.slice(summary + 1, summary + 3)).toEqual([REPORT_SHEET_NAMES.comparison, REPORT_SHEET_NAMES.comparison_units]);
  expect(names[names.length - 1]).toBe(REPORT_SHEET_NAMES.data);
}

/** The Evaluate tab: an annual report and a half-year one picked; the sheets written, the refusal said, a chart per area. */
export async function evaluateSteps(page: Page, lang: Language, c: AcrossCase): Promise<void> {
  const t = STRINGS[lang];
  const { startYear, endYear } = bundle.programme;
  await page.getByRole("tab", { name: t.tabEvaluate }).click();
  const panel = page.getByRole("tabpanel", { name: t.tabEvaluate });
  await panel.locator('input[type="file"]').setInputFiles([c.annual, c.lastYear]);
  await panel.getByRole("button", { name: t.evaluateTitle(startYear, endYear) }).click();
  await panel.getByRole("heading", { name: t.trendTitle }).waitFor();

  const missing = [2021, 2022, 2023, 2025].join(", ");
  await panel.getByText(t.yearsMissing(missing)).waitFor();
  const refused = panel.getByRole("list", { name: t.evaluateRefusedHeading(1) });
  expect(await refused.getByRole("listitem").allTextContents()).toEqual([
    t.refusedItem(c.lastYear.split("/").pop() ?? "", formatIssue(issue("evaluation_not_annual", "error", {}, { period: "2024-H1" }), lang)),
  ]);
  // A chart per area, named by its area; its description says each year's value in words, the missing years too.
  const charts = panel.getByRole("img", { name: new RegExp(`^${t.trend.chartName("")}`) });
  expect(await charts.count()).toBe(bundle.programme.areas.length);
  const description = (await charts.first().getAttribute("aria-describedby")) ?? "";
  const words = await panel.locator(`[id="${description}"]`).textContent();
  expect(words).toContain(`2021: ${t.trend.noReport}`);
  expect(words).toMatch(new RegExp(`2024: \\d`));
  expect(await sheetNames(page)).toEqual(expect.arrayContaining(Object.values(EVALUATION_SHEET_NAMES)));
  await shot(page, "21-evaluated", true);
}
