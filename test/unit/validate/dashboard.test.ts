/*
 * The HTML report's dashboard (issue #31): its one script is the one the page's Content Security
 * Policy allows (by hash), and the report loads nothing from anywhere.
 */
import { createHash } from "node:crypto";
import { DASHBOARD_SCRIPT, DASHBOARD_SCRIPT_SHA256 } from "../../../src/core/validate/dashboard";
import { htmlReport } from "../../../src/core/validate";
import { RekapBuilder } from "../../../src/core/validate/rekap";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";

describe("the dashboard of the HTML report", () => {
  it("allows exactly its own script by hash", () => {
    expect(createHash("sha256").update(DASHBOARD_SCRIPT).digest("base64")).toBe(DASHBOARD_SCRIPT_SHA256);
  });

  it("is shown for a review of several files, with the script the policy allows", () => {
    const rekap = new RekapBuilder(defaultKatalog());
    const files = ["a.xlsx", "b.xlsx"].map((file) => ({ file, tables: [], findings: [] }));
    for (const f of files) rekap.add(f);
    const html = htmlReport(files, new Date(0), "katalog", rekap.result());
    expect(html).toContain(`script-src 'sha256-${DASHBOARD_SCRIPT_SHA256}'`);
    expect(html).toContain(`<script>${DASHBOARD_SCRIPT}</script>`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/src="http|<link|@import|url\(/);
  });
});
