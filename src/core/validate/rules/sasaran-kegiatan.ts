import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { sasaranKegiatan } from "../outcomeVocabulary";
import { atIkuLevel } from "./ikuLevel";
import { cellOf, quote } from "./support";
import { RowRule } from "./types";

/**
 * A sasaran phrased as an activity ("Melaksanakan ...", "Penyusunan ...", "Kegiatan ...") rather
 * than a condition ("Meningkatnya ..."): the SAKIP evaluation (PermenPAN-RB 88/2021, LKE
 * perencanaan kinerja) asks that tujuan and sasaran describe a result. Reported once per cell, at
 * IKU or sasaran level (a position's IKI sasaran may name its work).
 */
export const sasaranKegiatanRule: RowRule = {
  id: "sasaran-kegiatan",
  severity: "warning",
  title: "Sasaran berupa kegiatan",
  scope: "row",
  check: (row, report) => {
    if (!atIkuLevel(row)) return;
    const cell = cellOf(row, "sasaran");
    if (!cell) return;
    // The cell itself (the first row of a merged sasaran), so each sasaran is said once.
    const own = row.reader.ownText(cell.r, cell.c).trim();
    const kata = own ? sasaranKegiatan(own) : undefined;
    if (!kata) return;
    report(
      cell.r,
      cell.c,
      `Sasaran ${quote(own)} dirumuskan sebagai kegiatan ("${kata} ..."), bukan kondisi yang dituju. ${rujukanLke(LKE_BUTIR.rumusanHasil)}.`,
      {
        suggestion:
          'Rumuskan sebagai kondisi, mis. "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".',
      }
    );
  },
};
