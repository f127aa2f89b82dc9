import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";

/** The browser tests run against the production build; build it when it is missing. */
export default function globalSetup(): void {
  const root = path.resolve(__dirname, "../..");
  if (!existsSync(path.join(root, "dist/taskpane.html"))) {
    console.log("dist/ belum ada: menjalankan npm run build...");
    execSync("npm run build", { cwd: root, stdio: "inherit" });
  }
}
