import { cellOf, excelError, quote, similarText } from "./support";
import { RowRule } from "./types";

export const pjBedaKatalog: RowRule = {
  id: "pj-beda-katalog",
  severity: "info",
  title: "Penanggung Jawab berbeda dari katalog",
  scope: "row",
  check(row, report) {
    const { entri, match, pj } = row;
    const expected = entri?.penanggungJawab;
    const cell = cellOf(row, "pj");
    if (!entri || match?.kind !== "sama" || !pj || !expected || cell === undefined) return;
    // An Excel error value is no name: nilai-galat reports that cell, once.
    if (excelError(pj) || similarText(pj, expected)) return;
    report(
      cell.r,
      cell.c,
      `Penanggung Jawab ${quote(pj)} berbeda dari katalog (${quote(expected)}); boleh bila memang dibagi demikian di unit ini.`,
      { entri: entri.id }
    );
  },
};
