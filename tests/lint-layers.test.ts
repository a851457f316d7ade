/**
 * `npm run lint` keeps the layers and the import graph as the architecture says: each case is
 * code that must be rejected (or, the controls, accepted), linted with the project's own ESLint
 * config as if it sat at the path given. Zones are by resolved path, so a core file in a
 * subfolder reaching `../../xlsx` is caught like one directly in src/core.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..");

interface LintCase {
  readonly title: string;
  readonly filePath: string;
  /** The file's text; absent: the fixture file on disk. */
  readonly code?: string;
  /** The rules that must report it; empty for code that must pass. */
  readonly expected: readonly string[];
}

const cases: readonly LintCase[] = [
  {
    title: "a core file in a subfolder importing the .xlsx adapter",
    filePath: "src/core/consolidate/lint-fixture.ts",
    code: 'import { readWorkbookBuffer } from "../../xlsx/read";\nexport const read = readWorkbookBuffer;\n',
    expected: ["import/no-restricted-paths"],
  },
  {
    title: "a core file importing the Excel adapter",
    filePath: "src/core/lint-fixture.ts",
    code: 'import { MARK_COLOR } from "../excel/marks";\nexport const color = MARK_COLOR;\n',
    expected: ["import/no-restricted-paths"],
  },
  {
    title: "a core file in a subfolder importing ExcelJS",
    filePath: "src/core/report/lint-fixture.ts",
    code: 'import ExcelJS from "exceljs";\nexport const workbook = (): ExcelJS.Workbook => new ExcelJS.Workbook();\n',
    expected: ["no-restricted-imports"],
  },
  {
    title: "the Excel adapter importing the task pane",
    filePath: "src/excel/lint-fixture.ts",
    code: 'import { STRINGS } from "../taskpane/strings";\nexport const title = STRINGS.vi.appTitle;\n',
    expected: ["import/no-restricted-paths"],
  },
  {
    title: "a component calling Excel.run",
    filePath: "src/taskpane/LintFixture.tsx",
    code: "export const run = (): Promise<void> => Excel.run(async (context) => context.sync());\n",
    expected: ["no-restricted-globals"],
  },
  {
    title: "a component reading Office through window",
    filePath: "src/taskpane/LintFixture.tsx",
    code: "export const language = (): string => window.Office.context.displayLanguage;\n",
    expected: ["no-restricted-properties"],
  },
  {
    title: "an import cycle",
    filePath: "tests/lint-fixtures/cycle/first.ts",
    expected: ["import/no-cycle"],
  },
  {
    title: "control: the Excel adapter naming Excel's types and importing the core",
    filePath: "src/excel/lint-fixture.ts",
    code: 'import { toA1 } from "../core/a1";\nexport const address = (range: Excel.Range): string => `${range.address}:${toA1(0, 0)}`;\n',
    expected: [],
  },
  {
    title: "control: a core file in a subfolder importing the core",
    filePath: "src/core/consolidate/lint-fixture.ts",
    code: 'import { toA1 } from "../a1";\nexport const first = toA1(0, 0);\n',
    expected: [],
  },
];

let linted: { filePath: string; messages: { ruleId: string | null; line: number; message: string }[] }[] = [];

beforeAll(() => {
  const output = execFileSync(process.execPath, [resolve(ROOT, "tests/lint-fixtures/run-eslint.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(cases.map(({ filePath, code }) => ({ filePath, code }))),
    encoding: "utf8",
  });
  linted = JSON.parse(output) as typeof linted;
}, 180_000);

test.each(cases.map((c, i) => ({ ...c, i })))("$title: $expected", ({ i, expected }) => {
  const messages = linted[i]?.messages ?? [];
  expect({ rules: [...new Set(messages.map((m) => m.ruleId))].sort(), messages }).toEqual({
    rules: [...expected].sort(),
    messages: expect.any(Array) as unknown,
  });
});
