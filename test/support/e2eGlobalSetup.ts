import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";

/** The browser tests run against the production builds (add-in and demo); build what is missing. */
export default function globalSetup(): void {
  const root = path.resolve(__dirname, "../..");
  if (!existsSync(path.join(root, "dist/taskpane.html"))) {
    console.log("dist/ belum ada: menjalankan npm run build...");
    execSync("npm run build", { cwd: root, stdio: "inherit" });
  }
  if (!existsSync(path.join(root, "dist-demo/index.html"))) {
    console.log("dist-demo/ belum ada: membangun demo...");
    execSync("npx webpack -c webpack.demo.config.js --mode production", { cwd: root, stdio: "inherit" });
  }
}
