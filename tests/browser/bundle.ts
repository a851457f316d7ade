/**
 * Builds what the browser tests serve, with webpack's Node API: the task pane exactly as
 * `webpack --mode production` builds it (the project's own config, another output folder),
 * and the in-memory Excel host as one script that stands in for office.js.
 *
 * One build serves a whole run: the browser project's globalSetup (tests/browser/global-setup.ts)
 * builds it before the tests start, into a cache keyed by the sources it is built from, so a run
 * with unchanged sources builds nothing at all.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
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

/**
 * The bundle of the current sources: from the cache when it holds them, else built into it
 * (under a temporary name, renamed when complete, so an interrupted build is never used).
 * Older builds are removed.
 */
export async function cachedBundle(): Promise<BuiltBundle> {
  const key = sourceKey();
  const dir = join(CACHE, key);
  if (existsSync(join(dir, COMPLETE))) return built(dir);
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  await buildForBrowser(partial);
  writeFileSync(join(partial, COMPLETE), new Date().toISOString());
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  // Earlier sources' builds go; another run's build still in progress stays.
  for (const name of readdirSync(CACHE)) {
    if (name !== key && !name.includes(".partial-")) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
  return built(dir);
}

/** Where the globalSetup tells the test files the bundle is. */
export const BUNDLE_ENV = "CCHC_TEST_BUNDLE";

/** The bundle this run built (globalSetup); built here when a test runs without it. */
export async function bundleForTests(): Promise<BuiltBundle> {
  const dir = process.env[BUNDLE_ENV];
  return dir !== undefined && existsSync(join(dir, COMPLETE)) ? built(dir) : cachedBundle();
}
