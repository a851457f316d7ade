/**
 * The order the test files start in. On two cores a run ends when its longest files do, so they
 * start first:
 *   1. the few files that take a minute or near it, longest first (LONGEST below);
 *   2. the rest of the projects whose every file is long (LibreOffice, Office.js, integration);
 *   3. everything else;
 *   4. the browser project last: its globalSetup builds the bundle meanwhile, beside the others.
 * Within each group Jest's default order (failed first, then slowest in its cache of timings, or
 * largest first without one, as on a fresh clone in CI).
 */
const Sequencer = require("@jest/test-sequencer").default;

/** Path endings of the longest files, longest first (measured with `npx jest --json`; a stale entry only changes the order). */
const LONGEST = [
  "tests/hostile-properties.test.ts",
  "tests/libreoffice-layout.test.ts",
  "tests/officejs/across.test.ts",
  "tests/officejs/actions.test.ts",
  "tests/hostile-corpus.test.ts",
  "tests/integration/excel-compare.test.ts",
];
const LONG_PROJECTS = new Set(["libreoffice", "officejs", "integration"]);

const project = (test) => test.context.config.displayName?.name;
const posix = (path) => path.split("\\").join("/");

function group(test) {
  if (project(test) === "browser") return LONGEST.length + 2;
  const longest = LONGEST.findIndex((end) => posix(test.path).endsWith(end));
  if (longest >= 0) return longest;
  return LONG_PROJECTS.has(project(test)) ? LONGEST.length : LONGEST.length + 1;
}

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = new Map(sorted.map((t, i) => [t, i]));
    return [...sorted].sort((a, b) => group(a) - group(b) || rank.get(a) - rank.get(b));
  }
}

module.exports = LongestFirstSequencer;
