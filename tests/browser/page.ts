/**
 * A browser page for the task pane over the in-memory host: office.js answered by the host
 * script, every request off 127.0.0.1 refused and recorded, page and console errors recorded.
 */
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { ExcelHost } from "../host/index";

export const SHOTS = resolve(__dirname, "../../artifacts/browser");
/** A day in the six-month period's reporting window, so 2025-H1 is offered and preselected. */
export const TODAY = new Date("2025-05-10T09:00:00");

/** The page's window: tests/host/browser-entry.ts leaves the host there. */
export type HostWindow = { readonly __cchcHost: ExcelHost };

export interface Recorded {
  readonly external: string[];
  readonly errors: string[];
}

export async function openPage(browser: Browser, origin: string, hostScript: string): Promise<{ page: Page; recorded: Recorded }> {
  const recorded: Recorded = { external: [], errors: [] };
  const page = await browser.newPage({ viewport: { width: 400, height: 900 }, reducedMotion: "reduce" });
  page.setDefaultTimeout(15_000);
  await page.clock.setFixedTime(TODAY);
  // Later routes win: office.js is answered by the host, anything else off 127.0.0.1 is refused.
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    recorded.external.push(url);
    return route.abort();
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: hostScript }),
  );
  page.on("pageerror", (error) => recorded.errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") recorded.errors.push(`console error: ${message.text()}`);
  });
  return { page, recorded };
}

/** A screenshot into artifacts/browser/; the visible pane, or the whole page when it scrolls. */
export const shot = (page: Page, name: string, fullPage = false): Promise<Buffer> =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
