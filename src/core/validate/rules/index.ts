/**
 * The registry of validation rules, in the order they run and report within a row. Adding a rule:
 * write `<id>.ts` beside this file (id, severity, title, check) and `<id>.examples.ts` (its valid
 * and invalid examples), and list it here: its key is its id (`RuleId` is this registry's keys).
 * The README's rule table is checked against this list by test/unit/validate/rules.test.ts.
 */
import type { RumusParse } from "../../rumus";
import type { Severity } from "../findings";
import { basisPertumbuhanSalah } from "./basis-pertumbuhan-salah";
import { capaianDipotong } from "./capaian-dipotong";
import { capaianPecahan } from "./capaian-pecahan";
import { capaianSalahHitung } from "./capaian-salah-hitung";
import { ikiGandaJabatan } from "./iki-ganda-jabatan";
import { ikiTanpaInduk } from "./iki-tanpa-induk";
import { ikuTanpaPendukung } from "./iku-tanpa-pendukung";
import { indikatorTidakDikenal } from "./indikator-tidak-dikenal";
import { kali100DiPenyebut } from "./kali-100-di-penyebut";
import { kali100Ganda } from "./kali-100-ganda";
import { kolomHilang } from "./kolom-hilang";
import { kurungTidakSeimbang } from "./kurung-tidak-seimbang";
import { nilaiGalat } from "./nilai-galat";
import { nomorGanda } from "./nomor-ganda";
import { nomorLoncat } from "./nomor-loncat";
import { pembagiRataRata } from "./pembagi-rata-rata";
import { pembilangSamaPenyebut } from "./pembilang-sama-penyebut";
import { persenTanpa100 } from "./persen-tanpa-100";
import { persenTanpaPenyebut } from "./persen-tanpa-penyebut";
import { pjBedaKatalog } from "./pj-beda-katalog";
import { pjKosong } from "./pj-kosong";
import { ringkasanSalahHitung } from "./ringkasan-salah-hitung";
import { rumusCacatKatalog } from "./rumus-cacat-katalog";
import { rumusKosong } from "./rumus-kosong";
import { rumusTidakDiperiksa } from "./rumus-tidak-diperiksa";
import { rumusTidakSesuai } from "./rumus-tidak-sesuai";
import { rumusTidakTerbaca } from "./rumus-tidak-terbaca";
import { salahKetik } from "./salah-ketik";
import { sumberBukanDokumen } from "./sumber-bukan-dokumen";
import { sumberKosong } from "./sumber-kosong";
import { skpIkiTidakCocok } from "./skp-iki-tidak-cocok";
import { skpIsian } from "./skp-isian";
import { skpRhkTanpaIndikator } from "./skp-rhk-tanpa-indikator";
import { skpTanpaPerspektif } from "./skp-tanpa-perspektif";
import { skpTanpaTarget } from "./skp-tanpa-target";
import { rhkPimpinanTakDikenal } from "./rhk-pimpinan-tak-dikenal";
import { ikuBerganti } from "./iku-berganti";
import { indikatorTakTerukur } from "./indikator-tak-terukur";
import { targetAbsolut } from "./target-absolut";
import { indikatorKeluaran } from "./indikator-keluaran";
import { sasaranKegiatanRule } from "./sasaran-kegiatan";
import { targetSeragam } from "./target-seragam";
import { manualKosong } from "./manual-kosong";
import { targetDiBawahRealisasi } from "./target-di-bawah-realisasi";
import { tabelTanpaIndikator } from "./tabel-tanpa-indikator";
import { tabelTidakDikenali } from "./tabel-tidak-dikenali";
import type { Rule } from "./types";

