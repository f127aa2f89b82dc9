import { ColumnRole, ROLE_NAME } from "../columnVocabulary";
import { SheetRule } from "./types";

/** Nothing is skipped silently: a header-like row that is no table says what it lacks. */
export const tabelTidakDikenali: SheetRule = {
  id: "tabel-tidak-dikenali",
  severity: "info",
  title: "Judul tabel tidak dikenali",
  scope: "sheet",
  check({ rejected }, report) {
    for (const h of rejected) {
      const roles = (Object.keys(h.columns) as ColumnRole[]).sort(
        (a, b) => h.columns[a]! - h.columns[b]!
      );
      const missing = (["indikator", "rumus", "sasaran"] as ColumnRole[]).filter(
        (r) => h.columns[r] === undefined
      );
      report(
        h.row,
        h.firstCol,
        `baris ini tampak seperti judul tabel (kolom dikenali: ${roles.map((r) => ROLE_NAME[r]).join(", ")}; tidak ada: ${missing.map((r) => ROLE_NAME[r]).join(", ")}), tetapi tidak dikenali sebagai tabel IKI/IKU, sehingga tidak diperiksa.`,
        {
          suggestion:
            "Pakai judul kolom tabel IKI/IKU: No, Sasaran, Indikator Kinerja, Rumus, Sumber Data, Penanggung Jawab.",
        }
      );
    }
  },
};
