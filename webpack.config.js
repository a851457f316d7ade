/*
 * Builds the task pane into dist/ (after Microsoft's Office-Addin-TaskPane template).
 *
 * Production URL: manifest.xml names the dev server, https://localhost:3000/. A production
 * build (`npm run build`, i.e. `webpack --mode production`) rewrites every such URL in
 * dist/manifest.xml to the value of the environment variable CCHC_URL_PROD, default
 * https://cchc.thainguyen.gov.vn/addin/ , and the AppDomain to that URL's origin. Set it
 * to the https folder the intranet web server serves dist/ from, e.g.
 *   CCHC_URL_PROD=https://intranet.example.vn/cchc/ npm run build
 * The build fails if the value is not an https URL or if any localhost URL is left.
 */
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const packageJson = require("./package.json");
const { inlineScriptHashes } = require("./scripts/webpack/csp");
const { SinglePagePlugin } = require("./scripts/webpack/single-page-plugin");

const DEFAULT_URL_PROD = "https://cchc.thainguyen.gov.vn/addin/";

/*
 * Content-Security-Policy of the task pane, as a <meta> tag in taskpane.html and a header from the
 * dev server: scripts only from the add-in's own host and Microsoft's office.js CDN, no eval, no
 * plugins, nothing sent anywhere else. style-src needs 'unsafe-inline': Fluent UI's Griffel
 * inserts <style> elements at run time (a nonce would need a server per request; the files are
 * static). tests/security-bundle.test.ts checks the built page runs under it.
 */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** taskpane.html's one inline script, the notice for webviews that cannot run the pane (IE, old Edge). */
const TASKPANE_SCRIPT_HASHES = inlineScriptHashes(fs.readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8"));

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN} ${TASKPANE_SCRIPT_HASHES.join(" ")}`.trim(),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self' ${OFFICE_CDN}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/*
 * Content-Security-Policy of the web page (dist/cchc-report.html, one self-contained file that
 * works opened from disk or from any web server): nothing from anywhere, its own inline scripts
 * by their hashes (computed when the page is built), its Web Worker from a blob: URL of its own
 * script, no connection at all. style-src 'unsafe-inline' for Fluent UI's Griffel, as in the pane.
 */
function webPagePolicy(scriptHashes) {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Puts the policy's <meta> right after <meta charset>: a policy governs only what comes after it, office.js included. */
class CspMetaPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("CspMetaPlugin", (compilation) =>
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("CspMetaPlugin", (data) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
        if (!/<meta charset[^>]*>/i.test(data.html)) throw new Error(`${data.outputName}: no <meta charset> to put the policy after`);
        // The inline scripts as emitted (after minification) must be those the policy allows.
        const unlisted = inlineScriptHashes(data.html).filter((h) => !TASKPANE_SCRIPT_HASHES.includes(h));
        if (unlisted.length > 0) throw new Error(`${data.outputName}: inline script not allowed by the policy (${unlisted.join(", ")})`);
        return { ...data, html: data.html.replace(/<meta charset[^>]*>/i, (charset) => charset + meta) };
      }),
    );
  }
}
const port = Number(packageJson.config?.dev_server_port ?? 3000);
const devOrigin = `https://localhost:${port}`;
const urlDev = `${devOrigin}/`;

/** The production base URL from CCHC_URL_PROD: https, no query or fragment, ending in "/". */
function productionUrl(value = process.env.CCHC_URL_PROD || DEFAULT_URL_PROD) {
  const url = new URL(value);
  if (url.protocol !== "https:" || url.search || url.hash) {
    throw new Error(`CCHC_URL_PROD must be an https URL without query or fragment, got "${value}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every dev-server URL of the manifest at urlProd; throws if a localhost URL survives. */
function rewriteManifestUrls(xml, urlProd) {
  const rewritten = xml
    .split(urlDev)
    .join(urlProd)
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${new URL(urlProd).origin}</AppDomain>`);
  if (rewritten.includes(devOrigin)) {
    throw new Error(`manifest.xml still names ${devOrigin} after the production rewrite`);
  }
  return rewritten;
}

/** The trusted localhost certificate; created (and installed) on first use by office-addin-dev-certs. */
async function getHttpsOptions() {
  const httpsOptions = await require("office-addin-dev-certs").getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const production = (options.mode ?? "production") === "production";
  const urlProd = production ? productionUrl() : undefined;
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The web page: inlined into cchc-report.html by SinglePagePlugin, not emitted as a file.
      web: "./src/web/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The .xlsx reader (ExcelJS), imported when the user first picks files: xlsx-reader.js.
      chunkFilename: "[name].js",
      clean: true,
    },
    // One chunk for the reader and its ExcelJS; HTML not minified: taskpane.html's inline script
    // must stay as written, for the hash of it in the policy is that of the source.
    optimization: {
      splitChunks: false,
      minimizeOptions: { html: false },
      /*
       * swc minifies the scripts, not webpack's default terser: two of the three scripts hold
       * ExcelJS's prebuilt, already minified bundle (1 MB), which terser takes 14 s to re-minify for
       * a 2 % gain, so a production build took about 60 s, and one runs in every `npm test`. swc
       * does the same in under 2 s and its output is smaller (see docs/PERFORMANCE.md). The licence
       * comments are extracted to <script>.LICENSE.txt as terser's were (SinglePagePlugin reads them).
       */
      minimizer: [new MinimizerPlugin({ minify: { implementation: MinimizerPlugin.swcMinify }, extractComments: true })],
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run lint`'s job (tsc); ES modules let webpack tree-shake.
            options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2020", noEmit: false } },
          },
        },
        // ExcelJS's prebuilt bundle without its Function-constructor fallbacks (see the loader).
        { test: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/, use: path.resolve(__dirname, "scripts/webpack/csp-safe-loader.js") },
        // Its process.nextTick shim scheduled on a MessageChannel, not setTimeout (see the loader).
        { test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/, use: path.resolve(__dirname, "scripts/webpack/exceljs-tick-loader.js") },
      ],
    },
    // No `global` shim: webpack's shim falls back to `new Function("return this")`, which the CSP forbids.
    node: { global: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Not minified: the inline script must stay as written, its hash in the policy is the source's.
        minify: false,
      }),
      new CspMetaPlugin(),
      new SinglePagePlugin({
        entry: "web",
        template: path.resolve(__dirname, "src/web/index.html"),
        filename: "cchc-report.html",
        policy: webPagePolicy,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return urlProd ? rewriteManifestUrls(content.toString(), urlProd) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      },
      server: {
        type: "https",
        // Only `webpack serve` needs the certificate; a plain build must not try to install one.
        options: env.WEBPACK_SERVE ? await getHttpsOptions() : {},
      },
      port,
    },
  };
};

// For tests/manifest.test.ts, which checks the production manifest without running webpack.
module.exports.productionUrl = productionUrl;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.inlineScriptHashes = inlineScriptHashes;
