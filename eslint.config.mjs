// Type-aware ESLint: floating promises caught everywhere; Office.js sync-in-loop and
// load-before-read caught by eslint-plugin-office-addins in the Excel adapter.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "artifacts/", "coverage/", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-navigational-load": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The core stays pure: no host, UI or file-system imports.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "exceljs", "react", "react-dom", "@fluentui/*", "../xlsx/*", "../excel/*", "../cli/*"] },
      ],
    },
  },
  prettier,
);
