/*
 * `npm run corpus`: the validator on the corpus of test/corpus, scored against the reviewer's
 * labels: tables found, labelled findings found (recall), warning/error findings a label
 * confirms (precision), and every disagreement, to decide honestly which side is wrong.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { corpusBatches, scoreCorpus } from "../test/support/corpus";

/** `npm run corpus [-- --kelompok B1]`: the whole corpus, or one batch of test/corpus/kelompok.json. */
async function main(): Promise<void> {
  const i = process.argv.indexOf("--kelompok");
  let only: string[] | undefined;
  if (i >= 0) {
    const name = process.argv[i + 1];
    const batch = corpusBatches().find((b) => b.nama === name);
    if (!batch) throw new Error(`Kelompok "${name}" tidak ada di test/corpus/kelompok.json (ada: ${corpusBatches().map((b) => b.nama).join(", ")}).`);
    only = batch.dokumen;
  }
  const { perDocument, total } = await scoreCorpus(defaultKatalog(), mkdtempSync(path.join(os.tmpdir(), "korpus-")), only);
  for (const [id, s] of perDocument) {
    console.log(`${id.padEnd(38)} tabel ${s.tablesFound}/${s.tablesExpected}  label ditemukan ${s.recalled}/${s.labelled}  temuan dikonfirmasi ${s.confirmed}/${s.reported}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(2));
  console.log(`\nJumlah: tabel ${total.tablesFound}/${total.tablesExpected}; recall ${ratio(total.recalled, total.labelled)} (${total.recalled}/${total.labelled}); presisi ${ratio(total.confirmed, total.reported)} (${total.confirmed}/${total.reported}).`);
  console.log("\nPer keluarga aturan (peringatan dan galat): recall | presisi");
  for (const [family, c] of Object.entries(total.byFamily)) {
    console.log(`  ${family.padEnd(8)} ${ratio(c.recalled, c.labelled)} (${c.recalled}/${c.labelled}) | ${ratio(c.confirmed, c.reported)} (${c.confirmed}/${c.reported})`);
  }
  for (const [title, list] of [["Tabel tidak ditemukan", total.missedTables], ["Label tidak ditemukan", total.missedFindings], ["Temuan tanpa label", total.unlabelledText]] as const) {
    if (list.length) console.log(`\n${title}:\n  ${list.join("\n  ")}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
