#!/usr/bin/env node
"use strict";
// A closed pipe (`cchc-report check ... | head`) ends the output quietly.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
// The command line is compiled to lib/ by `npm run build:cli` (run by `npm ci` through `prepare`).
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
