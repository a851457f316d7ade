/**
 * The web page as built for production (dist/cchc-report.html; built once per run by the browser
 * project's globalSetup, tests/browser/bundle.ts): one self-contained file whose only scripts are
 * inline and allowed by their sha256, whose Content-Security-Policy allows nothing from anywhere
 * and no connection at all, whose code holds no eval and no network call and starts exactly one
 * kind of worker (from its own text); and, for browsers that cannot run it, a notice in
 * Vietnamese and English. Its size and its script's are printed for docs/PERFORMANCE.md.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { bundleForTests } from "./browser/bundle";
import { chromiumOrSkip, launchChromium } from "./browser/chromium";
import { NETWORK_OR_EVAL } from "./helpers/forbidden-calls";

const PAGE = "cchc-report.html";
let html = "";
let path = "";

beforeAll(async () => {
  path = join((await bundleForTests()).taskpaneDir, PAGE);
  html = readFileSync(path, "utf8");
}, 400_000);

/** The page's inline scripts (HTML comments left out), as the browser runs them. */
const inlineScripts = (page: string): string[] =>
  [...page.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    if (/\bsrc\s*=/i.test(m[1] ?? "")) throw new Error(`a script loaded from elsewhere: <script${m[1] ?? ""}>`);
    return m[2] ?? "";
  });

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function policy(page: string): Map<string, string[]> {
  const metas = [...page.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1] ?? "");
  expect(metas).toHaveLength(1);
  return new Map(
    (metas[0] ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

/** Calls that reach the network or run text as code. */
const FORBIDDEN = NETWORK_OR_EVAL;

describe("the web page's single file", () => {
  test("its policy allows nothing from anywhere, no connection, its inline scripts by their hashes only", () => {
    const csp = policy(html);
    const scripts = inlineScripts(html);
    // The notice for old browsers and the page's script.
    expect(scripts).toHaveLength(2);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'none'"]);
    expect(csp.get("script-src")).toEqual(scripts.map(sha256));
    expect(csp.get("worker-src")).toEqual(["blob:"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      expect({ name, values: values.filter((v) => /^(https?:|wss?:|data:|\*|'unsafe-eval')/.test(v)) }).toEqual({ name, values: [] });
    }
    // Right after <meta charset>, before anything it governs.
    expect(html.search(/http-equiv="Content-Security-Policy"/)).toBeLessThan(html.search(/<script|<style|<link/i));
  });

  test("loads nothing: no script, style sheet, image, frame or font from a URL", () => {
    // The markup without comments and scripts (whose code may hold such words as text).
    const page = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "<script></script>");
    expect(page.match(/<(link|img|iframe|object|embed|source|audio|video|base)\b[^>]*>/gi) ?? []).toEqual([]);
    const styles = [...page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? "").join("\n");
    expect(styles.match(/@import|@font-face|url\(/gi) ?? []).toEqual([]);
    expect(page.match(/\s(src|href|action|poster)\s*=/gi) ?? []).toEqual([]);
  });

  test("its code holds no eval, no Function constructor and no network call; it starts only a worker of its own", () => {
    const code = inlineScripts(html).join("\n");
    const found = FORBIDDEN.flatMap(([what, pattern]) => {
      const m = pattern.exec(code);
      return m ? [`${what} near ${code.slice(Math.max(0, m.index - 50), m.index + 50)}`] : [];
    });
    expect(found).toEqual([]);
    expect(code.match(/new\s+(?:Shared)?Worker\s*\(/g) ?? []).toHaveLength(2);
  });

  test("its size and its script's size", () => {
    const [, script = ""] = inlineScripts(html);
    const sizes = { file: statSync(path).size, script: Buffer.byteLength(script, "utf8") };
    console.info(`web page: ${PAGE} ${sizes.file} bytes, its script ${sizes.script} bytes (all of it loads at once)`);
    // A budget, so that a library pulled in by mistake shows: the file must stay easy to email.
    expect(sizes.file).toBeLessThan(3 * 1024 * 1024);
    expect(sizes.script).toBeGreaterThan(sizes.file * 0.9);
  });
});

chromiumOrSkip("the web page's notice")("the web page in a browser that cannot run it", () => {
  let browser: Browser | undefined;
  let dir = "";

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "cchc-web-notice-"));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The page opened from disk, its script replaced or not; what shows. */
  async function open(page: string): Promise<{ notice: boolean; root: boolean; text: string }> {
    if (!browser) throw new Error("setup failed");
    const file = join(dir, `page-${Date.now()}.html`);
    writeFileSync(file, page);
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const box = tab.locator("#cchc-unsupported");
    const seen = { notice: await box.isVisible(), root: await tab.locator("#root").isVisible(), text: await box.innerText() };
    await context.close();
    return seen;
  }

  test("a page whose script cannot run says so, in Vietnamese and English, and what to use instead", async () => {
    const [, script = ""] = inlineScripts(html);
    // What an engine that cannot parse the script sees: the script fails, the notice stays.
    const broken = html.replace(script, () => "const page = () => {;");
    const seen = await open(broken);
    expect(seen).toMatchObject({ notice: true, root: false });
    for (const words of ["không chạy được trong trình duyệt này", "cannot run in this browser", "Internet Explorer", "Firefox"])
      expect({ words, found: seen.text.includes(words) }).toEqual({ words, found: true });
  }, 30_000);

  test("a page that runs shows no notice", async () => {
    expect(await open(html)).toMatchObject({ notice: false, root: true });
  }, 30_000);
});
