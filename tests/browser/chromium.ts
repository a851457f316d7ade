/**
 * Debian's headless Chromium for the browser tests, driven by playwright-core (which never
 * downloads a browser): finding it, and skipping (locally) or failing (in CI) without it.
 */
import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const DEFAULT_BINARY = "/usr/bin/chromium";
const INSTALL_HINT = "apt-get install chromium";

/** Flags for a quiet headless run: no sandbox (root in CI), no GPU, nothing fetched in the background. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium binary: $CCHC_CHROMIUM, else /usr/bin/chromium. */
export function findChromium(): string | undefined {
  const path = process.env.CCHC_CHROMIUM || DEFAULT_BINARY;
  return isExecutable(path) ? path : undefined;
}

function whereLooked(): string {
  const env = process.env.CCHC_CHROMIUM;
  return env ? `CCHC_CHROMIUM=${env} (not an executable file)` : DEFAULT_BINARY;
}

type DescribeLike = (name: string, fn: () => void) => void;

/**
 * `describe` when Chromium is installed. Without it: in CI (`$CI` set) a describe whose one
 * test fails saying Chromium is required; locally `describe.skip`, after a loud warning.
 */
export function chromiumOrSkip(what = "the browser tests"): DescribeLike {
  if (findChromium()) return describe;
  if (process.env.CI) {
    const message = `Chromium is required in CI; looked for ${whereLooked()}. Install it: ${INSTALL_HINT}`;
    return (name) =>
      describe(name, () => {
        it("needs Chromium", () => {
          throw new Error(message);
        });
      });
  }
  console.warn(
    [
      "*".repeat(78),
      `SKIPPED: ${what} - Chromium not found (looked for ${whereLooked()}).`,
      `Install it to run them: ${INSTALL_HINT}  (or set CCHC_CHROMIUM to the chromium binary)`,
      "*".repeat(78),
    ].join("\n"),
  );
  return describe.skip;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error(`Chromium not found (looked for ${whereLooked()}); install it: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, args: ARGS });
}
