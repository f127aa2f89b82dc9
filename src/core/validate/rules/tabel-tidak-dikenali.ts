import { address } from "../../grid";
import { ColumnRole, ROLE_NAME } from "../columnVocabulary";
import { SheetRule } from "./types";

/** What an indicator table needs besides its Indikator column (one of them). */
const SUPPORT: readonly ColumnRole[] = ["rumus", "target", "realisasi", "capaian", "sumber", "pj"];

/**
 * Nothing is skipped silently: a header-like row that is no table, and a block of text (two rows
 * or more of three cells or more) that no table reads, say what they hold and what they lack.
 */
export const tabelTidakDikenali: SheetRule = {
  id: "tabel-tidak-dikenali",
  severity: "info",
  title: "Tabel tidak dikenali",
  scope: "sheet",
  check({ rejected, grid }, report) {
    for (const h of rejected) {
      const roles = (Object.keys(h.columns) as ColumnRole[]).sort(
        (a, b) => h.columns[a]! - h.columns[b]!
      );
      const missing: string[] = [];
      if (h.columns.indikator === undefined) missing.push("Indikator");
      if (!SUPPORT.some((r) => h.columns[r] !== undefined))
        missing.push("Rumus, Target/Realisasi, Sumber Data atau Penanggung Jawab");
      const found =
        roles.length > 0
          ? `kolom dikenali: ${roles.map((r) => ROLE_NAME[r]).join(", ")}`
          : "tidak ada judul kolom yang dikenali";
      const what = `${found}; tidak ada: ${missing.join("; ")}`;
      const message =
        h.lastRow === undefined
          ? `baris ini tampak seperti judul tabel (${what}), tetapi tidak dikenali sebagai tabel IKI/IKU, sehingga tidak diperiksa.`
          : `blok teks ${address(grid, h.row, h.firstCol)}:${address(grid, h.lastRow, h.lastCol ?? h.firstCol)} tidak dibaca sebagai tabel IKI/IKU (${what}), sehingga tidak diperiksa.`;
      report(h.row, h.firstCol, message, {
        suggestion:
          "Bila ini tabel indikator, beri judul kolom yang jelas: No, Sasaran, Indikator Kinerja, Rumus, Sumber Data, Penanggung Jawab (atau Target, Realisasi, Capaian untuk tabel pengukuran).",
      });
    }
  },
};
