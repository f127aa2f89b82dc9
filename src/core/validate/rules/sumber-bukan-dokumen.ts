import { normaliseText } from "../../catalogue/normalise";
import { quote } from "./support";
import { RowRule } from "./types";

/** A unit or position, not a document ("Kecamatan", "Kepala Seksi ..."). */
const ORGANISATION =
  /^(kecamatan|kelurahan|desa|dinas|badan|bagian|sub ?bagian|subbag|seksi|sie|kasi|kasubag|camat|sekretaris|kepala|pengadministrasi|pengelola)\b/i;
/** Words that make it a document or system after all ("Laporan Dinas ..."). */
const DOCUMENT_WORD =
  /\b(laporan|dokumen|data|register|buku|daftar|sk|perdes|peraturan|berita acara|hasil|rekap|absensi|aplikasi|sistem|notulen|surat|lpj|spj|dpa|rka|renja|renstra|lkjip|sakip|survei|kuesioner|bukti|arsip)\b/i;

export const sumberBukanDokumen: RowRule = {
  id: "sumber-bukan-dokumen",
  severity: "info",
  title: "Sumber Data bukan dokumen",
  scope: "row",
  check({ sumber, pj, entri, table, r }, report) {
    if (table.columns.sumber === undefined || sumber === "") return;
    const names = ORGANISATION.test(sumber) || (pj && normaliseText(sumber) === normaliseText(pj));
    if (!names || DOCUMENT_WORD.test(sumber)) return;
    // The catalogue's own Sumber Data for this indicator is what the decree says: no nagging.
    if (entri?.sumberData && normaliseText(sumber) === normaliseText(entri.sumberData)) return;
    report(
      r,
      table.columns.sumber,
      `Sumber Data ${quote(sumber)} menyebut unit atau jabatan, bukan dokumen/sistem sumber data.`,
      entri?.sumberData ? { suggestion: entri.sumberData } : {}
    );
  },
};
