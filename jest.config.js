/**
 * The tests in seven projects, chosen by path so a new test file lands in one without listing it:
 *   browser      tests/browser/** and tests/*bundle*.test.ts: the production bundle in Chromium,
 *                built once per run (and cached by sources) by the project's globalSetup;
 *   libreoffice  tests/libreoffice*.test.ts and the hostile corpus (its setup re-saves files
 *                with LibreOffice): headless soffice;
 *   adapters     the Excel adapter on the in-memory host (tests/excel*, tests/host*), .xlsx
 *                files (tests/xlsx*, roundtrip, reading back), the command line, the manifest,
 *                and the hostile properties as grids and through .xlsx files;
 *   integration  tests/integration/**: one action end to end through two front ends compared (the
 *                add-in's template, consolidation, comparison, evaluation against the command
 *                line's; both readers on the hostile corpus; the command line across five years
 *                of reports on disk), the add-in on noisy workbooks, and its syncs at 50 and 100
 *                units;
 *   officejs     tests/officejs/**: the adapter's requests through Microsoft's own Office.js
 *                clients (web, Windows, Mac) at up to a province's and 1,000 units' scale;
 *   lint         tests/lint*.test.ts: the project's ESLint config run over code it must reject;
 *   core         every other test file: the pure core and the task pane's pure model.
 * `npm test` (and CI) runs all seven; `npm run test:unit` runs core and adapters, the inner loop:
 * each adapter on the in-memory host and small files, without the end-to-end comparisons and the
 * minute Microsoft's clients take at scale. It runs Jest under `node --single-threaded` (the
 * workers inherit the flag): on two cores, two workers already keep both busy, and V8's background
 * compiler and garbage-collector threads only take turns with the other worker. Eight alternating
 * pairs here: 34.0 s mean without the flag, 31.6 s with it, faster in seven.
 *
 * One run builds the production bundle once: the browser project's globalSetup starts the build,
 * the other tests run meanwhile, the browser tests run last (tests/helpers/sequencer.js) and wait
 * for it.
 */
const { availableParallelism } = require("node:os");

const BROWSER = ["tests/browser/**/*.test.ts", "tests/*bundle*.test.ts"];
const LIBREOFFICE = ["tests/libreoffice*.test.ts", "tests/hostile-corpus.test.ts"];
const LINT = ["tests/lint*.test.ts"];
const OFFICEJS = ["tests/officejs/**/*.test.ts"];
const INTEGRATION = ["tests/integration/**/*.test.ts"];
const ADAPTERS = ["tests/{excel,xlsx,host,cli,manifest,roundtrip,hostile}*.test.ts"];

const under = (patterns) => patterns.map((p) => `<rootDir>/${p}`);
// Jest expands <rootDir> only at the start of a pattern, so the exclusions match from anywhere.
const not = (patterns) => patterns.map((p) => `!**/${p}`);

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only; `npm run lint` type-checks once.
    "^.+\\.tsx?$": "ts-jest",
  },
};

// `npm run test:unit` is the inner loop: the same tests, the large property tests with fewer cases
// (each test reads its count from these variables; `npm test` and CI run the full counts).
if (process.env.npm_lifecycle_event === "test:unit") {
  process.env.CCHC_HOSTILE_RUNS ??= "25";
  process.env.CCHC_HOSTILE_XLSX_RUNS ??= "2";
  // read-plan's fixed seed reaches every reading path it asserts within 60 runs.
  process.env.CCHC_PLAN_RUNS ??= "60";
  process.env.CCHC_PLAN_HOST_RUNS ??= "5";
  process.env.CCHC_PROPERTY_RUNS ??= "5";
}

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: "core",
      testMatch: ["<rootDir>/tests/**/*.test.ts", ...not([...BROWSER, ...LIBREOFFICE, ...LINT, ...ADAPTERS, ...OFFICEJS, ...INTEGRATION])],
    },
    { ...common, displayName: "adapters", testMatch: [...under(ADAPTERS), ...not([...BROWSER, ...LIBREOFFICE, ...LINT])] },
    { ...common, displayName: "integration", testMatch: under(INTEGRATION) },
    { ...common, displayName: "officejs", testMatch: under(OFFICEJS) },
    { ...common, displayName: "libreoffice", testMatch: under(LIBREOFFICE) },
    { ...common, displayName: "lint", testMatch: under(LINT) },
    { ...common, displayName: "browser", testMatch: under(BROWSER), globalSetup: "<rootDir>/tests/browser/global-setup.ts" },
  ],
  testSequencer: "<rootDir>/tests/helpers/sequencer.js",
  // At least two workers: with one (Jest's default on two cores) Jest runs every test in its own
  // process, one core stays idle, and the bundle built there would hold the tests up.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testTimeout: 30000,
};
