/**
 * Debian's headless Chromium driven by playwright-core (which never downloads a browser): finding
 * it and launching it. Free of Jest, so that the bench (scripts/bench/web.ts) launches it as the
 * browser tests do.
 */
import { chromium, type Browser } from "playwright-core";
import { isExecutable } from "../helpers/executable";

const DEFAULT_BINARY = "/usr/bin/chromium";
export const INSTALL_HINT = "apt-get install chromium";

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

/** The Chromium binary: $CCHC_CHROMIUM, else /usr/bin/chromium. */
export function findChromium(): string | undefined {
  const path = process.env.CCHC_CHROMIUM || DEFAULT_BINARY;
  return isExecutable(path) ? path : undefined;
}

export function whereLooked(): string {
  const env = process.env.CCHC_CHROMIUM;
  return env ? `CCHC_CHROMIUM=${env} (not an executable file)` : DEFAULT_BINARY;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error(`Chromium not found (looked for ${whereLooked()}); install it: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, args: ARGS });
}
