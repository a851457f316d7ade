/**
 * The web page's Consolidate tab (dist/cchc-report.html from disk) beyond the main walk-through
 * (web-page.test.ts): a unit list picked in the page is used as the command line's `--units` (the
 * same summary on the same files), a broken list is refused with its problem located as the
 * command line locates it; and when some picked files cannot be read the page names each of them
 * with why, and shows that the others were consolidated. Screenshots go to artifacts/web/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Locator } from "playwright-core";
import { consolidatePaths, runConsolidate } from "../../src/cli/consolidate";
import { loadBundle } from "../../src/cli/data";
import type { Io } from "../../src/cli/io";
import { formatIssue } from "../../src/core/check/messages";
import { DataFileError, type DataProblem } from "../../src/core/errors";
import { parsePeriod } from "../../src/core/programme/period";
import { formatProblem } from "../../src/core/programme/problem-words";
import type { ProgrammeBundle, Unit, UnitList } from "../../src/core/programme/schema";
import { unitsExpectedIn } from "../../src/core/programme/units";
import { formatCount } from "../../src/ui/model/format";
import type { OutcomeCountKey } from "../../src/ui/model/outcome";
import { bundle } from "../helpers/build";
import { bundleForTests } from "./bundle";
import { chromiumOrSkip, launchChromium } from "./chromium";
import { PERIOD } from "./web-cases";
import { choosePeriod, download, openWebPage, shot, tabPanel, WEB_SHOTS, type WebRun } from "./web-steps";
import { writeUnitFile } from "./unit-files";

const quiet: Io = { out: () => undefined, err: () => undefined };

/** Two communes that are not in the built-in list, from the middle of the year (so expected in the year's report). */
const COMMUNES: readonly Unit[] = [1, 2].map((n) => ({
  code: String(900000 + n),
  nameVi: `Xã Thử Nghiệm ${n}`,
  kind: "xa",
  level: "xa",
  validFrom: "2025-07-01",
  confirmed: false,
}));

/** The command line's summary and report of `folder` (with `--units` when a list is given). */
async function cliSummary(dir: string, folder: string, unitsFile?: string): Promise<unknown> {
  const json = join(dir, "cli-summary.json");
  const opts = unitsFile ? { units: unitsFile } : {};
  const code = await runConsolidate(loadBundle(opts), [folder], { period: PERIOD, out: join(dir, "cli-report.xlsx"), json }, quiet);
  if (code !== 0) throw new Error(`consolidate exited with ${code}`);
  return JSON.parse(readFileSync(json, "utf8"));
}

async function pickFiles(run: WebRun, panel: Locator, paths: readonly string[]): Promise<Locator> {
  const [chooser] = await Promise.all([run.page.waitForEvent("filechooser"), panel.getByRole("button", { name: run.t.pickFiles }).click()]);
  await chooser.setFiles([...paths]);
  const items = panel.getByRole("list", { name: run.t.filesLabel }).getByRole("listitem");
  await items.nth(paths.length - 1).waitFor();
  return items;
}

