import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { cellFacts } from "../cellKind";
import { TableRule } from "./types";

/**
 * Every target of a table the same value (typically 100): the SAKIP evaluation (PermenPAN-RB
 * 88/2021, LKE perencanaan kinerja) asks for targets that are achievable and challenging, set per
 * indicator from its baseline, not one value by default. Info: a table may rightly hold 100 for
 * each of a few indicators.
 */
export const targetSeragam: TableRule = {
  id: "target-seragam",
  severity: "info",
  title: "Semua target sama",
  scope: "table",
  check({ table, reader, ukur }, report) {
    for (const set of ukur) {
      const values: number[] = [];
      for (const r of table.bodyRows) {
        const facts = cellFacts(reader.ownText(r, set.target));
        if ((facts.kind === "angka" || facts.kind === "nomor") && facts.number !== undefined)
          values.push(facts.number);
      }
      if (values.length < 3 || values.some((v) => v !== values[0])) continue;
      report(
        table.lastHeaderRow,
        set.target,
        `Semua ${values.length} target${set.period ? ` ${set.period}` : ""} di tabel ini bernilai ${values[0]}. Target sebaiknya ditetapkan per indikator dari capaian sebelumnya: ${rujukanLke(LKE_BUTIR.targetMenantang)}.`,
        {
          suggestion:
            "Tetapkan target tiap indikator dari realisasi tahun lalu dan kemampuan tahun ini.",
        }
      );
    }
  },
};
