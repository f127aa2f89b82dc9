import { normaliseText } from "../../catalogue/normalise";
import { DOCUMENT_WORDS, ORGANISATION_WORDS } from "../contentVocabulary";
import { cellOf, quote } from "./support";
import { RowRule } from "./types";

/** A unit or position, not a document ("Kecamatan", "Kepala Seksi ..."): the shared vocabulary. */
const ORGANISATION = new RegExp(`^(?:desa|${ORGANISATION_WORDS.join("|")})\\b`, "i");
/** Words that make it a document or system after all ("Laporan Dinas ..."). */
const DOCUMENT_WORD = new RegExp(`\\b(?:${DOCUMENT_WORDS.join("|")})\\b`, "i");

export const sumberBukanDokumen: RowRule = {
  id: "sumber-bukan-dokumen",
  severity: "info",
  title: "Sumber Data bukan dokumen",
  scope: "row",
  check(row, report) {
    const { sumber, pj, entri } = row;
    const cell = cellOf(row, "sumber");
    if (cell === undefined || sumber === "") return;
    const names = ORGANISATION.test(sumber) || (pj && normaliseText(sumber) === normaliseText(pj));
    if (!names || DOCUMENT_WORD.test(sumber)) return;
    // The catalogue's own Sumber Data for this indicator is what the decree says: no nagging.
    if (entri?.sumberData && normaliseText(sumber) === normaliseText(entri.sumberData)) return;
    report(
      cell.r,
      cell.c,
      `Sumber Data ${quote(sumber)} menyebut unit atau jabatan, bukan dokumen/sistem sumber data.`,
      entri?.sumberData ? { suggestion: entri.sumberData } : {}
    );
  },
};
