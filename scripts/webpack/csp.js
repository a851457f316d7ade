/** Content-Security-Policy helpers shared by the task pane's and the web page's builds (webpack.config.js). */
const crypto = require("node:crypto");

/**
 * The CSP sources of the inline scripts of a page: 'sha256-…' of each script's text, as browsers
 * hash it. HTML comments are skipped first: a "<script>" written in a comment is no script.
 */
function inlineScriptHashes(html) {
  return [...html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
  );
}

module.exports = { inlineScriptHashes };
