/**
 * How documents name the position a table belongs to (seen in the seeds and the templates): an
 * identity line "Jabatan : KEPALA SEKSI PEMERINTAHAN (Eselon IV)" (also "- Jabatan :",
 * "1. JABATAN :", or the label and the name in two cells), or the title
 * "INDIKATOR KINERJA INDIVIDU (IKI) TAHUN 2024" with the position after it or on the next line.
 */

/** An identity line's label, with the name after it when the same cell holds both. */
export const POSITION_LABEL = /^\s*(?:\d+[.)]|[-•*])?\s*(?:nama\s+)?jabatan\s*(?::\s*(.*))?$/is;

/** The title of an IKI table. */
export const IKI_TITLE = /\bindikator\s+kinerja\s+individu\b/i;

/** Words of a title that are not the position: the abbreviation and the year. */
export const TITLE_NOISE =
  /\bindikator\s+kinerja\s+individu\b|\(\s*iki\s*\)|\b(?:tahun|ta\.?)\s*(?:anggaran\s*)?\d{4}\b|\*+/gi;

/** Lines under a title that name the organisation, not a position. */
export const NOT_A_POSITION =
  /^\s*(?:di\s+lingkungan|pemerintah(?:an)?\s+kabupaten|kabupaten|kecamatan|kelurahan|desa|tahun)\b/i;

/** How many rows under a title may hold the position's name. */
export const TITLE_LINES = 2;

/**
 * Words of a sheet's name that are not the position: "IKI", "IKU", "SKP", "Rencana Aksi", a year
 * ("IKI Sekcam 2025", "SKP Kasi Pem 2026").
 */
export const SHEET_NOISE =
  /^\s*(?:iki|iku|skp|rencana\s+aksi)\b|\b(?:tahun|ta\.?)?\s*\d{4}\b|\(\s*\d+\s*\)(?=\s*(?:\d{4}\s*)?$)/gi;

/** An SKP form's block of the assessor ("PEJABAT PENILAI", "ATASAN PEJABAT PENILAI"). */
export const ASSESSOR = /\b(?:pejabat\s+penilai|atasan\s+pejabat)\b/i;
/** And of the one assessed ("PEGAWAI YANG DINILAI"). */
export const ASSESSED = /\b(?:yang\s+dinilai|pegawai\s+yang)\b/i;

/**
 * A word that each of ASSESSOR, ASSESSED, POSITION_LABEL and IKI_TITLE needs: a cell without one
 * is passed over with one test instead of six (measured: the rows above the tables took 6% of a
 * folder's check). Keep it in step with them (a test checks).
 */
export const MAY_TELL = /penilai|atasan|dinilai|pegawai|jabatan|individu/i;
