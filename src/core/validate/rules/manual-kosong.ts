import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { recordText } from "../records";
import { quote } from "./support";
import { RowRule } from "./types";

const FIELDS = [
  ["definisi", "Definisi operasional"],
  ["periode", "Periode pelaporan"],
] as const;

/**
 * An indicator record (a Manual IKU/IKI) whose Definisi operasional or Periode pelaporan is there
 * but empty. The SAKIP evaluation (PermenPAN-RB 88/2021, LKE pengukuran kinerja) looks for a
 * definition and a measuring method for every indicator and for how often its data is collected;
 * Sumber Data, Penanggung Jawab and the formula are the rules sumber-kosong, pj-kosong and
 * rumus-kosong. A template's mark ("[isi ...]") is the template asking, not an empty field.
 */
export const manualKosong: RowRule = {
  id: "manual-kosong",
  severity: "warning",
  title: "Isian manual indikator kosong",
  scope: "row",
  check: (row, report) => {
    const manual = row.record?.manual;
    if (!manual) return;
    for (const [field, title] of FIELDS) {
      const cell = manual[field];
      if (!cell) continue;
      const text = recordText(row.reader, cell).trim();
      if (text !== "" && !/^[-–—.]+$/.test(text)) continue;
      report(
        cell.r,
        cell.c,
        `${title} kosong untuk indikator ${quote(row.indikator)}. ${rujukanLke(LKE_BUTIR.definisiOperasional, LKE_BUTIR.pengumpulanData)}.`,
        {
          suggestion:
            field === "definisi"
              ? "Tuliskan apa yang diukur, batasannya dan cara menghitungnya."
              : 'Tuliskan seberapa sering data dikumpulkan dan dilaporkan, mis. "Triwulanan".',
        }
      );
    }
  },
};
