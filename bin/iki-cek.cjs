#!/usr/bin/env node
// iki-cek runs the JavaScript built by `npm ci` (the prepare script) or `npm run build:cli`.
const { existsSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const built = path.join(__dirname, "..", "dist-cli", "iki-cek.mjs");
if (!existsSync(built)) {
  process.stderr.write("iki-cek belum dibangun. Jalankan: npm run build:cli\n");
  process.exit(2);
}

// Output piped into a program that stops reading (`iki-cek ... | head`) ends quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

import(pathToFileURL(built).href)
  .then((cli) => cli.main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`Kesalahan tak terduga: ${error && error.message}\n`);
      process.exitCode = 2;
    }
  );
