// `npm run test:seeds`: runs the opt-in suite that needs the original seed documents, or says
// plainly that it was skipped when they are not there. Extra arguments go to jest.
import { existsSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.IKI_SEEDS_DIR ?? path.resolve(root, "../shared/seeds");
if (!existsSync(dir) || !readdirSync(dir).some((f) => /^\d{3}_.*\.txt$/.test(f))) {
  console.log(
    `Dilewati: dokumen seed asli tidak ada di ${dir} (atur IKI_SEEDS_DIR). Pengujian lain tidak memerlukannya.`
  );
  process.exit(0);
}
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const r = spawnSync(
  process.execPath,
  [jest, "-c", "jest.seeds.config.js", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" }
);
process.exit(r.status ?? 1);
