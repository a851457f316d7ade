/**
 * Jest globalSetup of the browser project: builds the task pane and the host script once for the
 * run (or finds them in the cache), before any of its test files start, and tells them where.
 * Worker processes start after this and inherit the environment variable.
 */
import { BUNDLE_ENV, cachedBundle } from "./bundle";

export default async function buildBundleOnce(): Promise<void> {
  const started = Date.now();
  const bundle = await cachedBundle();
  process.env[BUNDLE_ENV] = bundle.dir;
  console.info(`\nbrowser bundle ready in ${Date.now() - started} ms: ${bundle.dir}`);
}
