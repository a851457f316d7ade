/**
 * Builds what the browser tests serve, with webpack's Node API: the task pane exactly as
 * `webpack --mode production` builds it (the project's own config, another output folder),
 * and the in-memory Excel host as one script that stands in for office.js.
 *
 * One build serves a whole run: the browser project's globalSetup (tests/browser/global-setup.ts)
 * starts it while the other projects' tests run (tests/helpers/sequencer.js puts the browser
 * tests last), into a cache keyed by the sources it is built from, so a run with unchanged
 * sources builds nothing at all; the browser tests wait for it.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import webpack, { type Configuration, type MultiStats } from "webpack";

const ROOT = resolve(__dirname, "../..");
export const HOST_ENTRY = join(ROOT, "tests/host/browser-entry.ts");
export const HOST_SCRIPT = "office-host.js";

type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<Configuration>;

async function taskpaneConfig(outDir: string): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's webpack config is CommonJS
  const factory = require(join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await factory({}, { mode: "production" });
  // The copied files (manifest, icons, help) are not needed here, and copy-webpack-plugin's
  // dynamic import() cannot run inside Jest's module sandbox.
  const plugins = (config.plugins ?? []).filter((p) => p?.constructor.name !== "CopyPlugin");
  return { ...config, mode: "production", context: ROOT, output: { ...config.output, path: outDir }, plugins };
}

function hostConfig(outDir: string): Configuration {
  return {
    name: "office-host",
    mode: "development",
    // No eval-based source maps: the page must run without eval.
    devtool: false,
    target: "web",
    context: ROOT,
    entry: HOST_ENTRY,
    output: { path: outDir, filename: HOST_SCRIPT },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json"), compilerOptions: { module: "es2020", noEmit: false } },
          },
        },
      ],
    },
    // One script: the host's ExcelJS (imported when a workbook is exported) stays in it, not a chunk to fetch.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    performance: { hints: false },
  };
}

function run(configs: Configuration[]): Promise<MultiStats> {
  return new Promise((done, fail) => {
    webpack(configs, (error, stats) => {
      if (error) return fail(error);
      if (!stats) return fail(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      done(stats);
    });
  });
}

export interface BuiltBundle {
  /** The folder holding both. */
  readonly dir: string;
  /** The built task pane: taskpane.html, taskpane.js, xlsx-reader.js. */
  readonly taskpaneDir: string;
  /** The in-memory Excel host as one script, served in place of office.js. */
  readonly hostScript: string;
}

const built = (dir: string): BuiltBundle => ({ dir, taskpaneDir: join(dir, "taskpane"), hostScript: join(dir, "host", HOST_SCRIPT) });

/** Builds the task pane into `<dir>/taskpane` and the host script into `<dir>/host`, in parallel. */
export async function buildForBrowser(dir: string): Promise<BuiltBundle> {
  const out = built(dir);
  await run([await taskpaneConfig(out.taskpaneDir), hostConfig(join(dir, "host"))]);
  return out;
}

/** Everything the two builds read besides node_modules (whose versions package-lock.json pins). */
const INPUTS = ["src", "tests/host", "scripts/webpack", "webpack.config.js", "tsconfig.json", "package.json", "package-lock.json"];
const CACHE = join(ROOT, "node_modules/.cache/cchc-test-bundle");
/** Written into a build's folder when it is complete; beside it, `<key>.failed` holds a failed build's error. */
const COMPLETE = "complete";

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A hash of every input's path and bytes: the same sources give the same key. */
export function sourceKey(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((p) => filesUnder(join(ROOT, p)))) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The cache folder for the current sources, and whether its build is already complete. */
export function cacheFolder(): { dir: string; complete: boolean } {
  const dir = join(CACHE, sourceKey());
  return { dir, complete: existsSync(join(dir, COMPLETE)) };
}

/**
 * Builds into the cache folder `dir` (under a temporary name, renamed when complete, so an
 * interrupted build is never used); on failure leaves `<dir>.failed` with the error. Older
 * builds are removed.
 */
export async function buildIntoCache(dir: string): Promise<BuiltBundle> {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(`${dir}.failed`, { force: true });
  try {
    await buildForBrowser(partial);
  } catch (error) {
    writeFileSync(`${dir}.failed`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(join(partial, COMPLETE), new Date().toISOString());
  // Another run may have finished the same build meanwhile: its folder is kept, ours dropped.
  if (existsSync(join(dir, COMPLETE))) rmSync(partial, { recursive: true, force: true });
  else renameSync(partial, dir);
  for (const name of readdirSync(CACHE)) {
    const current = name === basename(dir) || name.startsWith(`${basename(dir)}.`);
    if (!current && !name.includes(".partial-")) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
  return built(dir);
}

/** Where the globalSetup tells the test files the bundle is (or will be). */
export const BUNDLE_ENV = "CCHC_TEST_BUNDLE";

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * The bundle for the test files: the one the globalSetup is building (waited for), or from the
 * cache, or built here when a test runs without the globalSetup.
 */
export async function bundleForTests(): Promise<BuiltBundle> {
  const dir = process.env[BUNDLE_ENV];
  if (dir === undefined) {
    const cached = cacheFolder();
    return cached.complete ? built(cached.dir) : buildIntoCache(cached.dir);
  }
  for (;;) {
    if (existsSync(join(dir, COMPLETE))) return built(dir);
    if (existsSync(`${dir}.failed`)) throw new Error(`the bundle build failed:\n${readFileSync(`${dir}.failed`, "utf8")}`);
    await sleep(250);
  }
}
