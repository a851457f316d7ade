// Type-aware ESLint: floating promises caught everywhere; Office.js sync-in-loop and
// load-before-read caught by eslint-plugin-office-addins in the Excel adapter; the layers and an
// acyclic import graph kept by eslint-plugin-import (tests/lint-layers.test.ts shows each rule bite).
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

/**
 * Which layer may not import which, by resolved path (so `../../xlsx/read` from a core subfolder
 * is caught as surely as `../xlsx/read`): the core imports no adapter; the adapters import the
 * core and, the Excel adapter, the .xlsx reader; the shared UI (src/ui: React parts and pure
 * models of the task pane and the web page) imports the core only; the task pane imports the
 * Excel adapter and the shared UI, never the other way round; the web page imports the core, the
 * .xlsx adapter and the shared UI; the command line nothing of the add-in or the page.
 */
const LAYERS = [
  {
    target: "./src/core",
    from: ["./src/excel", "./src/xlsx", "./src/taskpane", "./src/cli", "./src/ui", "./src/web"],
    message: "The core stays pure: it imports no adapter.",
  },
  {
    target: "./src/xlsx",
    from: ["./src/excel", "./src/taskpane", "./src/cli", "./src/ui", "./src/web"],
    message: "The .xlsx adapter imports only the core.",
  },
  {
    target: "./src/excel",
    from: ["./src/taskpane", "./src/cli", "./src/ui", "./src/web"],
    message: "The Excel adapter knows nothing of the task pane, the web page or the command line.",
  },
  {
    target: "./src/ui",
    from: ["./src/excel", "./src/xlsx", "./src/taskpane", "./src/cli", "./src/web"],
    message: "The shared UI imports only the core: each app hands it what it needs.",
  },
  {
    target: "./src/taskpane",
    from: ["./src/cli", "./src/xlsx", "./src/web"],
    message: "The task pane reaches files through the Excel adapter's service.",
  },
  {
    target: "./src/web",
    from: ["./src/excel", "./src/taskpane", "./src/cli"],
    message: "The web page runs over the core, the .xlsx adapter and the shared UI: no Office, no Node.",
  },
  {
    target: "./src/cli",
    from: ["./src/excel", "./src/taskpane", "./src/ui", "./src/web"],
    message: "The command line knows nothing of the add-in or the web page.",
  },
];

/** Office.js's globals: used at run time only by src/taskpane/index.tsx (type references such as `Excel.Range` are fine). */
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "OfficeCore", "OfficeRuntime"];
const officeGlobalRule = {
  "no-restricted-globals": [
    "error",
    ...OFFICE_GLOBALS.map((name) => ({
      name,
      message: "Only src/taskpane/index.tsx touches Office.js; take the service (AddinService) instead.",
    })),
  ],
  "no-restricted-properties": [
    "error",
    ...["window", "globalThis", "self"].flatMap((object) =>
      OFFICE_GLOBALS.map((property) => ({ object, property, message: "Only src/taskpane/index.tsx touches Office.js." })),
    ),
  ],
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "out/",
      "artifacts/",
      "coverage/",
      "**/*.js",
      "**/*.mjs",
      // Code that lint must reject, linted on purpose by tests/lint-layers.test.ts.
      "tests/lint-fixtures/",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "office-addins": officeAddins, import: importPlugin },
    settings: {
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
      "import/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import/extensions": [".ts", ".tsx"],
      // The cycle check parses each imported module; packages are outside our graph.
      "import/ignore": ["node_modules"],
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-navigational-load": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // The import graph stays acyclic (type-only imports aside: they vanish at run time).
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: LAYERS }],
    },
  },
  {
    // The core stays pure: no host, UI or file-system packages either.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "exceljs", "react", "react-dom", "@fluentui/*"] }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx"],
    rules: officeGlobalRule,
  },
  prettier,
);
