#!/usr/bin/env node
// iki-cek runs the JavaScript built by `npm ci` (the prepare script) or `npm run build:cli`.
const { existsSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const built = path.join(__dirname, "..", "dist-cli", "iki-cek.mjs");
// The worker threads of `periksa` on many files run this built script.
process.env.IKI_CEK_PEKERJA = path.join(__dirname, "..", "dist-cli", "pekerja.mjs");
if (!existsSync(built)) {
  process.stderr.write("iki-cek belum dibangun. Jalankan: npm run build:cli\n");
  process.exit(2);
}

/** Why output could not be written, in Indonesian, by the system's error code. */
function outputProblem(error) {
  switch (error && error.code) {
    case "ENOSPC":
      return "disk penuh";
    case "EDQUOT":
      return "kuota disk habis";
    case "EIO":
      return "galat masukan/keluaran pada perangkat";
    case "EBADF":
      return "keluaran sudah ditutup";
    case "EACCES":
    case "EPERM":
      return "tidak ada izin menulis";
    default:
      return `galat sistem ${(error && error.code) || "tanpa kode"}`;
  }
}

// Output piped into a program that stops reading (`iki-cek ... | head`) ends quietly. Any other
// failure to write the output (a full disk, `> /dev/full`) says so in Indonesian and exits 2: the
// report is incomplete, which is neither "no findings" (0) nor "findings" (1).
let failed = false;
function outputFailed(stream, error) {
  if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  if (failed) process.exit(2);
  failed = true;
  const which = stream === process.stderr ? "pesan galat" : "keluaran";
  try {
    if (stream !== process.stderr)
      process.stderr.write(`iki-cek: ${which} tidak dapat ditulis (${outputProblem(error)}); hasilnya tidak lengkap.\n`);
  } catch {
    // stderr is gone too: the exit code alone says it.
  }
  process.exit(2);
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => outputFailed(stream, error));
  // Writes to a file are synchronous: a full disk throws from write() itself.
  const write = stream.write.bind(stream);
  stream.write = (...args) => {
    try {
      return write(...args);
    } catch (error) {
      outputFailed(stream, error);
      return false;
    }
  };
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
