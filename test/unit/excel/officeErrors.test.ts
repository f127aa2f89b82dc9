/* Office errors in Indonesian, by code (issue #12, section 3). */
import { fakeHost, FakeWorkbookState } from "../../../src/dev/fakeExcel";
import { ExcelHost } from "../../../src/excel/host";
import { OFFICE_ERROR_MESSAGES, OfficeActionError, userError } from "../../../src/excel/officeErrors";
import { createWorkbookService } from "../../../src/excel/workbookService";

const failingWith = (code: string, message = "The operation failed (English, as Office localizes it)."): ExcelHost => ({
  run: async () => {
    throw Object.assign(new Error(message), { name: "RichApi.Error", code });
  },
  isSetSupported: () => true,
  createWorkbook: async () => {
    throw Object.assign(new Error(message), { name: "RichApi.Error", code });
  },
});

describe("Office errors in Indonesian", () => {
  it.each(Object.keys(OFFICE_ERROR_MESSAGES))("%s has a message that says what to do", (code) => {
    const e = userError(Object.assign(new Error("x"), { code }), "Menandai sel");
    expect(e).toBeInstanceOf(OfficeActionError);
    expect(e.message).toMatch(/^Menandai sel gagal\. /);
    expect(e.message).not.toMatch(/\b(the|failed|error)\b/i); // not Office's English
    expect((e as OfficeActionError).code).toBe(code);
  });

  it("an unknown code gets a general message with the code, not the raw text", () => {
    const e = userError(Object.assign(new Error("Something odd"), { code: "PivotTableRangeConflict" }));
    expect(e.message).toMatch(/kode: PivotTableRangeConflict/);
    expect(e.message).not.toContain("Something odd");
  });

  it("the add-in's own errors pass unchanged", () => {
    const own = new Error("Sel B3 sudah berisi data; pilih sel kosong.");
    expect(userError(own)).toBe(own);
  });

  it.each([
    ["readGrids", (s: ReturnType<typeof createWorkbookService>) => s.readGrids("lembar"), /^Membaca lembar kerja gagal\. Excel menolak perubahan: lembar .*dilindungi/],
    ["mark", (s: ReturnType<typeof createWorkbookService>) => s.mark([]), /^Menandai sel gagal\./],
    ["write", (s: ReturnType<typeof createWorkbookService>) => s.write("IKI", "D5", "x", "uji"), /^Menulis perbaikan gagal\./],
  ])("the pane's service turns them into Indonesian (%s)", async (_name, call, expected) => {
    const service = createWorkbookService(failingWith("AccessDenied"));
    await expect(call(service)).rejects.toThrow(expected);
  });

  it("a sheet renamed or deleted after Periksa: a message, not an exception from Excel", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI").setValues([["No"]]);
    const service = createWorkbookService(fakeHost(state));
    state.sheets[0].name = "IKI (lama)";
    await expect(service.select("IKI", "A1")).rejects.toThrow(/Lembar "IKI" tidak ada lagi di buku kerja .*Jalankan Periksa lagi/);
    await expect(service.write("IKI", "A1", "x", "uji")).rejects.toThrow(/Lembar "IKI" tidak ada lagi/);
  });
});
