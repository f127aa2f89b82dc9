/* The repository says what it is: a LICENSE matching package.json, every script in the README. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const readme = readFileSync(path.join(root, "README.md"), "utf8");

describe("project files", () => {
  it("LICENSE is the license package.json names", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(path.join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  });

  it.each(Object.keys(pkg.scripts).filter((s) => s !== "prepare" && s !== "test" && s !== "start"))(
    "the README lists npm run %s",
    (script) => {
      expect(readme).toContain(`npm run ${script}`);
    }
  );

  it("the README names npm start, npm test and the prepare build", () => {
    expect(readme).toContain("`npm start`");
    expect(readme).toContain("`npm test`");
    expect(readme).toContain("`prepare`");
  });
});

describe("ASISTEN_IKI_URL", () => {
  const load = (value: string) => {
    try {
      return {
        out: execFileSync(
          process.execPath,
          ["-e", "process.stdout.write(require('./scripts/urls.cjs').urlProd)"],
          {
            cwd: root,
            env: { ...process.env, ASISTEN_IKI_URL: value },
            encoding: "utf8",
            stdio: "pipe",
          }
        ),
        code: 0,
        err: "",
      };
    } catch (e) {
      const x = e as { status: number; stderr: string };
      return { out: "", code: x.status, err: x.stderr };
    }
  };
  it.each([
    ["", "https://asisten-iki.lumajangkab.go.id/"],
    ["https://iki.contoh.go.id", "https://iki.contoh.go.id/"],
    ["https://iki.contoh.go.id/asisten", "https://iki.contoh.go.id/asisten/"],
    [" https://iki.contoh.go.id/asisten/ ", "https://iki.contoh.go.id/asisten/"],
  ])("%j is used as %s", (value, expected) => expect(load(value).out).toBe(expected));
  it.each([
    ["http://iki.contoh.go.id/", "harus https"],
    ["iki.contoh.go.id", "bukan URL"],
    ["https://iki.contoh.go.id/?a=1", "tidak boleh memuat ? atau #"],
  ])("%j is refused with one line: %s", (value, message) => {
    const r = load(value);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("a port in use", () => {
  it("npm run demo says which port and how to choose another, in one line", async () => {
    const net = await import("node:net");
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, [path.join(root, "scripts/demo.mjs"), "--tanpa-build"], {
      env: { ...process.env, PORT: String(port) },
      encoding: "utf8",
      timeout: 20_000,
    });
    server.close();
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `Port ${port} sudah dipakai program lain. Hentikan program itu, atau pilih port lain: PORT=${port + 1} npm run demo`
    );
  });
});

describe("the demo server (npm run demo, and npm start, which runs it too)", () => {
  it("answers malformed addresses with 400 and keeps serving", async () => {
    const net = await import("node:net");
    const http = await import("node:http");
    const { spawn } = await import("node:child_process");
    const free = net.createServer();
    await new Promise<void>((resolve) => free.listen(0, "127.0.0.1", resolve));
    const port = (free.address() as { port: number }).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const server = spawn(process.execPath, [path.join(root, "scripts/demo.mjs"), "--tanpa-build"], {
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on("data", (d: Buffer) => d.toString().includes("http://127.0.0.1") && resolve());
        server.on("exit", (code) => reject(new Error(`demo berhenti (${code})`)));
      });
      const status = (p: string) =>
        new Promise<number>((resolve, reject) =>
          http.get({ host: "127.0.0.1", port, path: p }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          }).on("error", reject)
        );
      expect(await status("/%")).toBe(400);
      expect(await status("/%E0%A4%A")).toBe(400);
      expect(await status("/a%00b")).toBe(400);
      expect(await status("/../package.json")).toBe(404);
      expect(await status("/%2e%2e/package.json")).toBe(404);
      expect(server.exitCode).toBeNull();
      expect([200, 404]).toContain(await status("/"));
    } finally {
      server.kill();
    }
  }, 30_000);
});
