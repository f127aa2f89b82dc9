// `npm run demo`: builds the browser demo (the real task pane beside a simulated workbook) and
// serves it on http://127.0.0.1:3100 (PORT overrides). Works with no Excel and no internet.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { portInUseMessage } from "./lib/ports.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist-demo");
const port = Number(process.env.PORT || 3100);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT=${process.env.PORT} bukan nomor port (1-65535).`);
  process.exit(2);
}
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

if (!process.argv.includes("--tanpa-build")) {
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const built = spawnSync(
    process.execPath,
    [webpack, "-c", path.join(root, "webpack.demo.config.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    }
  );
  if (built.status !== 0) {
    console.error("Build demo gagal.");
    process.exit(built.status ?? 1);
  }
}

http
  .createServer((req, res) => {
    // A malformed address ("/%", "/%E0%A4%A", a NUL byte) is answered 400 and the server keeps
    // serving: one bad request must not stop the demo, nor `npm start`, which runs it too.
    let file;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      if (pathname.includes("\0")) throw new URIError("NUL");
      file = path.join(dist, pathname === "/" ? "index.html" : path.normalize(pathname));
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("alamat tidak sah");
      return;
    }
    if (!file.startsWith(dist + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("tidak ditemukan");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  })
  .on("error", (error) => {
    console.error(
      error.code === "EADDRINUSE" || error.code === "EACCES"
        ? portInUseMessage(port, "PORT", "npm run demo")
        : `Demo tidak dapat dilayani: ${error.message}`
    );
    process.exit(2);
  })
  .listen(port, "127.0.0.1", () => {
    console.log(`Demo Asisten IKI (tanpa Excel): http://127.0.0.1:${port}/`);
  });
