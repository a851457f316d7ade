#!/usr/bin/env node
/*
 * Builds the corpus of bad unit workbooks (scripts/corpus/make-corpus.ts) into a folder, default
 * out/corpus (git ignores out/), with the LibreOffice variants when soffice is installed:
 *   node scripts/corpus/run.js [folder]
 * then, for instance: npx cchc-report consolidate out/corpus --period 2025-Y --out out/corpus-report.xlsx
 * TypeScript is compiled on the fly with the project's own compiler (no ts-node needed).
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
  });
  module._compile(outputText, filename);
};

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, "../../out/corpus"));
require("./make-corpus.ts")
  .makeCorpus(dir)
  .then((corpus) => {
    for (const f of corpus.files)
      console.log(`${f.file}\t${f.expect.status}${"kind" in f.expect ? ` (${f.expect.kind})` : ""}\t${f.title}`);
    if (corpus.libreoffice) console.log(`${corpus.libreoffice.files.length} files re-saved by LibreOffice in ${corpus.libreoffice.dir}`);
    console.log(`${corpus.files.length} files in ${dir}`);
  })
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
