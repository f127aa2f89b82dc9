import { TableRule } from "./types";

/** Capaian above this is surely in points (150 % is rare, 1,5 % rarer still). */
const FRACTION_MAX = 1.5;

/**
 * A Capaian column mixing points (87,1) with values between 0 and 1,5 (0,871): those cells are
 * most likely formatted as percentages, so they hold fractions, and IKI.PREDIKAT or a sum over
 * the column reads them as 0,871 points.
 */
export const capaianPecahan: TableRule = {
  id: "capaian-pecahan",
  severity: "warning",
  title: "Capaian tersimpan sebagai pecahan",
  scope: "table",
  check({ reader, table, ukur }, report) {
    for (const set of ukur) {
      // A column written as fractions throughout (2 for 200 %) mixes nothing.
      if (set.capaian === undefined || set.pecahan) continue;
      const c = set.capaian;
      const values = table.bodyRows
        .map((r) => ({ r, v: reader.raw(r, c) }))
        .filter((x): x is { r: number; v: number } => typeof x.v === "number");
      if (!values.some((x) => x.v > FRACTION_MAX)) continue;
      for (const { r, v } of values) {
        if (v <= 0 || v > FRACTION_MAX) continue;
        const points = String(Math.round(v * 10000) / 100).replace(".", ",");
        report(
          r,
          c,
          `capaian bernilai ${String(v).replace(".", ",")}, sedangkan capaian lain di kolom ini ditulis dalam persen (di atas 1,5): sel ini kemungkinan berformat persen sehingga menyimpan pecahan (${points} % tersimpan sebagai ${String(v).replace(".", ",")}).`,
          {
            suggestion: `Tulis ${points} dengan format angka biasa, seperti sel lain di kolom ini; IKI.PREDIKAT dan jumlah kolom membaca ${String(v).replace(".", ",")} apa adanya.`,
          }
        );
      }
    }
  },
};
