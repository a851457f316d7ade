/**
 * The task pane as built for production (webpack's Node API, the project's config; built once
 * per run by the browser project's globalSetup, tests/browser/bundle.ts): its page sends a Content-Security-Policy that allows only itself and Microsoft's
 * office.js CDN; its code holds no eval, no Function constructor, no network call and no URL it
 * could call besides office.js; and in Chromium the pane runs under that policy without a single
 * violation, while a policy without style-src 'unsafe-inline' is violated (Fluent UI's Griffel
 * inserts <style> elements), which is why the policy allows inline styles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { STRINGS } from "../src/taskpane/strings";
import { bundleForTests } from "./browser/bundle";
import { chromiumOrSkip, launchChromium } from "./browser/chromium";
import { openPage } from "./browser/page";
import { serveStatic, type StaticServer } from "./browser/server";
import { NETWORK_OR_EVAL } from "./helpers/forbidden-calls";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's webpack config is CommonJS
const { CONTENT_SECURITY_POLICY, inlineScriptHashes } = require("../webpack.config.js") as {
  CONTENT_SECURITY_POLICY: string;
  inlineScriptHashes: (html: string) => string[];
};

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * URLs the bundle holds as text only, never requested: XML namespaces that ExcelJS writes into
 * files, and links in libraries' error messages and licence notes. Any other host fails the test.
 */
const TEXT_ONLY_HOSTS: Readonly<Record<string, string>> = {
  "schemas.openxmlformats.org": "XML namespaces of the .xlsx format",
  "schemas.microsoft.com": "XML namespaces of the .xlsx format",
  "www.w3.org": "XML and SVG namespaces",
  "purl.org": "Dublin Core namespaces in the .xlsx document properties",
  "github.com": "links in ExcelJS, core-js, elliptic and uuid error messages and metadata",
  "stuk.github.io": "link in a JSZip error message",
  "reactjs.org": "React's minified-error decoder link, shown in error messages",
  // swc keeps the text of this warning, which production never shows (Griffel's logError is empty there).
  "aka.ms": "link in Fluent UI's (Griffel's) warning about CSS shorthands",
  // The web page (cchc-report.html) carries its libraries' licence notes in a comment at its end.
  "feross.org": "licence notes of buffer and ieee754 in the web page",
  "stuartk.com": "JSZip's licence note in the web page",
  "raw.github.com": "JSZip's licence note in the web page",
};

