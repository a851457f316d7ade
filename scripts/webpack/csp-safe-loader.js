/*
 * A webpack loader for ExcelJS's prebuilt browser bundle (exceljs/dist/exceljs.min.js), so that the
 * task pane runs under a Content-Security-Policy without 'unsafe-eval'. The bundle carries
 * polyfills that reach for the Function constructor, each only as a last resort that no browser
 * hosting the add-in takes (all have globalThis and setImmediate is never given a string):
 *   Function("return this")()                  -> globalThis   (core-js and lodash finding the global)
 *   new Function("" + callback)                -> a TypeError  (setImmediate given a string of code)
 *   Function("r", "regeneratorRuntime = r")(x) -> globalThis.regeneratorRuntime = x
 * The build fails if any Function constructor or eval is left, so a new ExcelJS cannot bring one back
 * silently (tests/security-bundle.test.ts checks the built files too).
 */
const REPLACEMENTS = [
  [/(?<![\w$.])Function\("return this"\)\(\)/g, "globalThis"],
  [/new Function\(""\s*\+\s*[\w$]+\)/g, '(function(){throw new TypeError("setImmediate needs a function")})'],
  [/(?<![\w$.])Function\("r",\s*"regeneratorRuntime = r"\)\(([\w$]+)\)/g, "(globalThis.regeneratorRuntime=$1)"],
];

const LEFT = /(?<![\w$.])(?:new\s+)?Function\s*\(|(?<![\w$.])eval\s*\(/;

module.exports = function cspSafeLoader(source) {
  let out = source;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  const left = LEFT.exec(out);
  if (left) {
    const around = out.slice(Math.max(0, left.index - 60), left.index + 60);
    throw new Error(`csp-safe-loader: ${this.resourcePath} still calls eval or the Function constructor near: ${around}`);
  }
  return out;
};
