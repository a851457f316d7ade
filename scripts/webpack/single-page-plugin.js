/*
 * Builds the web page as one self-contained HTML file (dist/cchc-report.html): the entry's
 * script, once minified, is put inline in the page's template, and the page gets its
 * Content-Security-Policy as a <meta> right after <meta charset>, allowing the inline scripts by
 * their sha256 (computed here from the text as emitted) and nothing from anywhere else. The
 * entry's .js, source map and licence file are not emitted: the licences of the bundled
 * libraries go into the page itself, as a comment at its end.
 *
 * The build fails if the entry needs more than one script (a chunk loaded later cannot be
 * loaded by a page opened from disk). Text in the script that would end or confuse the element
 * it goes into ("</script", "<!--") is escaped.
 */
const { Compilation, sources } = require("webpack");
const { inlineScriptHashes } = require("./csp");

const NAME = "SinglePagePlugin";
const PLACEHOLDER = /<script>\s*\/\* CCHC_PAGE_SCRIPT \*\/\s*<\/script>/;

class SinglePagePlugin {
  /**
   * @param {{ entry: string, template: string, filename: string, policy: (scriptHashes: string[]) => string }} options
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { entry, template, filename, policy } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        const files = [...(compilation.entrypoints.get(entry)?.getFiles() ?? [])];
        const scripts = files.filter((f) => f.endsWith(".js"));
        if (scripts.length !== 1) throw new Error(`${NAME}: entry "${entry}" must be one script, got ${scripts.join(", ") || "none"}`);
        const [script] = scripts;
        const code = compilation
          .getAsset(script)
          .source.source()
          .toString()
          .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "")
          .replace(/^\/\*! For license information please see \S+ \*\/\n?/, "")
          // "</script" would end the element, "<!--" change how the HTML parser reads it. Both can only
          // sit in strings, regular expressions, template literals or comments, where \x3C means "<".
          .replace(/<(\/script|!--)/gi, "\\x3C$1");
        const licenceFile = `${script}.LICENSE.txt`;
        const licences = compilation.getAsset(licenceFile)?.source.source().toString() ?? "";
        if (/--!?>/.test(licences)) throw new Error(`${NAME}: the licence notes hold "-->", which would end their HTML comment`);
        const templateHtml = require("node:fs").readFileSync(template, "utf8");
        if (!PLACEHOLDER.test(templateHtml)) throw new Error(`${NAME}: ${template} has no placeholder script for the page's code`);
        // A function as replacement: "$" in the code must not be read as a replacement pattern.
        let html = templateHtml.replace(PLACEHOLDER, () => `<script>${code}</script>`);
        if (licences)
          html = html.replace(
            /<\/html>\s*$/,
            () => `</html>\n<!--\nLicences of the libraries in this page's script:\n\n${licences}\n-->\n`,
          );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScriptHashes(html))}">`;
        if (!/<meta charset[^>]*>/i.test(html)) throw new Error(`${NAME}: ${template} has no <meta charset> to put the policy after`);
        html = html.replace(/<meta charset[^>]*>/i, (charset) => charset + meta);
        compilation.emitAsset(filename, new sources.RawSource(html));
        for (const f of [script, `${script}.map`, licenceFile]) if (compilation.getAsset(f)) compilation.deleteAsset(f);
      });
    });
  }
}

module.exports = { SinglePagePlugin };
