import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeSheets } from "../../src/cli/xlsxSheets";
import { katalogToSheets } from "../../src/core/catalogue/sheetLayout";
import { katalogDataFromXlsx } from "../../src/core/catalogue/xlsxKatalog";
import { fflateInflate } from "../../src/core/xlsx/fflateInflate";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { fakeHost, FakeWorkbookState } from "../../src/dev/fakeExcel";
import { createWorkbookService } from "../../src/excel/workbookService";
import { activeKatalogIfLoaded } from "../../src/core/catalogue/activeKatalog";
import { defaultKatalog } from "../../src/core/catalogue/loadKatalog";

const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab"];

function setup() {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet("IKI");
  sheet.setValues([
    ["PEMERINTAH KABUPATEN LUMAJANG"],
    [],
    HEADER,
    ["1", "Terlaksananya Pembinaan Pemerintahan Desa", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "Jumlah desa / Jumlah desa yang menetapkan RKPDes tepat waktu x 100%", "Perdes RKPDesa", ""],
  ]);
  const workbook = createWorkbookService(fakeHost(state));
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={{ loadFunctions: async () => [], workbook, katalog: defaultKatalog(), year: 2025 }} />
    </FluentProvider>
  );
  return { state, sheet };
}

describe("Periksa panel", () => {
  it("lists findings grouped with counts, selects a cell, marks and restores, applies a quick fix", async () => {
    const { state, sheet } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    const summary = await screen.findByTestId("ringkasan");
    expect(summary.textContent).toMatch(/1 tabel · 1 kesalahan · 1 peringatan/);
    const findings = screen.getAllByTestId("temuan");
    const swapped = findings.find((f) => f.textContent!.includes("pembilang dan penyebut tertukar"))!;
    fireEvent.click(within(swapped).getAllByRole("button")[0]);
    await waitFor(() => expect(state.selection).toEqual({ sheet: "IKI", area: { top: 3, left: 3, bottom: 3, right: 3 } }));

    fireEvent.click(screen.getByRole("button", { name: "Tandai" }));
    await waitFor(() => expect(sheet.cell(3, 5)!.fill).toBe("#F4CCCC"));
    fireEvent.click(screen.getByRole("button", { name: "Hapus tanda" }));
    await waitFor(() => expect(sheet.cell(3, 5)!.fill).toBeUndefined());

    fireEvent.click(within(swapped).getByRole("button", { name: "Ganti dengan rumus katalog" }));
    await waitFor(() => expect(sheet.cell(3, 3)!.value).toBe("(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%"));
    await waitFor(() => expect(screen.getByTestId("ringkasan").textContent).toMatch(/0 peringatan/));
  });
});

