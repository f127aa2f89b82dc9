import path from "node:path";
import { existsSync } from "node:fs";
import { chromium, Browser, Page } from "playwright-core";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_NPM_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with every background network feature off (no internet here). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM_PATH}. Pasang dengan: apt-get install -y chromium (atau set CHROMIUM_PATH).`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...extraArgs,
    ],
  });
}

/**
 * Hosts office.js calls by itself, whatever the add-in does: telemetry, the sign-in library and
 * Office Online services (found in the npm package's dist/*.js). Answered with an empty 204, so
 * a test neither waits for them nor fails because office.js chose to send one.
 */
const OFFICE_OWN_HOSTS = [
  /^telemetryservice\.firstpartyapps\.oaspapps\.com$/,
  /(^|\.)events\.data\.microsoft\.com$/,
  /^alcdn\.msauth\.net$/,
  /(^|\.)officeapps\.live\.com$/,
];

/**
 * Serves office.js from the npm package in place of Microsoft's CDN, answers office.js's own
 * telemetry locally, and refuses every other request that leaves 127.0.0.1, so a test can never
 * depend on the internet and fails on any request the add-in makes to the outside.
 * Returns the list of refused URLs for assertions.
 */
export async function isolate(page: Page): Promise<string[]> {
  const refused: string[] = [];
  // Requests to the local server are passed on untouched. Playwright still sees every request
  // once a route is set (a round trip to this process each), so timing measurements
  // (bench:pane) do without isolate() and serve office.js locally instead.
  await page.route((u) => u.hostname !== "127.0.0.1" && u.protocol !== "data:", async (route) => {
    const url = route.request().url();
    let host = "";
    try {
      host = new URL(url).hostname;
    } catch {
      // not a URL with a host: refused below
    }
    if (OFFICE_OWN_HOSTS.some((h) => h.test(host))) {
      return route.fulfill({ status: 204, body: "" });
    }
    if (url.startsWith(OFFICE_CDN)) {
      const rest = url.slice(OFFICE_CDN.length).split("?")[0];
      const file = path.join(OFFICE_NPM_DIST, rest);
      if (file.startsWith(OFFICE_NPM_DIST) && existsSync(file)) {
        return route.fulfill({ path: file, contentType: "text/javascript" });
      }
    }
    refused.push(url);
    return route.abort();
  });
  return refused;
}
