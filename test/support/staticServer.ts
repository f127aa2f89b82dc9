import http from "node:http";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_NPM = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

export interface ServeOptions {
  /**
   * Serves office.js from the npm package under /office-js/ and points HTML pages there instead
   * of Microsoft's CDN, so a page needs no request interception (scripts/bench-pane.ts).
   */
  localOfficeJs?: boolean;
}

/** Serves a folder over plain HTTP on 127.0.0.1 (a random free port) for browser tests. */
export function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const office = options.localOfficeJs && pathname.startsWith("/office-js/");
    const base = office ? OFFICE_NPM : root;
    const rest = office ? pathname.slice("/office-js".length) : pathname;
    const file = path.join(base, path.normalize(rest).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    if (options.localOfficeJs && path.extname(file) === ".html") {
      res.writeHead(200, { "Content-Type": type });
      res.end(readFileSync(file, "utf8").split(OFFICE_CDN).join("/office-js/"));
      return;
    }
    res.writeHead(200, { "Content-Type": type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