describe("Periksa over the whole workbook: cascading", () => {
  /** Two position sheets of a kecamatan: the Sekcam's and the Kasi Pemerintahan's. */
  function kecamatanWorkbook() {
    const state = new FakeWorkbookState();
    const position = (jabatan: string, indikator: string) => [
      ["INDIKATOR KINERJA INDIVIDU (IKI)"],
      ["Jabatan", jabatan],
      [],
      HEADER,
      ["1", "Terlaksananya Pembinaan Pemerintahan Desa", indikator, "Jumlah laporan", "Laporan kegiatan", jabatan],
    ];
    state.addSheet("Sekcam").setValues(position("Sekretaris Kecamatan", "Persentase Pemeliharaan Barang Milik Daerah"));
    state.addSheet("Kasi Pem").setValues(position("Kepala Seksi Pemerintahan", "Persentase Desa yang menetapkan RKPDes Tepat Waktu"));
    const workbook = createWorkbookService(fakeHost(state));
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook, katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    return state;
  }

  it("Templat: the Matriks Peran Hasil of the positions in the workbook", async () => {
    const state = kecamatanWorkbook();
    fireEvent.click(screen.getByRole("tab", { name: "Templat" }));
    fireEvent.click(await screen.findByRole("radio", { name: /Matriks Peran Hasil/ }));
    expect(screen.queryByLabelText("Jabatan")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan templat" }));
    const done = await screen.findByText(/^Templat disisipkan di lembar "MPH Kec\. 2025" .* Disusun dari tabel IKI 2 jabatan di buku kerja ini\.$/);
    expect(done).toBeTruthy();
    const sheet = state.sheet("MPH Kec. 2025")!;
    const header = [0, 1, 2, 3, 4, 5, 6].map((c) => sheet.cell(5, c)?.value);
    expect(header).toEqual(["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Mendukung IKU Kabupaten", "Sekretaris Kecamatan", "Kepala Seksi Pemerintahan", "Keterangan"]);
    const row13 = [8].map((r) => [0, 4, 5].map((c) => sheet.cell(r, c)?.value))[0];
    expect(row13).toEqual(["1.3", "–", "Persentase Desa yang menetapkan RKPDes Tepat Waktu"]);
  });

  it("names the kecamatan IKU no position's sheet supports", async () => {
    const state = kecamatanWorkbook();
    fireEvent.click(screen.getByRole("radio", { name: "Seluruh buku kerja" }));
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByTestId("ringkasan");
    const texts = screen.getAllByTestId("temuan").map((f) => f.textContent ?? "");
    expect(texts.some((t) => t.includes('IKU 1.1 Kecamatan "Nilai IKM Kecamatan" tidak didukung'))).toBe(true);
    expect(texts.some((t) => t.includes("IKU 1.3"))).toBe(false); // carried by the Kasi's RKPDes IKI

    // The cascading tree: kabupaten IKU > IKU 1.3 > Kasi Pemerintahan > its RKPDes IKI (a cell).
    const tree = await screen.findByRole("tree", { name: "Cascading Kecamatan" });
    const iku11 = within(tree).getByText("IKU 1.1: Nilai IKM Kecamatan").closest('[role="treeitem"]') as HTMLElement;
    expect(iku11.textContent).toContain("Belum didukung IKI");
    const rkp = within(tree).getByText("Persentase Desa yang menetapkan RKPDes Tepat Waktu").closest('[role="treeitem"]') as HTMLElement;
    expect(rkp.textContent).toContain("(Kasi Pem!C5)");
    const holder = rkp.parentElement!.closest('[role="treeitem"]') as HTMLElement;
    expect(holder.textContent).toMatch(/^Kepala Seksi Pemerintahan/);
    fireEvent.click(rkp);
    await waitFor(() => expect(state.selection).toEqual({ sheet: "Kasi Pem", area: { top: 4, left: 2, bottom: 4, right: 2 } }));
    const statuses = within(screen.getByRole("region", { name: "Cascading" })).getAllByRole("status");
    expect(statuses.filter((s) => s.dataset.testid !== "pohon-status").map((s) => s.textContent)).toEqual(["Sel Kasi Pem!C5 dipilih."]);
    // By keyboard too: Enter on the item.
    state.selection = undefined;
    fireEvent.keyDown(rkp, { key: "Enter" });
    await waitFor(() => expect(state.selection).toEqual({ sheet: "Kasi Pem", area: { top: 4, left: 2, bottom: 4, right: 2 } }));
    // The Sekcam's IKI with no parent sits in its own group.
    expect(within(tree).getByText("IKI tanpa induk")).toBeTruthy();
    // "Gambar pohon kinerja": the same tree as shapes on a new sheet; the user's sheets unchanged.
    const cells = JSON.stringify(state.sheets.map((s) => [...s.cells.entries()]));
    fireEvent.click(screen.getByRole("button", { name: "Gambar pohon kinerja" }));
    const drawn = await screen.findByText(/^Pohon kinerja Kecamatan digambar di lembar baru "Pohon Kinerja": \d+ kotak dan \d+ garis penghubung/);
    expect(drawn.dataset.testid).toBe("pohon-status");
    const shapes = state.sheet("Pohon Kinerja")!.shapes;
    expect(shapes.filter((s) => s.type === "GeometricShape").some((s) => s.text.endsWith("Nilai IKM Kecamatan") && s.line.dashStyle === "Dash")).toBe(true);
    expect(shapes.some((s) => s.text.includes("Kepala Seksi Pemerintahan\nPersentase Desa yang menetapkan RKPDes Tepat Waktu"))).toBe(true);
    expect(JSON.stringify(state.sheets.slice(0, -1).map((s) => [...s.cells.entries()]))).toBe(cells);
  });
});

describe("Templat panel", () => {
  it("inserts the quarterly measurement sheet with its chart, and the survey with its rows", async () => {
    const { state } = setup();
    fireEvent.click(screen.getByRole("tab", { name: "Templat" }));
    fireEvent.click(await screen.findByRole("radio", { name: /Pengukuran triwulanan/ }));
    // The measurement sheet has no "Kolom pengukuran" choice: it is all measurement.
    expect(screen.queryByLabelText("Kolom pengukuran")).toBeNull();
    fireEvent.change(screen.getByLabelText("Indikator dari"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan templat" }));
    expect(await screen.findByText(/^Templat disisipkan di lembar "Pengukuran .+ 2025" \(.+\)\. Grafik capaian ada di bawah tabel\.$/)).toBeTruthy();
    const ukur = state.sheets[state.sheets.length - 1];
    expect(ukur.cell(0, 0)!.value).toBe("PENGUKURAN KINERJA TRIWULANAN");
    expect(ukur.charts).toHaveLength(1);

    fireEvent.click(screen.getByRole("radio", { name: /Survei Kepuasan Masyarakat/ }));
    expect(screen.queryByRole("checkbox", { name: /Isi indikator dari katalog/ })).toBeNull();
    fireEvent.change(screen.getByLabelText(/Baris responden/), { target: { value: "20" } });
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan templat" }));
    expect(await screen.findByText(/^Templat disisipkan di lembar "SKM .+ 2025"/)).toBeTruthy();
    const skm = state.sheets[state.sheets.length - 1];
    expect(skm.cell(0, 0)!.value).toBe("SURVEI KEPUASAN MASYARAKAT (SKM)");
    expect(skm.validations.some((v) => v.rule?.wholeNumber?.formula2 === 4)).toBe(true);
  });

  it("inserts the template into a new sheet and refuses to overwrite at the selection", async () => {
    const { state } = setup();
    fireEvent.click(screen.getByRole("tab", { name: "Templat" }));
    // Panels other than the first load on demand.
    fireEvent.click(await screen.findByRole("button", { name: "Sisipkan templat" }));
    expect(await screen.findByText(/^Templat disisipkan di lembar "IKI Sekcam 2025" \(.+\)\.$/)).toBeTruthy();
    expect(state.sheets).toHaveLength(2);
    expect(state.sheets[1].cell(0, 0)!.value).toBe("INDIKATOR KINERJA INDIVIDU (IKI)");

    state.active = 0;
    state.selection = { sheet: "IKI", area: { top: 0, left: 0, bottom: 0, right: 0 } };
    fireEvent.click(screen.getByRole("radio", { name: /Sel terpilih/ }));
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan templat" }));
    expect(await screen.findByText(/Templat tidak disisipkan: .* sel tujuan sudah berisi data \(A1, /)).toBeTruthy();
  });

  it("builds the SKP from the workbook's IKI table and copies each row for e-Kinerja", async () => {
    const { state } = setup();
    const copied: string[] = [];
    Object.assign(navigator, { clipboard: { writeText: async (t: string) => void copied.push(t) } });
    fireEvent.click(screen.getByRole("tab", { name: "Templat" }));
    fireEvent.click(await screen.findByRole("radio", { name: /^SKP/ }));
    // No identity or measurement choices of the IKI table; a layout and a source instead.
    expect(screen.queryByLabelText("Kolom pengukuran")).toBeNull();
    expect(screen.getByLabelText("Pola SKP")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Jabatan"), { target: { value: "kasi-pemerintahan" } });
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan templat" }));
    // The sheet "IKI" holds no position's table: the catalogue is used, and the pane says so.
    expect(await screen.findByText(/^Templat disisipkan di lembar "SKP Kasi Pemerintahan 2025" .* buku kerja ini belum memuat tabel IKI Kepala Seksi Pemerintahan yang dikenali, jadi SKP disusun dari katalog\.$/)).toBeTruthy();
    const skp = state.sheets[state.sheets.length - 1];
    expect(skp.cell(0, 0)!.value).toBe("SASARAN KINERJA PEGAWAI");
    const rows = within(screen.getByTestId("skp-baris")).getAllByRole("button", { name: /^Salin untuk e-Kinerja: / });
    expect(rows).toHaveLength(8);
    fireEvent.click(screen.getByRole("button", { name: "Salin untuk e-Kinerja: Persentase Desa yang menetapkan RKPDes Tepat Waktu" }));
    expect(await screen.findByText("Disalin. Tempel di e-Kinerja (Ctrl+V).")).toBeTruthy();
    expect(copied[0].split("\t")).toEqual([
      "Meningkatnya kualitas pelayanan, fasilitasi dan koordinasi Kecamatan serta akuntabilitas keuangan dan pemerintahan desa",
      "Terlaksananya Pembinaan dan Pengawasan kepada Pemerintahan Desa",
      "waktu",
      "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
      "",
    ]);
  });
});

describe("Katalog panel", () => {
  it("searches with typos and inserts an entry as a row at an empty selection", async () => {
    const { state, sheet } = setup();
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    fireEvent.change(await screen.findByRole("textbox"), { target: { value: "apbdes tept" } });
    expect((await screen.findByTestId("jumlah-hasil")).textContent).toMatch(/^1 indikator ditemukan/);
    const card = await screen.findByTestId("entri-iki-kec-desa-apbdes-tepat-waktu");
    state.selection = { sheet: "IKI", area: { top: 4, left: 0, bottom: 4, right: 0 } };
    // Each insert button names its indicator (a unique accessible name).
    fireEvent.click(within(card).getByRole("button", { name: 'Sisipkan sebagai baris: "Persentase Desa yang menetapkan APBDes Tepat Waktu", di sel terpilih' }));
    expect(await within(card).findByText(/disisipkan mulai A5/)).toBeTruthy();
    await waitFor(() => expect(sheet.cell(4, 2)?.value).toBe("Persentase Desa yang menetapkan APBDes Tepat Waktu"));
  });
});

describe("Periksa panel on a large workbook", () => {
  it("shows findings page by page", async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet("Besar");
    const rows = Array.from({ length: 300 }, (_, i) => [String(i + 1), "Sasaran", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%", "Perdes", ""]);
    sheet.setValues([HEADER, ...rows]);
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    expect((await screen.findByTestId("ringkasan")).textContent).toMatch(/300 kesalahan/);
    // 300 findings of one rule in one column: one entry with its count, opened on request.
    expect(screen.queryAllByTestId("temuan")).toHaveLength(0);
    const column = screen.getByTestId("kelompok-kolom");
    expect(column.textContent).toMatch(/Lembar "Besar", kolom F: 300 baris/);
    fireEvent.click(within(column).getByRole("button", { name: /^Tampilkan 300 sel/ }));
    expect(screen.getAllByTestId("temuan")).toHaveLength(50);
    fireEvent.click(screen.getByRole("button", { name: /Tampilkan lagi \(250 tersisa\)/ }));
    expect(screen.getAllByTestId("temuan")).toHaveLength(250);
    // Focus goes to the first finding shown, not to the page body.
    await waitFor(() => expect(document.activeElement?.id).toMatch(/-50$/));
    expect(document.activeElement?.textContent).toBe("Besar!F52");
  });

  it("fills every empty cell of a kind from the catalogue in one click, and one Urungkan takes it back", async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet("Besar");
    const rows = Array.from({ length: 200 }, (_, i) => [String(i + 1), "Sasaran", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%", "Perdes", ""]);
    sheet.setValues([HEADER, ...rows]);
    sheet.setValues([["Diisi sendiri"]], 5, 5); // F6: typed by the user, never overwritten
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    fireEvent.click(await screen.findByRole("button", { name: "Perbaiki semua dari katalog (199 sel kosong)" }));
    expect(await screen.findByText(/^199 sel diisi dari katalog\./)).toBeTruthy();
    expect(sheet.cell(1, 5)!.value).toBe("Kepala Seksi Pemerintahan");
    expect(sheet.cell(5, 5)!.value).toBe("Diisi sendiri");
    const undo = within(await screen.findByTestId("urungkan"));
    fireEvent.click(undo.getByRole("button", { name: "Urungkan" }));
    expect(await screen.findByText(/^Diurungkan: .*199 sel dikembalikan/)).toBeTruthy();
    expect(sheet.cell(1, 5)!.value).toBe("");
    expect(sheet.cell(5, 5)!.value).toBe("Diisi sendiri");
  });
});

describe("Katalog: the catalogue's own cascading", () => {
  it("shows the tree of the catalogue's links on request, IKU 1.1 marked as unsupported", async () => {
    setup();
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    const button = await screen.findByRole("button", { name: "Tampilkan cascading katalog" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    const tree = await screen.findByRole("tree", { name: "Cascading Kecamatan (katalog)" });
    const iku11 = within(tree).getByText("IKU 1.1: Nilai IKM Kecamatan").closest('[role="treeitem"]') as HTMLElement;
    expect(iku11.textContent).toContain("Belum didukung IKI");
    // IKU 1.3: the Sekretaris Kecamatan's and the Kasi Pemerintahan's village-document IKI.
    const iku13 = within(tree).getByText(/^IKU 1\.3:/).closest('[role="treeitem"]') as HTMLElement;
    expect(within(iku13).getAllByText("Persentase Desa yang menetapkan RKPDes Tepat Waktu")).toHaveLength(2);
    // From the catalogue, no node points at a cell.
    expect(tree.textContent).not.toMatch(/![A-Z]+\d/);
    expect(screen.getByRole("button", { name: "Sembunyikan cascading katalog" }).getAttribute("aria-expanded")).toBe("true");
  });
});

describe("a catalogue for this workbook", () => {
  const minimal = JSON.stringify({
    ...defaultKatalog().data,
    id: "uji-2026",
    judul: "Katalog uji",
    versi: "2.0.0",
    // The kecamatan and the kabupaten IKU its own IKU support (an induk must resolve).
    entri: defaultKatalog().data.entri.filter((e) => e.unit === "kecamatan" || e.unit === "pemkab"),
  });

  it("is saved in the workbook when loaded, used when the pane opens again, and can be dropped", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI");
    const workbook = createWorkbookService(fakeHost(state));
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook, katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    await screen.findByRole("textbox");
    const input = view.container.querySelector("input[type=file]") as HTMLInputElement;
    const file = new File([minimal], "katalog-uji.json", { type: "application/json" });
    Object.defineProperty(file, "text", { value: async () => minimal });
    Object.defineProperty(file, "arrayBuffer", { value: async () => new TextEncoder().encode(minimal).buffer });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(/Katalog "Katalog uji" versi 2.0.0 .* disimpan di buku kerja ini/)).toBeTruthy();
    expect(state.xmlParts).toHaveLength(1);
    view.unmount();

    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    expect(await screen.findByText(/Memakai katalog yang tersimpan di buku kerja ini: Katalog uji/)).toBeTruthy();
    // The cell functions answer from the same catalogue as the pane.
    expect(activeKatalogIfLoaded()?.data.judul).toBe("Katalog uji");
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    fireEvent.click(await screen.findByRole("button", { name: "Pakai katalog bawaan" }));
    expect(await screen.findByText(/Katalog bawaan dipakai lagi/)).toBeTruthy();
    expect(state.xmlParts).toHaveLength(0);
    expect(activeKatalogIfLoaded()).toBe(defaultKatalog());
  });

  /** Chooses `bytes` as the catalogue file in the Katalog panel of a fresh pane. */
  async function choose(state: FakeWorkbookState, bytes: Uint8Array, name: string) {
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    await screen.findByRole("textbox");
    const input = view.container.querySelector("input[type=file]") as HTMLInputElement;
    const file = new File([bytes.slice().buffer], name);
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    fireEvent.change(input, { target: { files: [file] } });
    return view;
  }

  it("imports the .xlsx that iki-cek exports, and saves it in the workbook", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "katalog-xlsx-"));
    const file = path.join(dir, "katalog.xlsx");
    const data = { ...defaultKatalog().data, id: "uji-xlsx", judul: "Katalog dari Excel" };
    await writeSheets(file, katalogToSheets(data));
    const state = new FakeWorkbookState();
    state.addSheet("IKI");
    await choose(state, new Uint8Array(readFileSync(file)), "katalog.xlsx");
    expect(await screen.findByText(/^Katalog "Katalog dari Excel" versi .* disimpan di buku kerja ini/)).toBeTruthy();
    expect(state.xmlParts).toHaveLength(1);
    expect(activeKatalogIfLoaded()?.entries.length).toBe(defaultKatalog().entries.length);
  });

  it("names the sheet and the column when an .xlsx is not a catalogue, in plain Indonesian", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "katalog-xlsx-"));
    const file = path.join(dir, "bukan.xlsx");
    const sheets = katalogToSheets(defaultKatalog().data).map((sh) =>
      sh.name === "Unit" ? { ...sh, header: sh.header.map((h) => (h === "nama" ? "Nama Unit" : h)) } : sh
    );
    await writeSheets(file, sheets);
    const state = new FakeWorkbookState();
    state.addSheet("IKI");
    await choose(state, new Uint8Array(readFileSync(file)), "bukan.xlsx");
    const message = await screen.findByText(/^Katalog bukan\.xlsx tidak dapat dipakai/);
    expect(message.textContent).toMatch(/lembar "Unit": kolom "nama" tidak ada/);
    expect(message.textContent).not.toMatch(/Unexpected|token|JSON\.parse|\(akar\)/);
    expect(state.xmlParts).toHaveLength(0);
  });

  it("a damaged .xlsx gets a plain message", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI");
    await choose(state, new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]), "rusak.xlsx");
    const message = await screen.findByText(/^Katalog rusak\.xlsx tidak dapat dipakai/);
    expect(message.textContent).toMatch(/arsip zip rusak atau terpotong/);
    expect(state.xmlParts).toHaveLength(0);
  });

  it("a broken saved catalogue is reported and the built-in one is used", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI");
    state.xmlParts.push({ namespace: "https://asisten-iki.lumajangkab.go.id/katalog/1", xml: '<katalog xmlns="https://asisten-iki.lumajangkab.go.id/katalog/1"><![CDATA[{"id":"x"}]]></katalog>' });
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    expect(await screen.findByText(/Katalog tersimpan di buku kerja tidak dapat dipakai/)).toBeTruthy();
  });

  it("exports the catalogue as a new workbook, which reads back as the same catalogue; this one is untouched", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI").setValues([["data pengguna"]]);
    const before = JSON.stringify([...state.sheets[0].cells.entries()]);
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ekspor ke .xlsx" }));
    expect(await screen.findByText(/^Katalog dibuka sebagai buku kerja baru \(\d+ entri, \d+ lembar\); buku kerja ini tidak diubah/)).toBeTruthy();
    expect(state.createdWorkbooks).toHaveLength(1);
    const bytes = new Uint8Array(Buffer.from(state.createdWorkbooks[0], "base64"));
    const back = katalogDataFromXlsx(bytes, "baru.xlsx", fflateInflate);
    expect(back.entri.map((e) => e.id)).toEqual(defaultKatalog().data.entri.map((e) => e.id));
    expect(state.sheets).toHaveLength(1);
    expect(JSON.stringify([...state.sheets[0].cells.entries()])).toBe(before);
    expect(state.xmlParts).toHaveLength(0);
  });

  it("offers a download where Excel cannot open a new workbook (no ExcelApi 1.8)", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI");
    state.supported = new Set(["ExcelApi 1.1", "ExcelApi 1.2", "ExcelApi 1.7"]);
    const urls: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (urls.push(b), "blob:katalog"), revokeObjectURL: () => undefined });
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    fireEvent.click(await screen.findByRole("button", { name: "Ekspor ke .xlsx" }));
    expect(await screen.findByText(/tidak dapat membuka buku kerja baru dari add-in\. Unduh katalog/)).toBeTruthy();
    const link = screen.getByRole("link", { name: "Unduh katalog (.xlsx)" });
    expect(link.getAttribute("href")).toBe("blob:katalog");
    expect(link.getAttribute("download")).toMatch(/\.xlsx$/);
    expect(urls).toHaveLength(1);
    expect(urls[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(state.createdWorkbooks).toHaveLength(0);
  });
});

