/* Issue 13, section 2: messages where the user looks, focus kept, the Office theme, startup. */
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { StartupProblem } from "../../src/taskpane/StartupProblem";
import { contrast, isDark, readableOn, textTokens, themeFor } from "../../src/taskpane/officeTheme";
import { fakeHost, FakeWorkbookState } from "../../src/dev/fakeExcel";
import { createWorkbookService } from "../../src/excel/workbookService";
import { defaultKatalog } from "../../src/core/catalogue/defaultKatalog";

const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab"];

function pane(rows: string[][]) {
  const state = new FakeWorkbookState();
  state.addSheet("IKI").setValues([HEADER, ...rows]);
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={{ loadFunctions: async () => [], workbook: createWorkbookService(fakeHost(state)), katalog: () => Promise.resolve(defaultKatalog()), year: 2025 }} />
    </FluentProvider>
  );
  return state;
}

describe("the pane as staff use it", () => {
  it("opens on its first tab, Periksa", () => {
    pane([]);
    const tabs = screen.getAllByRole("tab");
    expect(tabs[0].textContent).toBe("Periksa");
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-periksa");
  });

  it("keeps keyboard focus on Periksa while and after checking", async () => {
    pane([["1", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "", "", ""]]);
    const button = screen.getByRole("button", { name: "Periksa" });
    button.focus();
    fireEvent.click(button);
    await screen.findByTestId("ringkasan");
    expect(document.activeElement).toBe(button);
  });

  it("announces the result of Tandai and Hapus tanda in a live region under the buttons, and keeps focus", async () => {
    const state = pane([["1", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "", "", ""]]);
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByTestId("ringkasan");
    fireEvent.click(screen.getByRole("button", { name: "Tandai" }));
    await screen.findAllByText(/sel ditandai/);
    const live = [...document.querySelectorAll("[aria-live=polite]")].find((s) => /sel ditandai/.test(s.textContent ?? ""));
    expect(live?.getAttribute("role")).toBe("status");
    // Right under the buttons that caused it (the next region after the actions row).
    expect(live?.previousElementSibling?.textContent).toMatch(/Hapus tanda$/);
    const unmark = screen.getByRole("button", { name: "Hapus tanda" });
    unmark.focus();
    fireEvent.click(unmark);
    await screen.findByText(/Tanda pada \d+ sel dihapus/);
    // No marks left: the button is disabled but keeps focus (disabledFocusable), not the page body.
    expect(document.activeElement).toBe(unmark);
    expect(unmark.getAttribute("aria-disabled")).toBe("true");
    expect(state.xmlParts).toHaveLength(0);
  });

  it("a quick fix moves focus to its message above the findings, then the finding is gone", async () => {
    const state = pane([
      ["1", "S", "Jumlah rapat koordinasi", "Jumlah rapat koordinasi", "Notulen", "Camat"],
      ["1", "S", "Jumlah laporan", "Jumlah laporan yang disusun", "Arsip", "Camat"],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    const finding = (await screen.findAllByTestId("temuan")).find((f) => /nomor 1 dipakai dua kali/i.test(f.textContent ?? ""))!;
    fireEvent.click(within(finding).getByRole("button", { name: "Ganti nomor dengan 2" }));
    await waitFor(() => expect(state.sheets[0].cell(2, 0)!.value).toBe("2"));
    const message = await screen.findByText(/Ganti nomor dengan 2: IKI!A3 diisi/);
    await waitFor(() => expect(message.closest("[role=status]")).toBe(document.activeElement));
    await waitFor(() => expect(screen.queryByText(/nomor 1 dipakai dua kali/i)).toBeNull());
  });

  it("shows a finding's full indicator text and the catalogue formula once", async () => {
    const long = "Persentase Desa yang menetapkn RKPDes Tepat Waktu sesuai dengan ketentuan peraturan perundang-undangan yang berlaku";
    pane([
      ["1", "S", long, "Jumlah desa / Jumlah desa yang menetapkan RKPDes tepat waktu x 100%", "", ""],
      ["2", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "Jumlah desa / Jumlah desa yang menetapkan RKPDes tepat waktu x 100%", "Perdes", "Kasi"],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    await screen.findByTestId("ringkasan");
    const all = screen.getAllByTestId("temuan").map((f) => f.textContent ?? "").join("\n");
    expect(all).toContain(`"${long}"`); // 113 characters, not cut at 60
    expect(all).toContain("pembilang dan penyebut tertukar");
    expect(all.split("(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%").length - 1).toBeLessThanOrEqual(1);
  });
});

describe("the Office theme", () => {
  it("light themes (White, Colorful) give Fluent's light theme with Office's colours", () => {
    const t = themeFor({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" });
    expect(t.colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
    expect(t.colorNeutralBackground1).toBe("#ffffff");
    expect(t.colorNeutralForeground1).toBe("#000000");
  });

  it("Dark Gray and Black give the dark theme", () => {
    expect(isDark({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(themeFor({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" }).colorNeutralForeground2).toBe(webDarkTheme.colorNeutralForeground2);
    expect(isDark({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
  });

  it("every text colour reads at 4.5:1 on any Office body background, Dark Gray's greys included", () => {
    // A sweep of greys from black to white (Office's Dark Gray body is a mid grey) and colours.
    const backgrounds = [
      ...Array.from({ length: 16 }, (_, i) => `#${(i * 17).toString(16).padStart(2, "0").repeat(3)}`),
      "#444444",
      "#666666",
      "#2b579a",
      "#217346",
    ];
    const failures: string[] = [];
    for (const bg of backgrounds) {
      const t = themeFor({ bodyBackgroundColor: bg, bodyForegroundColor: "#ffffff" });
      const tokens = textTokens(t);
      expect(tokens).toEqual(expect.arrayContaining(["colorNeutralForeground2", "colorNeutralForeground3", "colorBrandForegroundLink"]));
      for (const k of tokens) {
        const c = contrast(bg, (t as unknown as Record<string, string>)[k]);
        if (c < 4.5) failures.push(`${bg} ${k} ${c.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
    // Before this, Fluent's dark hint and link colours on a mid grey read below 4.5:1.
    expect(contrast("#666666", webDarkTheme.colorNeutralForeground3)).toBeLessThan(4.5);
    // Colours already readable are kept as they are.
    expect(themeFor({ bodyBackgroundColor: "#ffffff" }).colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
    expect(readableOn("#000000", "#ffffff")).toBe("#ffffff");
  });

  it("keeps Fluent's text colour when Office's would be unreadable, and works without Office", () => {
    const t = themeFor({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#EEEEEE" });
    expect(t.colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "tidak" })).toBe(webLightTheme);
    expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 0);
  });
});

describe("when Office does not start", () => {
  it.each(["office-js", "onready"] as const)("%s: says so in Indonesian with what to try, no developer hints", (kind) => {
    render(<StartupProblem kind={kind} detail="Timeout" />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toMatch(/Asisten IKI|Excel/);
    expect(alert.textContent).toMatch(/tutup|buka lagi/i);
    expect(alert.textContent).not.toMatch(/npm|localhost|console|demo/i);
  });
});

describe("Katalog panel", () => {
  it("says when nothing matches, with a hint, and cards hide internal codes until Detail", async () => {
    pane([]);
    fireEvent.click(screen.getByRole("tab", { name: "Katalog" }));
    fireEvent.change(await screen.findByRole("textbox"), { target: { value: "qqqqzzzz" } });
    expect(screen.getByTestId("jumlah-hasil").textContent).toMatch(/^Tidak ditemukan indikator untuk "qqqqzzzz"\. Coba kata lain/);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "kepuasn" } });
    const card = screen.getAllByTestId(/^entri-/)[0];
    const id = card.getAttribute("data-testid")!.replace(/^entri-/, "");
    expect(card.textContent).not.toContain(id);
    expect(card.textContent).not.toMatch(/\bseed\b/i);
    fireEvent.click(within(card).getByRole("button", { name: /^Detail/ }));
    // The details speak the user's words: no entry code, no corpus document number.
    expect(card.textContent).not.toContain(id);
    expect(card.textContent).toMatch(/Perhitungan: [a-z ]+/);
    expect(card.textContent).toMatch(/Ditetapkan dalam: [^0-9]/);
    // The button's accessible name holds its visible label (WCAG 2.5.3).
    const hide = within(card).getByRole("button", { name: /^Sembunyikan detail "/ });
    expect(hide.getAttribute("aria-label")).toContain(hide.textContent);
    // Every insert button has its own accessible name.
    const names = screen.getAllByRole("button", { name: /^Sisipkan sebagai baris: ".+"/ }).map((b) => b.getAttribute("aria-label"));
    expect(new Set(names).size).toBe(names.length);
    // The file is chosen with a labelled button; the browser's own file input is hidden.
    expect(screen.getByRole("button", { name: "Muat katalog lain" })).toBeTruthy();
    expect((document.querySelector("input[type=file]") as HTMLInputElement).hidden).toBe(true);
  });
});
