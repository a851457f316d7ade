/**
 * Debian's headless Chromium for the browser tests (tests/browser/launch.ts finds and launches
 * it): skipping (locally) or failing (in CI) without it.
 */
import { describeWithTool, type DescribeLike } from "../helpers/external";
import { findChromium, INSTALL_HINT, whereLooked } from "./launch";

export { launchChromium } from "./launch";

/** `describe` when Chromium is installed; see describeWithTool. */
export function chromiumOrSkip(what = "the browser tests"): DescribeLike {
  return describeWithTool(
    { name: "Chromium", found: findChromium() !== undefined, looked: whereLooked(), install: INSTALL_HINT, envVar: "CCHC_CHROMIUM" },
    what,
  );
}
