/**
 * Debian's headless Chromium for the browser tests, driven by playwright-core (which never
 * downloads a browser): finding it, and skipping (locally) or failing (in CI) without it.
 */
import { describeWithTool, type DescribeLike } from "../helpers/external";
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

/** `describe` when Chromium is installed; see describeWithTool. */
export function chromiumOrSkip(what = "the browser tests"): DescribeLike {
  return describeWithTool(
    { name: "Chromium", found: findChromium() !== undefined, looked: whereLooked(), install: INSTALL_HINT, envVar: "CCHC_CHROMIUM" },
    what,
  );
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error(`Chromium not found (looked for ${whereLooked()}); install it: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, args: ARGS });
}
