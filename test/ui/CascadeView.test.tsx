import { render, screen, fireEvent, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import CascadeView from "../../src/taskpane/components/CascadeView";
import type { CascadeNode, CascadeTree } from "../../src/core/validate/cascadeTree";

const leaf = (i: number): CascadeNode => ({ key: `iki-${i}`, jenis: "iki", label: "Staf", teks: `Indikator ${i}`, at: { sheet: "S", cell: `C${i + 5}` }, marks: [], children: [] });

describe("CascadeView", () => {
  it("shows a large branch 50 items at a time", () => {
    const position: CascadeNode = { key: "jab", jenis: "jabatan", label: "Kepala Seksi Pemerintahan", teks: "", marks: [], children: Array.from({ length: 120 }, (_, i) => leaf(i)) };
    const tree: CascadeTree = {
      unit: "kecamatan",
      namaUnit: "Kecamatan",
      roots: [{ key: "iku", jenis: "iku", label: "IKU 1.3", teks: "Rata-rata", marks: [], children: [position] }],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <CascadeView trees={[tree]} onSelect={async () => "ok"} />
      </FluentProvider>
    );
    const view = screen.getByRole("tree", { name: "Cascading Kecamatan" });
    expect(within(view).getAllByText(/^Indikator \d+$/)).toHaveLength(50);
    fireEvent.click(within(view).getByText("Tampilkan 50 lagi (70 tersisa)"));
    expect(within(view).getAllByText(/^Indikator \d+$/)).toHaveLength(100);
    fireEvent.click(within(view).getByText("Tampilkan 20 lagi (20 tersisa)"));
    expect(within(view).getAllByText(/^Indikator \d+$/)).toHaveLength(120);
    expect(within(view).queryByText(/^Tampilkan .* lagi/)).toBeNull();
  });
});
