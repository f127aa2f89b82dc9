#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx iki-cek` works right after
// `npm ci` with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Kesalahan tak terduga: ${error && error.message}\n`);
    process.exitCode = 2;
  }
);
