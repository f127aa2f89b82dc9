import { excelError, quote, similarText } from "./support";
import { RowRule } from "./types";

export const pjBedaKatalog: RowRule = {
  id: "pj-beda-katalog",
  severity: "info",
  title: "Penanggung Jawab berbeda dari katalog",
  scope: "row",
  check({ entri, match, pj, table, r }, report) {
    const expected = entri?.penanggungJawab;
    if (!entri || match?.kind !== "sama" || !pj || !expected || table.columns.pj === undefined)
      return;
    // An Excel error value is no name: nilai-galat reports that cell, once.
    if (excelError(pj) || similarText(pj, expected)) return;
    report(
      r,
      table.columns.pj,
      `Penanggung Jawab ${quote(pj)} berbeda dari katalog (${quote(expected)}); boleh bila memang dibagi demikian di unit ini.`,
      { entri: entri.id }
    );
  },
};
