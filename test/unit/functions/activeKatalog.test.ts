/* One catalogue for the pane and the functions (issue #12, section 6). */
import * as IKI from "../../../src/functions/functions";
import { activeKatalog, setActiveKatalog } from "../../../src/core/catalogue/activeKatalog";
import { defaultKatalog } from "../../../src/core/catalogue/defaultKatalog";
import { Katalog } from "../../../src/core/catalogue/katalog";
import { first, shown } from "./shown";

afterEach(() => setActiveKatalog(undefined));

describe("the active catalogue", () => {
  it("is the built-in one until the pane sets another", () => {
    expect(activeKatalog()).toBe(defaultKatalog());
  });

  it("IKI.RUMUS and IKI.KATALOG answer from the catalogue the pane set (a workbook's own)", () => {
    const data = structuredClone(defaultKatalog().data);
    const entry = data.entri.find((e) => e.indikator === "Persentase koperasi aktif")!;
    entry.rumus = "(Jumlah koperasi aktif / Jumlah koperasi terdaftar) x 100%";
    entry.sumberData = "Data koperasi kecamatan";
    const before = first(IKI.rumus([["Persentase koperasi aktif"]]));
    setActiveKatalog(new Katalog(data));
    expect(first(IKI.rumus([["Persentase koperasi aktif"]]))).toBe(entry.rumus);
    expect(first(IKI.rumus([["Persentase koperasi aktif"]]))).not.toBe(before);
    expect(shown(first(IKI.katalog([["Persentase koperasi aktif"]], "sumber")))).toBe("Data koperasi kecamatan");
    setActiveKatalog(undefined);
    expect(first(IKI.rumus([["Persentase koperasi aktif"]]))).toBe(before);
  });
});
