/*
 * The demo page (dist-demo/, the real pane against the simulated workbook) for browser tests:
 * one server and one Chromium per test file, started and stopped around its tests.
 */
import path from "node:path";
import { mkdirSync } from "node:fs";
import { Browser } from "playwright-core";
import type { DemoWorkbookApi } from "../../src/dev/demoApi";
import { launchChromium } from "./browser";
import { serveFolder, StaticServer } from "./staticServer";

export const root = path.resolve(__dirname, "../..");
/** Where browser tests write their screenshots. */
export const output = path.join(root, "test/output");

/** `window` of the demo page, as code passed to `page.evaluate` sees it. */
export type DemoWindow = Window & { demoWorkbook: DemoWorkbookApi };

/** Serves the demo and launches Chromium before the file's tests; both are closed after them. */
export function demoHarness(): { url: () => string; browser: () => Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(output, { recursive: true });
    server = await serveFolder(path.join(root, "dist-demo"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => server!.url, browser: () => browser! };
}
