/**
 * The Rencana Aksi e-Kinerja asks for under each SKP indicator: one row per indicator and
 * quarter, the quarter's target from the pengukuran sheet's TW I-IV targets where a workbook
 * gives them, the action itself left for the user (it is a plan only its author can write).
 */
import { Draft, letterhead, unitHeading } from "./draft";
import type { KindInput } from "./kinds/types";
import { SkpPlan, targetText } from "./skpTemplate";
import { ISIAN } from "./skpVocabulary";
import { sheetNameFor, checkTahun, TemplateError, TemplateModel } from "./templateModel";

export const RENCANA_AKSI_COLUMNS = [
  "No",
  "Rencana Hasil Kerja",
  "Indikator Kinerja Individu",
  "Triwulan",
  "Target",
  "Rencana Aksi",
] as const;
const WIDTHS = [5, 32, 38, 10, 14, 44];
const TRIWULAN = ["I", "II", "III", "IV"];

export function buildRencanaAksiTemplate(
  plan: SkpPlan,
  options: Pick<KindInput, "tahun" | "namaUnit">
): TemplateModel & { skp: SkpPlan } {
  checkTahun(options.tahun);
  if (plan.rhk.length === 0)
    throw new TemplateError(
      `${plan.nama} tidak mempunyai indikator; Rencana Aksi tidak dapat disusun.`
    );
  const d = new Draft(RENCANA_AKSI_COLUMNS.length);
  let r = letterhead(
    d,
    "RENCANA AKSI",
    unitHeading(plan.unit, options.namaUnit),
    `TAHUN ${options.tahun}`
  );
  d.put(r, 0, "Jabatan", "label");
  d.merge(r, 0, r, 1);
  d.put(r, 2, plan.nama, "isi");
  d.merge(r, 2, r, d.cols - 1);
  d.style(r, 2, r, d.cols - 1, "isi");
  r += 1;
  d.put(
    r,
    0,
    `Tulis rencana aksi tiap triwulan di sel "${ISIAN.rencanaAksi}"; target triwulan diambil dari lembar pengukuran bila ada.`
  );
  d.merge(r, 0, r, d.cols - 1);
  r += 2;
  const headerRow = r;
  RENCANA_AKSI_COLUMNS.forEach((t, c) => d.put(headerRow, c, t, "header"));
  r++;
  const first = r;
  let n = 0;
  for (const rhk of plan.rhk)
    for (const ind of rhk.indikator) {
      const top = r;
      TRIWULAN.forEach((tw, q) => {
        d.put(r, 3, tw, "isi-tengah");
        const target = ind.targetTriwulan?.[q]?.trim();
        d.put(
          r,
          4,
          target ? (targetText({ ...ind, target }) ?? target) : ISIAN.target,
          "isi-tengah"
        );
        d.put(r, 5, ISIAN.rencanaAksi, "isi");
        r++;
      });
      const bottom = r - 1;
      [
        [0, String(++n), "isi-tengah"],
        [1, rhk.rhk, "isi"],
        [2, ind.indikator, "isi"],
      ].forEach(([c, value, style]) => {
        d.put(top, c as number, value as string, style as "isi" | "isi-tengah");
        d.merge(top, c as number, bottom, c as number);
        d.style(top, c as number, bottom, c as number, style as "isi" | "isi-tengah");
      });
    }
  const last = r - 1;
  return d.model(r, {
    widths: WIDTHS,
    headerRow,
    bodyRows: [first, last],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    sheetName: sheetNameFor("Rencana Aksi", options.tahun, plan.unit, plan.jabatan),
    skp: plan,
  });
}