async function pickUnitList(run: WebRun, panel: Locator, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    run.page.waitForEvent("filechooser"),
    panel.getByRole("button", { name: run.t.unitListPick }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Runs the consolidation and saves the summary JSON the page offers. */
async function consolidateAndSave(run: WebRun, panel: Locator): Promise<unknown> {
  await panel.getByRole("button", { name: run.t.runConsolidate, exact: true }).click();
  await panel.getByRole("button", { name: run.t.downloadReport }).waitFor({ timeout: 60_000 });
  const saved = await download(run, panel.getByRole("button", { name: run.t.downloadSummary }));
  return JSON.parse(readFileSync(saved.path, "utf8"));
}

/** The number in the result table's row with this label. */
async function countShown(run: WebRun, panel: Locator, key: OutcomeCountKey): Promise<string> {
  const row = panel.getByRole("row").filter({ has: run.page.getByRole("rowheader", { name: run.t.outcomeLabels[key], exact: true }) });
  return (await row.getByRole("cell").textContent()) ?? "";
}

chromiumOrSkip("the web page's unit list and broken-file browser test")("the web page: a unit list as --units, files that fail", () => {
  let dir = "";
  let pageUrl = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-web-units-"));
    mkdirSync(WEB_SHOTS, { recursive: true });
    pageUrl = pathToFileURL(join((await bundleForTests()).taskpaneDir, "cchc-report.html")).href;
    browser = await launchChromium();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the steps on a fresh page; a failure shows what the page showed and logged. */
  async function onPage(locale: string, prefix: string, steps: (run: WebRun) => Promise<void>): Promise<void> {
    if (!browser) throw new Error("setup failed");
    const run = await openWebPage(browser, pageUrl, locale, prefix, dir);
    try {
      await steps(run);
    } catch (error) {
      await run.page.screenshot({ path: join(WEB_SHOTS, `${prefix}-failure.png`), fullPage: true }).catch(() => undefined);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${run.recorded.errors.join("\n")}`);
    } finally {
      await run.page.context().close();
    }
    expect(run.recorded.external).toEqual([]);
    expect(run.recorded.errors).toEqual([]);
  }

  test("a unit list picked in the page gives the command line's summary with --units; a broken list is refused, located", async () => {
    // The built-in list and two communes; three built-in units and the first commune report.
    const list: UnitList = { ...bundle.units, id: `${bundle.units.id}-test`, units: [...bundle.units.units, ...COMMUNES] };
    const listFile = join(dir, "don-vi.json");
    writeFileSync(listFile, JSON.stringify(list, null, 2));
    const listBundle: ProgrammeBundle = loadBundle({ units: listFile });
    const period = parsePeriod(PERIOD, listBundle.periods);
    const folder = join(dir, "units-folder");
    mkdirSync(folder);
    const reporting = [...unitsExpectedIn(bundle.units, period).slice(0, 3), COMMUNES[0]].filter((u): u is Unit => u !== undefined);
    const files = await Promise.all(
      reporting.map((u, i) => writeUnitFile(folder, `${u.code}.xlsx`, listBundle, u, period, { seed: 30 + i })),
    );
    const cli = (await cliSummary(dir, folder, listFile)) as { units: { received: number; unknown: number; missing: number } };
    // The commune's report is accepted only with the list: the page must have used it.
    expect([cli.units.received, cli.units.unknown]).toEqual([4, 0]);

    // A broken copy: one unit's level is not one of the list's levels.
    const broken = JSON.stringify({ ...list, units: list.units.map((u, i) => (i === 5 ? { ...u, level: "thon" } : u)) }, null, 2);
    const badFile = join(dir, "don-vi-sai.json");
    writeFileSync(badFile, broken);
    const badLine = broken.split("\n").findIndex((l) => l.includes('"level": "thon"')) + 1;
    // The command line refuses it at that place.
    let refusal: unknown;
    try {
      loadBundle({ units: badFile });
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(DataFileError);
    const problems = (refusal as DataFileError).problems;
    expect(problems.map((p) => [p.path, p.line, p.code])).toEqual([["units[5].level", badLine, "not_in_list"]]);

    await onPage("vi-VN", "unit-list", async (run) => {
      const { t } = run;
      const panel = await tabPanel(run, t.tabConsolidate);
      await choosePeriod(run, panel);
      await pickUnitList(run, panel, listFile);
      await panel.getByText(t.unitListChosen("don-vi.json", list.units.length)).waitFor();
      await pickFiles(
        run,
        panel,
        files.map((f) => f.path),
      );
      expect(await consolidateAndSave(run, panel)).toEqual(cli);
      // The commune that did not report is named from the list given.
      const missing = panel.getByRole("list", { name: t.listHeading(t.outcomeLists.missing, cli.units.missing) });
      expect(await missing.getByRole("listitem").allTextContents()).toContain(t.unitWithCode("Xã Thử Nghiệm 2", "900002"));
      await shot(run, "01-consolidated");

      // A broken list: refused with the place the command line gives, and nothing runs until it is replaced or removed.
      await pickUnitList(run, panel, badFile);
      const alert = panel.getByRole("alert").filter({ hasText: t.unitListRefusedTitle });
      await alert.waitFor();
      const text = (await alert.textContent()) ?? "";
      expect(text).toContain(t.unitListRefused("don-vi-sai.json"));
      expect(text).toContain(`don-vi-sai.json:${badLine}:`);
      expect(text).toContain("units[5].level");
      // In the page's language (it was the validator's English on the Vietnamese page).
      expect(text).toContain(formatProblem({ ...(problems[0] as DataProblem), source: "don-vi-sai.json" }, "vi"));
      expect(text).toMatch(/units\[5\]\.level: "thon" không/);
      const start = panel.getByRole("button", { name: t.runConsolidate, exact: true });
      expect(await start.isDisabled()).toBe(true);
      expect(await panel.getByRole("button", { name: t.downloadReport }).count()).toBe(0);
      await shot(run, "02-refused");
      await panel.getByRole("button", { name: t.unitListRemove }).click();
      expect(await start.isDisabled()).toBe(false);
      expect(await alert.count()).toBe(0);
    });
  }, 120_000);

  test("files that cannot be read are named with why, and the others are consolidated (in the page's language)", async () => {
    const period = parsePeriod(PERIOD, bundle.periods);
    const folder = join(dir, "mixed-folder");
    mkdirSync(folder);
    const good = await Promise.all(
      unitsExpectedIn(bundle.units, period)
        .slice(3, 6)
        .map((u, i) => writeUnitFile(folder, `bao-cao-${u.code}.xlsx`, bundle, u, period, { seed: 40 + i })),
    );
    const whole = readFileSync(good[0]?.path ?? "");
    const brokenNames = ["ghi-chu.xlsx", "tai-ve-do-dang.xlsx"];
    writeFileSync(join(folder, brokenNames[0] ?? ""), "Biên bản họp, không phải bảng tính.\n");
    writeFileSync(join(folder, brokenNames[1] ?? ""), whole.subarray(0, Math.floor(whole.byteLength / 2)));
    const cli = (await cliSummary(dir, folder)) as { units: { received: number }; files: { unreadable: string[] } };
    expect([cli.units.received, [...cli.files.unreadable].sort()]).toEqual([good.length, brokenNames]);
    // Why the command line refuses each, to be shown in the page's language.
    const read = await consolidatePaths(bundle, [folder], PERIOD);

    await onPage("en-US", "broken-files", async (run) => {
      const { t, lang } = run;
      const panel = await tabPanel(run, t.tabConsolidate);
      await choosePeriod(run, panel);
      const items = await pickFiles(run, panel, [...good.map((f) => f.path), ...brokenNames.map((n) => join(folder, n))]);
      expect(await consolidateAndSave(run, panel)).toEqual(cli);
      await shot(run, "01-consolidated");

      // What failed: each broken file, by name, marked unreadable in the file list and listed with why.
      for (const name of brokenNames) expect(await items.filter({ hasText: name }).textContent()).toContain(t.fileStates.unreadable);
      const why = read.submissions
        .filter((s) => s.status === "unreadable")
        .map((s) => {
          const issue = s.issues.find((i) => i.code === "file_unreadable");
          if (!issue) throw new Error(`no reason for ${s.source.label}`);
          return `${s.source.label}: ${formatIssue(issue, lang, bundle.programme)}`;
        });
      const setAside = panel.getByRole("list", { name: t.setAsideHeading(brokenNames.length) }).getByRole("listitem");
      expect((await setAside.allTextContents()).sort()).toEqual(why.sort());
      // What was kept: the other files read and consolidated, the report offered.
      for (const f of good) expect(await items.filter({ hasText: f.name }).textContent()).toContain(t.fileStates.accepted);
      expect(await countShown(run, panel, "received")).toBe(formatCount(good.length, lang));
      expect(await panel.getByRole("button", { name: t.downloadReport }).isEnabled()).toBe(true);
    });
  }, 120_000);
});
