import path from "node:path";
import { mkdirSync, readFileSync } from "node:fs";
import { Browser } from "playwright-core";
import { launchChromium, isolate } from "../support/browser";
import { serveFolder, StaticServer } from "../support/staticServer";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const output = path.join(root, "test/output");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(dist);
  browser = await launchChromium();
  mkdirSync(output, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane in Chromium (built dist/, office.js from npm, no internet)", () => {
  it("renders the Fungsi panel from the generated functions.json", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 720 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const refused = await isolate(page);

    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "Asisten IKI" }).waitFor();
    await page.getByRole("tab", { name: "Fungsi" }).click();

    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8"));
    for (const fn of metadata.functions) {
      const card = page.getByTestId(`fungsi-${fn.id}`);
      await card.waitFor();
      expect(await card.textContent()).toContain(`=IKI.${fn.name}(`);
    }
    // Office.onReady resolved outside Office, and no script failed.
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);

    await page.screenshot({ path: path.join(output, "panel-fungsi.png"), fullPage: true });
    await page.close();
  });
});
