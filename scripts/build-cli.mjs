// Builds iki-cek to JavaScript (dist-cli/iki-cek.mjs), run by `npm ci` (prepare) and by
// `npm run build:cli`. One CommonJS bundle of the project's own code; npm packages (exceljs, ajv,
// ...) stay external and are required only by the command that needs them, because each command
// is imported lazily (esbuild keeps such modules uninitialised until imported). mathjs is the
// exception: its CommonJS entry builds every function at load (~250 ms), so its ES modules are
// bundled and tree-shaken down to the few node and operator factories the formula comparison uses.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { dependencies } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const external = Object.keys(dependencies).filter((name) => name !== "mathjs");
const started = performance.now();
// `--out DIR` (tests): build beside dist-cli, into DIR under the repository (so the external
// packages resolve), leaving dist-cli alone.
const outIndex = process.argv.indexOf("--out");
const outdir = path.join(root, outIndex > 0 ? process.argv[outIndex + 1] : "dist-cli");
// Chunk names carry a content hash: remove the previous build so no stale chunk stays behind.
rmSync(outdir, { recursive: true, force: true });
await build({
  // The command, and the worker thread of `periksa` on many files (issue #31).
  entryPoints: {
    "iki-cek": path.join(root, "src/cli/main.ts"),
    pekerja: path.join(root, "src/cli/periksaWorker.ts"),
  },
  outdir,
  entryNames: "[name]",
  chunkNames: "bagian-[hash]",
  outExtension: { ".js": ".mjs" },
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external,
  mainFields: ["module", "main"],
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
});
if (!process.argv.includes("--quiet")) {
  console.log(
    `iki-cek dibangun ke dist-cli/iki-cek.mjs (${Math.round(performance.now() - started)} ms).`
  );
}
