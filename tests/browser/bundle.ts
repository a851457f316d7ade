/**
 * Builds what the browser test serves, with webpack's Node API: the task pane exactly as
 * `webpack --mode production` builds it (the project's own config, another output folder),
 * and the in-memory Excel host as one script that stands in for office.js.
 */
import { join, resolve } from "node:path";
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

/** Builds the task pane into `<dir>/taskpane` and the host script into `<dir>/host`, in parallel. */
export async function buildForBrowser(dir: string): Promise<{ taskpaneDir: string; hostScript: string }> {
  const taskpaneDir = join(dir, "taskpane");
  const hostDir = join(dir, "host");
  await run([await taskpaneConfig(taskpaneDir), hostConfig(hostDir)]);
  return { taskpaneDir, hostScript: join(hostDir, HOST_SCRIPT) };
}
