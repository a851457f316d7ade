/**
 * The web page (dist/cchc-report.html, as `npm run build` makes it) in Chromium, twice: opened
 * from disk as a file:// URL in Vietnamese, and served over http from the build folder in
 * English. Each time a user downloads a template, checks three filled files, and consolidates a
 * folder (the corpus of unit workbooks with broken, oversized, encrypted, zip-bomb, .xls and .ods
 * files among them); every result is compared with the command line's on the same files. Any
 * request besides the page and its worker, page error, console error or CSP violation fails.
 * Screenshots go to artifacts/web/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { bundleForTests } from "./bundle";
import { chromiumOrSkip, launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./server";
import { makeWebCase, type WebCase } from "./web-cases";
import { checkStep, consolidateStep, openWebPage, templateStep, WEB_SHOTS, type WebRun } from "./web-steps";

const PAGE = "cchc-report.html";

chromiumOrSkip("the web page browser test")("the web page in Chromium, compared with the command line", () => {
  let dir = "";
  let pageDir = "";
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let input: WebCase | undefined;
  const timings: string[] = [];

  beforeAll(async () => {
    const started = Date.now();
    dir = mkdtempSync(join(tmpdir(), "cchc-web-"));
    mkdirSync(WEB_SHOTS, { recursive: true });
    pageDir = (await bundleForTests()).taskpaneDir;
    timings.push(`bundle ${Date.now() - started} ms`);
    const making = Date.now();
    input = await makeWebCase(join(dir, "input"));
    timings.push(`files and the command line's results ${Date.now() - making} ms`);
    server = await serveStatic(pageDir);
    browser = await launchChromium();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.info(`web page test timings: ${timings.join(", ")}`);
  });

  /** The three jobs; a failure shows what the page showed and logged. */
  async function steps(run: WebRun, c: WebCase, cancelFirst: boolean): Promise<void> {
    const started = Date.now();
    try {
      await templateStep(run, c);
      // The job ran in the page's Web Worker (started from the page's own text), not on the page.
      expect(run.page.workers().map((w) => w.url().split(":")[0])).toEqual(["blob"]);
      await checkStep(run, c);
      const took = await consolidateStep(run, c, { cancelFirst });
      // For the record, not asserted (a timed test on a shared machine would be flaky).
      timings.push(
        `${run.prefix}: consolidating ${c.folderFiles.length} files ${Math.round(took)} ms, the command line ${Math.round(c.cliMs)} ms`,
      );
    } catch (error) {
      await run.page.screenshot({ path: join(WEB_SHOTS, `${run.prefix}-failure.png`), fullPage: true }).catch(() => undefined);
      const seen = [...run.recorded.errors, ...run.recorded.external.map((u) => `request: ${u}`)];
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${seen.join("\n")}`);
    } finally {
      timings.push(`${run.prefix} ${Date.now() - started} ms`);
      await run.page.context().close();
    }
    expect(run.recorded.external).toEqual([]);
    expect(run.recorded.errors).toEqual([]);
    expect(run.fellBackToPage).toBe(false);
  }

  test("opened from disk (file://), in Vietnamese, without any network", async () => {
    if (!browser || !input) throw new Error("setup failed");
    const run = await openWebPage(browser, pathToFileURL(join(pageDir, PAGE)).href, "vi-VN", "file", dir);
    expect(run.lang).toBe("vi");
    await steps(run, input, false);
  }, 180_000);

  test("served over http from the build folder, in English, with a run cancelled first", async () => {
    if (!browser || !input || !server) throw new Error("setup failed");
    const run = await openWebPage(browser, `${server.origin}/${PAGE}`, "en-US", "http", dir);
    expect(run.lang).toBe("en");
    await steps(run, input, true);
  }, 180_000);
});