describe("Periksa: readiness for the SAKIP evaluation (issue #29)", () => {
  it("shows, on request, the findings per LKE criterion of each table", async () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByTestId("ringkasan");
    const box = await screen.findByTestId("kesiapan-lke");
    const open = within(box).getByRole("button", { name: "Kesiapan evaluasi AKIP" });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(open);
    expect(within(box).getByText(/bukan skor/)).toBeTruthy();
    // The sheet's one table: the empty Penanggung Jawab is a finding of "data kinerja".
    expect(within(box).getByText(/^IKI!A3:F3: Tujuan dan sasaran berorientasi hasil: tanpa temuan; .*Indikator memiliki definisi, cara mengukur, sumber data dan penanggung jawab: 1 temuan$/)).toBeTruthy();
    // The same per unit, with the LKE items; no comparison was made, so no "IKU tetap".
    const unit = within(box).getByText(/\(1 tabel\):/).parentElement!;
    expect(unit.textContent).toMatch(/Tujuan dan sasaran berorientasi hasil \(1\.2\.4\): tanpa temuan; .*\(2\.1\.2, 2\.1\.3\): 1 temuan$/);
    expect(unit.textContent).not.toMatch(/IKU tidak sering diganti/);
  });
});

describe("Periksa on a table whose roles were partly inferred (issue #25)", () => {
  it("says which column was read as which role from its content", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("LKjIP").setValues([
      ["No", "Uraian", "Target", "Realisasi", "Capaian"],
      ["1", "Persentase desa yang menetapkan APBDes tepat waktu", 80, 60, 75],
      ["2", "Jumlah dokumen perencanaan yang disusun", 4, 4, 100],
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    const inferred = await screen.findByTestId("dugaan");
    expect(inferred.textContent).toContain("LKjIP!A1:E1: kolom B dianggap Indikator (isi teks panjang seperti nama indikator; judul 'Uraian')");
  });
});

describe("Periksa on a sheet whose name and cells hold control characters (issue #26)", () => {
  it("shows them as escapes: a right-to-left override in the sheet name mirrors nothing", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("IKI\u202e").setValues([
      HEADER,
      ["1", "Terlaksananya Pembinaan", "Persentase desa\u001b[2J tertib", "Jumlah desa tertib / Jumlah desa x 100%", "Laporan", ""],
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    const findings = await screen.findAllByTestId("temuan");
    const text = findings.map((f) => f.textContent).join("\n");
    expect(text).toContain("IKI\\u202E!F2");
    expect(text).toContain('"Persentase desa\\u001B[2J tertib"');
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });
});

describe("Periksa: IKU compared with an earlier year's sheet (issue #29, iku-berganti)", () => {
  it("lists the IKU replaced between two IKU sheets of the workbook, each selecting its cell", async () => {
    const state = new FakeWorkbookState();
    const iku = (tahun: string, rows: Array<[string, string]>) => [
      [`INDIKATOR KINERJA UTAMA (IKU) DINAS CONTOH TAHUN ${tahun}`],
      [],
      HEADER,
      ...rows.map(([indikator, rumus], i) => [String(i + 1), "Meningkatnya kualitas pelayanan publik", indikator, rumus, "Laporan", "Kepala Dinas"]),
    ];
    const apbdes: [string, string] = ["Persentase desa yang menetapkan APBDes tepat waktu", "Jumlah desa yang menetapkan APBDes tepat waktu / Jumlah desa x 100%"];
    state.addSheet("IKU 2024").setValues(iku("2024", [apbdes, ["Persentase pengaduan yang ditindaklanjuti", "Jumlah pengaduan yang ditindaklanjuti / Jumlah pengaduan x 100%"]]));
    state.addSheet("IKU 2025").setValues(iku("2025", [apbdes, ["Jumlah sosialisasi pelayanan", "Jumlah kegiatan sosialisasi"]]));
    const workbook = createWorkbookService(fakeHost(state));
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ loadFunctions: async () => [], workbook, katalog: defaultKatalog(), year: 2025 }} />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("radio", { name: "Seluruh buku kerja" }));
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    const box = await screen.findByTestId("banding-iku");
    fireEvent.change(within(box).getByRole("combobox"), { target: { value: "IKU 2024" } });
    fireEvent.click(within(box).getByRole("button", { name: "Bandingkan" }));
    expect(within(box).getByText(/^2 IKU berganti dibanding lembar "IKU 2024"/)).toBeTruthy();
    expect(within(box).getByText(/^IKU "Jumlah sosialisasi pelayanan" tidak ada di lembar "IKU 2024"/)).toBeTruthy();
    expect(within(box).getByText(/^IKU "Persentase pengaduan yang ditindaklanjuti" dari lembar "IKU 2024" .* tidak ada lagi/)).toBeTruthy();
    fireEvent.click(within(box).getByRole("button", { name: "IKU 2025!C5" }));
    await waitFor(() => expect(state.selection).toEqual({ sheet: "IKU 2025", area: { top: 4, left: 2, bottom: 4, right: 2 } }));
  });
});
