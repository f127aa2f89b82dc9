/* One catalogue for the pane and the functions (issue #12, section 6), loaded on demand (#13). */
import * as IKI from "../../../src/functions/functions";
import { activeKatalog, activeKatalogIfLoaded, setActiveKatalog } from "../../../src/core/catalogue/activeKatalog";
import { defaultKatalog } from "../../../src/core/catalogue/defaultKatalog";
import { Katalog } from "../../../src/core/catalogue/katalog";
import { first, shown } from "./shown";

afterEach(() => setActiveKatalog(undefined));

describe("the active catalogue", () => {
  it("is the built-in one until the pane sets another", async () => {
    expect(await activeKatalog()).toBe(defaultKatalog());
    expect(activeKatalogIfLoaded()).toBe(defaultKatalog());
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

describe("before the built-in catalogue has loaded (a fresh runtime)", () => {
  /** The functions and catalogue modules of a runtime that has not loaded the catalogue yet. */
  function freshRuntime(): { IKI: typeof import("../../../src/functions/functions"); active: typeof import("../../../src/core/catalogue/activeKatalog") } {
    let modules!: ReturnType<typeof freshRuntime>;
    jest.isolateModules(() => {
      modules = {
        IKI: require("../../../src/functions/functions"),
        active: require("../../../src/core/catalogue/activeKatalog"),
      };
    });
    return modules;
  }

  it("a function that needs it answers with a Promise of the same result, then at once", async () => {
    const { IKI: fresh, active } = freshRuntime();
    expect(active.activeKatalogIfLoaded()).toBeUndefined();
    const pending = fresh.rumus([["Persentase Desa yang menetapkan RKPDes Tepat Waktu"]]) as unknown;
    expect(pending).toBeInstanceOf(Promise);
    const answer = await (pending as Promise<unknown[][]>);
    expect(answer).toEqual(IKI.rumus([["Persentase Desa yang menetapkan RKPDes Tepat Waktu"]]));
    // Loaded now: the next call answers synchronously.
    expect(fresh.rumus([["Persentase Desa yang menetapkan RKPDes Tepat Waktu"]])).toEqual(answer);
    expect(shown(await (fresh.batasWaktu("RKPDES", 2024) as Promise<unknown>))).toBe(shown(IKI.batasWaktu("RKPDES", 2024)));
  });

  it("functions that do not need it never wait", () => {
    const { IKI: fresh, active } = freshRuntime();
    expect(fresh.persen([[1]], [[4]])).toEqual([[25]]);
    expect(active.activeKatalogIfLoaded()).toBeUndefined();
  });

  it("a failed load answers #N/A with what to do, and the next call tries again", async () => {
    let modules!: ReturnType<typeof freshRuntime>;
    jest.isolateModules(() => {
      jest.doMock("../../../src/core/catalogue/defaultKatalog", () => {
        throw new Error("unduhan gagal");
      });
      modules = {
        IKI: require("../../../src/functions/functions"),
        active: require("../../../src/core/catalogue/activeKatalog"),
      };
    });
    const result = await (modules.IKI.katalog([["Persentase koperasi aktif"]], "sumber") as unknown as Promise<unknown[][]>);
    expect(shown(first(result))).toBe("#N/A");
    expect((first(result) as { message: string }).message).toMatch(/Katalog bawaan gagal dimuat.*buka lagi panel/);
    jest.dontMock("../../../src/core/catalogue/defaultKatalog");
  });
});
