/**
 * Lints the cases given as JSON on standard input with the project's ESLint config and prints
 * each case's messages as JSON. A case with `code` is linted as if it were the file `filePath`
 * (which need not exist: type checking and the cycle check are off for such files, being
 * outside TypeScript's project and off the disk); a case without `code` lints the file on disk. Run by tests/lint-layers.test.ts in a
 * child process: ESLint loads its config with import(), which Jest's module sandbox refuses.
 */
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const cases = JSON.parse(input);

const virtual = cases.filter((c) => c.code !== undefined).map((c) => c.filePath);
const eslint = new ESLint({
  cwd: process.cwd(),
  // The fixtures' folder is ignored by `npm run lint`; here it is linted on purpose.
  ignore: false,
  // The cycle check reads the imported files from disk and cannot place a file that is not there:
  // the cycle case is a pair of real files.
  overrideConfig: virtual.length
    ? [
        { ...tseslint.configs.disableTypeChecked, files: virtual },
        { files: virtual, rules: { "import/no-cycle": "off" } },
      ]
    : [],
});

const out = [];
for (const c of cases) {
  const results = c.code === undefined ? await eslint.lintFiles([c.filePath]) : await eslint.lintText(c.code, { filePath: c.filePath });
  out.push({
    filePath: c.filePath,
    messages: results.flatMap((r) => r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message }))),
  });
}
process.stdout.write(JSON.stringify(out));
