/**
 * Golden consolidation sets (tests/golden/<set>/): the inputs described in case.json, the expected
 * summary JSON in expected.json beside them. Each set is built as grids (no files) and, where
 * case.json says so, as real .xlsx files written by ExcelJS and read back; both must give
 * expected.json exactly. Figures checked by hand are in case.json's "hand" and hold independently
 * of expected.json, so regenerating it cannot silently change them.
 *
 * Regenerate deliberately, then review the diff: UPDATE_GOLDEN=1 npx jest tests/consolidate-golden.test.ts
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type ConsolidatedReport } from "../src/core/consolidate/consolidate";
import type { Issue } from "../src/core/check/issues";
import { summaryJson, type SummaryJson } from "../src/core/consolidate/summary";
import type { SourceInput } from "../src/core/consolidate/submissions";
import { parsePeriod } from "../src/core/programme/period";
import { caseBundle, caseSources, expectedPath, GOLDEN_DIR, gridInputs, loadCase, xlsxInputs } from "./golden/cases";

const UPDATE = process.env.UPDATE_GOLDEN === "1";

const sets = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(GOLDEN_DIR, d.name, "case.json")))
  .map((d) => d.name)
  .sort();

/** As written to and read from expected.json. */
const asJson = (s: SummaryJson): unknown => JSON.parse(JSON.stringify(s)) as unknown;

/** Writes JSON as the repository's Prettier formats it, so a regenerated file passes `prettier --check`. */
function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
  // Prettier's API loads itself with a dynamic import, which Jest's CommonJS sandbox refuses: run its CLI.
  execFileSync(process.execPath, [require.resolve("prettier/bin/prettier.cjs"), "--write", "--log-level", "warn", path]);
}

function readExpected(dir: string): unknown {
  const path = expectedPath(dir);
  if (!existsSync(path)) throw new Error(`${path} is missing: generate it with UPDATE_GOLDEN=1 npx jest tests/consolidate-golden.test.ts`);
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

test("the golden folder holds the five sets", () => {
  expect(sets).toEqual([
    "a-clean-departments-2025-H1",
    "b-submission-problems-2025-H1",
    "c-merged-department-2025-Y",
    "d-district-wrong-period-2024-Y",
    "e-commune-level-targets-2025-Y",
  ]);
});

describe.each(sets)("golden set %s", (name) => {
  const dir = join(GOLDEN_DIR, name);
  const spec = loadCase(dir);
  const bundle = caseBundle(spec);
  const period = parsePeriod(spec.period, bundle.periods);
  const sources = caseSources(spec, bundle);
  const run = (inputs: readonly SourceInput[]): ConsolidatedReport => consolidate(inputs, bundle, period);
  let report: ConsolidatedReport;

  beforeAll(async () => {
    report = run(await gridInputs(sources));
    if (UPDATE) writeJson(expectedPath(dir), summaryJson(report));
  });

  test("unit workbooks built as grids consolidate to expected.json", () => {
    expect(asJson(summaryJson(report))).toEqual(readExpected(dir));
  });

  (spec.xlsx ? test : test.skip)("the same reports as .xlsx files written by ExcelJS consolidate to expected.json", async () => {
    expect(asJson(summaryJson(run(await xlsxInputs(sources))))).toEqual(readExpected(dir));
  });

  test("expected.json holds the figures checked by hand", () => {
    const expected = readExpected(dir) as SummaryJson;
    const { indicators, ...rest } = spec.hand;
    const summaryParts = Object.fromEntries(Object.entries(rest).filter(([k]) => k in expected));
    expect(expected).toMatchObject(summaryParts);
    for (const want of indicators) {
      const found = expected.indicators.filter((i) => i.code === want.code && i.level === want.level);
      expect({ code: want.code, level: want.level, rows: found.length }).toEqual({ code: want.code, level: want.level, rows: 1 });
      expect(found[0]).toMatchObject(want);
    }
  });

  test("the consolidation raises the issues expected by hand, and not those excluded", () => {
    const raised = (want: { code: string } & Record<string, unknown>): boolean => {
      const { code, ...location } = want;
      return report.issues.some(
        (i) => i.code === code && Object.entries(location).every(([k, v]) => i.location[k as keyof Issue["location"]] === v),
      );
    };
    for (const want of spec.hand.issuesInclude) expect({ issue: want, raised: raised(want) }).toEqual({ issue: want, raised: true });
    for (const want of spec.hand.issuesExclude) expect({ issue: want, raised: raised(want) }).toEqual({ issue: want, raised: false });
  });
});

test("the example in docs/SUMMARY.md is taken from a golden expected.json", () => {
  const doc = readFileSync(join(__dirname, "..", "docs", "SUMMARY.md"), "utf8");
  const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
  expect(block).toBeDefined();
  const example = JSON.parse(block ?? "{}") as SummaryJson;
  const golden = readExpected(join(GOLDEN_DIR, "e-commune-level-targets-2025-Y")) as SummaryJson;
  const { indicators, tasks, ...rest } = example;
  expect(rest).toEqual(Object.fromEntries(Object.keys(rest).map((k) => [k, golden[k as keyof SummaryJson]])));
  for (const i of indicators) expect(golden.indicators).toContainEqual(i);
  for (const a of tasks.byArea) expect(golden.tasks.byArea).toContainEqual(a);
  expect(tasks.overdue).toEqual(golden.tasks.overdue);
});
