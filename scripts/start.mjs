// `npm start`: serve the add-in on https://localhost:3000 and sideload it where the platform
// allows it (Excel desktop on Windows and macOS, through Microsoft's office-addin-debugging).
// On Linux and in CI sideloading is impossible: the server still runs and the steps for
// Excel on the web are printed.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { ensurePortFree } from "./lib/ports.mjs";

const require = createRequire(import.meta.url);
const { urlDev, devServerPort } = require("./urls.cjs");
const demoPort = Number(process.env.PORT || 3100);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
// office-addin-debugging is fetched on demand: its dependency chain needs a native keychain
// module (keytar) that cannot be built on a plain Linux machine, so it is not in package.json.
const DEBUGGING = "office-addin-debugging@7.0.0";

// Both ports are checked before anything starts, so a port in use is one line, not a stack trace.
await ensurePortFree(devServerPort, "localhost", "DEV_SERVER_PORT", "npm start");
await ensurePortFree(demoPort, "127.0.0.1", "PORT", "npm start");

const children = [];
let stopping = false;

/** Stops every child with the same signal (Ctrl+C and SIGTERM alike), then exits. */
function stopAll(signal, code) {
  if (stopping) return;
  stopping = true;
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  setTimeout(() => process.exit(code), 200).unref();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAll(signal, 0));
// `kill <npm>` (SIGTERM to npm alone) ends npm without passing the signal on; this script then
// sees its parent change and stops its children too, instead of leaving servers behind. npm 11
// runs scripts through `sh -c`, which outlives npm: on Linux the parent's parent is watched too.
const parent = process.ppid;
const parentOf = (pid) => {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after ")".
    return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
  } catch {
    return undefined;
  }
};
const grandparent = process.platform === "linux" ? parentOf(parent) : undefined;
setInterval(() => {
  if (process.ppid !== parent) stopAll("SIGTERM", 0);
  else if (grandparent !== undefined && grandparent > 1 && parentOf(parent) !== grandparent)
    stopAll("SIGTERM", 0);
}, 500).unref();
process.on("exit", () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
});

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  children.push(child);
  child.on("exit", (code) => stopAll("SIGTERM", code ?? 0));
  return child;
}

// The browser demo (the real task pane beside a simulated workbook) runs alongside, so the add-in
// can be tried where no Excel exists.
const demo = spawn(process.execPath, [fileURLToPath(new URL("./demo.mjs", import.meta.url))], {
  stdio: "inherit",
});
children.push(demo);

if (process.platform === "win32" || process.platform === "darwin") {
  // Starts `npm run dev-server` itself, waits for it, then sideloads manifest.xml into Excel.
  run(npx, ["--yes", DEBUGGING, "start", "manifest.xml", "desktop"]);
} else {
  run(process.execPath, [
    fileURLToPath(new URL("../node_modules/webpack-cli/bin/cli.js", import.meta.url)),
    "serve",
    "--mode",
    "development",
  ]);
  const certDir = `${os.homedir()}/.office-addin-dev-certs`;
  console.log(`
================================================================================
 Asisten IKI dilayani di ${urlDev}taskpane.html
 Sideload otomatis tidak tersedia di ${process.platform}. Pakai Excel di web:
  1. Percayai sertifikat pengembangan: impor ${certDir}/ca.crt ke peramban
     (Chrome/Edge: Setelan > Privasi > Keamanan > Kelola sertifikat > Otoritas),
     lalu buka ${urlDev}taskpane.html sekali; halaman harus tampil tanpa peringatan.
  2. Buka https://www.office.com, buat atau buka buku kerja Excel.
  3. Beranda (Home) > Add-in > Add-in lainnya > Add-in Saya >
     Unggah Add-in Saya (Upload My Add-in) > pilih manifest.xml dari folder ini.
  4. Tombol "Asisten IKI" muncul di tab Beranda; =IKI.PERSEN(...) dapat diketik.
 Tanpa Excel: coba demo di http://127.0.0.1:${process.env.PORT || 3100}/ (panel asli + buku kerja simulasi).
 Hentikan server dengan Ctrl+C.
================================================================================
`);
}
