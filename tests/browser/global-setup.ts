/**
 * Jest globalSetup of the browser project: starts building the task pane and the host script for
 * the run (unless the cache already holds them), and tells the test files where they will be.
 * The build goes on in Jest's main process while the workers run the other projects' tests (the
 * sequencer runs the browser tests last); they wait for it. Worker processes start after this and
 * inherit the environment variable.
 */
import { BUNDLE_ENV, buildIntoCache, cacheFolder } from "./bundle";

export default function startBundleBuild(): void {
  const { dir, complete } = cacheFolder();
  process.env[BUNDLE_ENV] = dir;
  if (complete) return;
  const started = Date.now();
  // Not awaited: a failure is written beside the folder for the tests to report.
  buildIntoCache(dir).then(
    () => console.info(`\nbrowser bundle built in ${Date.now() - started} ms: ${dir}`),
    (error: unknown) => console.error(`\nbrowser bundle build failed: ${error instanceof Error ? error.message : String(error)}`),
  );
}