/** Every rule by its id (the compiler checks that each key is its rule's id). */
export const RULES_BY_ID = {
  // the sheet
  "tabel-tidak-dikenali": tabelTidakDikenali,
  // each table
  "rumus-tidak-diperiksa": rumusTidakDiperiksa,
  "kolom-hilang": kolomHilang,
  "tabel-tanpa-indikator": tabelTanpaIndikator,
  "capaian-pecahan": capaianPecahan,
  "ringkasan-salah-hitung": ringkasanSalahHitung,
  "skp-rhk-tanpa-indikator": skpRhkTanpaIndikator,
  "target-seragam": targetSeragam,
  // each indicator row
  "nomor-ganda": nomorGanda,
  "nomor-loncat": nomorLoncat,
  "nilai-galat": nilaiGalat,
  "pj-kosong": pjKosong,
  "sumber-kosong": sumberKosong,
  "salah-ketik": salahKetik,
  "indikator-tidak-dikenal": indikatorTidakDikenal,
  "rumus-kosong": rumusKosong,
  "rumus-cacat-katalog": rumusCacatKatalog,
  "rumus-tidak-sesuai": rumusTidakSesuai,
  "sumber-bukan-dokumen": sumberBukanDokumen,
  "pj-beda-katalog": pjBedaKatalog,
  "capaian-salah-hitung": capaianSalahHitung,
  "capaian-dipotong": capaianDipotong,
  // what the SAKIP evaluation scores (issue #29)
  "indikator-keluaran": indikatorKeluaran,
  "sasaran-kegiatan": sasaranKegiatanRule,
  "manual-kosong": manualKosong,
  "target-di-bawah-realisasi": targetDiBawahRealisasi,
  "indikator-tak-terukur": indikatorTakTerukur,
  // each SKP row (issue #28)
  "skp-tanpa-target": skpTanpaTarget,
  "skp-tanpa-perspektif": skpTanpaPerspektif,
  "target-absolut": targetAbsolut,
  "skp-isian": skpIsian,
  // each formula the catalogue did not settle
  "kurung-tidak-seimbang": kurungTidakSeimbang,
  "rumus-tidak-terbaca": rumusTidakTerbaca,
  "kali-100-di-penyebut": kali100DiPenyebut,
  "pembagi-rata-rata": pembagiRataRata,
  "kali-100-ganda": kali100Ganda,
  "pembilang-sama-penyebut": pembilangSamaPenyebut,
  "basis-pertumbuhan-salah": basisPertumbuhanSalah,
  "persen-tanpa-penyebut": persenTanpaPenyebut,
  "persen-tanpa-100": persenTanpa100,
  // the workbook as a whole (cascading), after every sheet
  "iku-tanpa-pendukung": ikuTanpaPendukung,
  "iki-tanpa-induk": ikiTanpaInduk,
  "iki-ganda-jabatan": ikiGandaJabatan,
  // an SKP against its position's IKI table and its leader's (issue #28)
  "skp-iki-tidak-cocok": skpIkiTidakCocok,
  "rhk-pimpinan-tak-dikenal": rhkPimpinanTakDikenal,
  // the checked workbook against an earlier year's (periksa --banding, issue #29)
  "iku-berganti": ikuBerganti,
} satisfies Record<string, Rule>;

/** The id of a rule: a key of the registry. */
export type RuleId = keyof typeof RULES_BY_ID;

/** The rules in the registry's order (each under its own id: test/unit/validate/rules.test.ts). */
export const RULES: readonly Rule[] = Object.values(RULES_BY_ID);

export const SEVERITY = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<
  RuleId,
  Severity
>;

/** Short Indonesian names of the rules, for grouped reports. */
export const RULE_TITLE = Object.fromEntries(RULES.map((r) => [r.id, r.title])) as Record<
  RuleId,
  string
>;

export type { Rule } from "./types";

/**
 * The formula rules' findings for one parsed formula, without a table (the catalogue's golden
 * table and the rumus tests use it): rule ids and messages, in the registry's order.
 */
export function judgeFormula(parsed: RumusParse): Array<{ rule: RuleId; message: string }> {
  const input = { parsed, ...(parsed.facts ? { facts: parsed.facts } : {}) };
  const out: Array<{ rule: RuleId; message: string }> = [];
  for (const rule of RULES) {
    if (rule.scope !== "formula") continue;
    const message = rule.check(input);
    if (message !== undefined) out.push({ rule: rule.id as RuleId, message });
  }
  return out;
}
