import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { saysMeasure } from "../outcomeVocabulary";
import { cellOf, quote } from "./support";
import { RowRule } from "./types";

/**
 * An indicator that cannot be measured as written: its wording names no kind of measure (a share,
 * a count, an index, a value, a time ...), and its row gives no formula, no unit and no target
 * with a unit. The SAKIP evaluation asks for measurable indicators (SMART) with a definition and a
 * way of computing them. Rows the catalogue recognises are measured by the catalogue's formula.
 */
export const indikatorTakTerukur: RowRule = {
  id: "indikator-tak-terukur",
  severity: "warning",
  title: "Indikator tidak terukur",
  scope: "row",
  check: (row, report) => {
    if (row.entri || row.rumus.trim() !== "" || row.persen !== undefined) return;
    // Tables that say they hold IKU or IKI (title or sheet), which the evaluation reads: a
    // service standard (SPM), a quality indicator list or an agreement's table states its
    // measure in columns of its own or in another document.
    if (row.tingkat === undefined) return;
    const text = row.indikator.trim();
    // A heading or a note inside the table ("Keterangan:", "ASPEK ..."), not an indicator.
    if (text.split(/\s+/).length < 3 || /[:：]\s*$/.test(text) || text === text.toUpperCase())
      return;
    if (saysMeasure(text)) return;
    // A target such as "12 dokumen" or "80 %" gives the unit.
    const targets = [row.table.columns.target, ...row.ukur.map((s) => s.target)];
    for (const c of targets) {
      const target = c === undefined ? "" : row.reader.ownText(row.r, c);
      if (/\d/.test(target) && /[\p{L}%]/u.test(target)) return;
    }
    const at = cellOf(row, "indikator") ?? { r: row.r, c: row.table.firstCol };
    report(
      at.r,
      at.c,
      `Indikator ${quote(text)} tidak menyebut ukurannya (persentase, jumlah, indeks, nilai, waktu ...) dan barisnya tidak memuat rumus, satuan, atau target bersatuan, sehingga capaiannya tidak dapat dihitung. ${rujukanLke(LKE_BUTIR.smart, LKE_BUTIR.definisiOperasional)}.`,
      {
        suggestion:
          'Tulis ukurannya, mis. "Persentase ... yang ...", dan isi rumus serta satuannya.',
      }
    );
  },
};