/** Calls that reach the network or run text as code, or start a worker. */
const FORBIDDEN: readonly [string, RegExp][] = [...NETWORK_OR_EVAL, ["a worker", /new\s+(?:Shared)?Worker\s*\(/]];

let taskpaneDir = "";
let hostScript = "";

beforeAll(async () => {
  const built = await bundleForTests();
  taskpaneDir = built.taskpaneDir;
  hostScript = readFileSync(built.hostScript, "utf8");
}, 300_000);

const files = (ext: string): { name: string; text: string }[] =>
  readdirSync(taskpaneDir)
    .filter((n) => n.endsWith(ext))
    .map((name) => ({ name, text: readFileSync(join(taskpaneDir, name), "utf8") }));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

describe("the built task pane", () => {
  test("its page sends a Content-Security-Policy allowing only itself and the office.js CDN, no eval", () => {
    const html = readFileSync(join(taskpaneDir, "taskpane.html"), "utf8");
    const metas = [...html.matchAll(/<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/gi)].map((m) => m[1]);
    expect(metas).toEqual([CONTENT_SECURITY_POLICY]);
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    // Besides itself and the CDN, only the inline notice for old webviews, by its hash.
    const inline = inlineScriptHashes(html);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", ...inline]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, values] of csp) {
      expect({ name, eval: values.includes("'unsafe-eval'") }).toEqual({ name, eval: false });
      const origins = values.filter((v) => /^(https?:|wss?:|\*)/.test(v));
      expect({ name, origins: origins.filter((o) => o !== "https://appsforoffice.microsoft.com") }).toEqual({ name, origins: [] });
    }
    // The meta tag comes before any script, so it governs them all.
    expect(html.search(/http-equiv="?Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/gi)].map((m) => m[1]);
    expect(scripts.filter((s) => s !== OFFICE_JS && /^[a-z]+:|^\/\//i.test(s ?? ""))).toEqual([]);
    expect(scripts).toContain(OFFICE_JS);
  });

  test("its code holds no eval, no Function constructor and no network call (webpack's global shim removed)", () => {
    const scripts = files(".js");
    expect(scripts.map((f) => f.name)).toContain("taskpane.js");
    const found = scripts.flatMap((f) =>
      FORBIDDEN.flatMap(([what, pattern]) => {
        const m = pattern.exec(f.text);
        return m ? [`${f.name}: ${what} near ${f.text.slice(Math.max(0, m.index - 50), m.index + 50)}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  test("the only URL it could call is office.js; every other URL in it is text", () => {
    // The policy itself names the CDN as an origin it allows, not as something to call.
    const withoutPolicy = (text: string): string => text.replace(/<meta\s+http-equiv="?Content-Security-Policy"?[^>]*>/gi, "");
    const urls = [...files(".js"), ...files(".html")].flatMap((f) =>
      [...withoutPolicy(f.text).matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)].map((m) => ({ file: f.name, url: m[0] })),
    );
    expect(urls.length).toBeGreaterThan(0);
    const unexplained = urls.filter(({ url }) => !url.startsWith(OFFICE_JS) && !(new URL(url).host in TEXT_ONLY_HOSTS));
    expect(unexplained).toEqual([]);
    // office.js is named by the page only; the code itself never names Microsoft's CDN.
    expect(urls.filter((u) => u.url.startsWith("https://appsforoffice.microsoft.com")).map((u) => u.file)).toEqual(["taskpane.html"]);
  });
});

chromiumOrSkip("the Content-Security-Policy browser test")("the task pane in Chromium under its Content-Security-Policy", () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await serveStatic(taskpaneDir);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the pane (its page possibly rewritten), goes through the three tabs, and returns the CSP violations seen. */
  async function violations(rewrite?: (html: string) => string): Promise<{ violations: string[]; errors: string[]; external: string[] }> {
    if (!browser || !server) throw new Error("setup failed");
    const { page, recorded } = await openPage(browser, server.origin, hostScript);
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __cspViolations: seen });
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
    });
    if (rewrite) {
      const html = readFileSync(join(taskpaneDir, "taskpane.html"), "utf8");
      await page.route(`${server.origin}/taskpane.html`, (route) =>
        route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: rewrite(html) }),
      );
    }
    await page.goto(`${server.origin}/taskpane.html`);
    await visitTabs(page);
    const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await page.close();
    return { violations: seen, errors: recorded.errors, external: recorded.external };
  }

  async function visitTabs(page: Page): Promise<void> {
    const t = STRINGS.vi;
    for (const tab of [t.tabCheck, t.tabConsolidate, t.tabTemplate]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("tab", { name: tab, selected: true }).waitFor();
    }
  }

  test("runs under its policy without a violation, an error or a request off this machine", async () => {
    expect(await violations()).toEqual({ violations: [], errors: [], external: [] });
  }, 60_000);

  /** The page opened as `options` say; whether the notice for old webviews shows, its text, and the CSP violations. */
  async function notice(options: { userAgent?: string; brokenScript?: boolean; html?: (html: string) => string } = {}) {
    if (!browser || !server) throw new Error("setup failed");
    const origin = server.origin;
    const context = await browser.newContext({
      viewport: { width: 400, height: 900 },
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    });
    const page = await context.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: hostScript }),
    );
    // An engine that cannot parse the bundle: syntax it does not know (here invalid for any engine).
    if (options.brokenScript)
      await page.route(`${origin}/taskpane.js`, (route) =>
        route.fulfill({ contentType: "text/javascript", body: "const pane = () => {;" }),
      );
    const rewrite = options.html;
    if (rewrite) {
      const html = rewrite(readFileSync(join(taskpaneDir, "taskpane.html"), "utf8"));
      await page.route(`${origin}/taskpane.html`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    }
    const violations: string[] = [];
    await page.exposeFunction("__violation", (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => {
        void (window as unknown as { __violation: (v: string) => Promise<void> }).__violation(`${e.effectiveDirective} ${e.blockedURI}`);
      }),
    );
    await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
    const box = page.locator("#cchc-unsupported");
    const shown = await box.isVisible();
    const text = shown ? await box.innerText() : "";
    const rootShown = await page.locator("#root").isVisible();
    await context.close();
    return { shown, text, rootShown, violations };
  }

  const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
  const EDGE_HTML =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

  test("a pane whose script cannot be parsed shows, in Vietnamese and English, which Office runs it and what to use instead", async () => {
    const seen = await notice({ brokenScript: true });
    expect(seen).toMatchObject({ shown: true, rootShown: false, violations: [] });
    for (const words of [
      "Báo cáo CCHC không chạy được trong phiên bản Office này",
      "CCHC Report cannot run in this version of Office",
      "Office 2021",
      "Office 2024",
      "Excel trên web",
      "Excel on the web",
      "Internet Explorer",
      "LibreOffice",
      "(.xlsx)",
    ])
      expect({ words, found: seen.text.includes(words) }).toEqual({ words, found: true });
  }, 60_000);

  test.each([
    { title: "Internet Explorer (Office 2016, 2019 volume)", userAgent: IE11 },
    { title: "the old Edge (EdgeHTML)", userAgent: EDGE_HTML },
  ])(
    "$title is told even where its script would run",
    async ({ userAgent }) => {
      expect(await notice({ userAgent })).toMatchObject({ shown: true, rootShown: false, violations: [] });
    },
    60_000,
  );

  test("a pane that runs shows no notice", async () => {
    expect(await notice()).toMatchObject({ shown: false, rootShown: true, violations: [] });
  }, 60_000);

  test("the notice's script runs by its hash in the policy: without it, it is refused", async () => {
    const withoutHash = (html: string): string => html.replace(/ 'sha256-[^']+'/, "");
    const seen = await notice({ brokenScript: true, html: withoutHash });
    expect(seen.shown).toBe(false);
    expect(seen.violations.some((v) => v.startsWith("script-src-elem inline"))).toBe(true);
  }, 60_000);

  test("needs style-src 'unsafe-inline': without it Fluent UI's inserted styles are refused", async () => {
    const strict = (html: string): string => html.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    const seen = await violations(strict);
    expect(seen.violations.every((v) => v.startsWith("style-src"))).toBe(true);
    // Besides the page's own <style> (sample "body{..."), the <style> elements Griffel inserts, empty at first.
    expect(seen.violations.filter((v) => v === "style-src-elem inline ").length).toBeGreaterThan(1);
  }, 60_000);
});
