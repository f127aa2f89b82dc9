/**
 * The computed cells of the templates, in two spellings: Excel's own functions ("asli", the
 * default: they compute wherever the file goes, a colleague's Excel, LibreOffice, WPS) or the
 * add-in's IKI.* functions ("iki": they also read targets written as ranges or with "%", and
 * explain their errors, but show #NAME? where the add-in is not installed). Both give the same
 * numbers: blank stays blank, polarity as the catalogue says, and where IKI.* gives an error the
 * native formula writes why in words (test/unit/template/computedCells.test.ts compares them in
 * a formula engine).
 */
import { FUNCTION_NAMESPACE } from "../functionMetadata";
import { SKALA_IKM } from "../measures/ikm";
import { SKALA_PREDIKAT } from "../measures/predikat";

export type RumusSel = "asli" | "iki";

/** Why a native Capaian is not computed, in the cell itself. */
/** Short: they must be read in a narrow Capaian cell. */
export const CAPAIAN_TEXT = {
  bukanAngka: "Bukan angka",
  targetNol: "Target nol",
  realisasiNol: "Realisasi nol",
} as const;

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Capaian (percent) of `realisasi` against `target`, cell references. `polaritas` is a literal
 * ("positif", "negatif", "negatif-rasio") or a cell reference holding one.
 */
export function capaianFormula(
  realisasi: string,
  target: string,
  polaritas: { literal: "positif" | "negatif" | "negatif-rasio" } | { cell: string },
  rumus: RumusSel
): string {
  const pol = "literal" in polaritas ? q(polaritas.literal) : polaritas.cell;
  if (rumus === "iki") return `=${FUNCTION_NAMESPACE}.CAPAIAN(${realisasi},${target},${pol})`;
  const R = realisasi;
  const T = target;
  const positif = `${R}/${T}*100`;
  const negatif = `MAX(0,(2*${T}-${R})/${T}*100)`;
  const rasio = `IF(${R}=0,${q(CAPAIAN_TEXT.realisasiNol)},${T}/${R}*100)`;
  let value: string;
  if ("literal" in polaritas) {
    value =
      polaritas.literal === "positif" ? positif : polaritas.literal === "negatif" ? negatif : rasio;
  } else {
    const P = polaritas.cell;
    value = `IF(${P}="negatif",${negatif},IF(${P}="negatif-rasio",${rasio},${positif}))`;
  }
  // Excel compares text without case, so "Negatif" picked from a list works too.
  return (
    `=IF(OR(${R}="",${T}=""),"",IF(NOT(AND(ISNUMBER(${R}),ISNUMBER(${T}))),${q(CAPAIAN_TEXT.bukanAngka)},` +
    `IF(${T}=0,${q(CAPAIAN_TEXT.targetNol)},${value})))`
  );
}

/** The predicate of a capaian cell on the Permendagri 86/2017 scale (blank and text stay blank). */
export function predikatFormula(capaian: string, rumus: RumusSel): string {
  if (rumus === "iki") return `=${FUNCTION_NAMESPACE}.PREDIKAT(${capaian})`;
  const bands = SKALA_PREDIKAT["86/2017"].bands;
  const chain = bands.reduceRight<string>(
    (otherwise, b) =>
      Number.isFinite(b.ambang)
        ? `IF(${capaian}>=${b.ambang},${q(b.label)},${otherwise})`
        : q(b.label),
    '""'
  );
  return `=IF(ISNUMBER(${capaian}),${chain},"")`;
}

/**
 * The IKM of a survey: from the answers (respondents x unsur, for IKI.IKM) or, natively, from the
 * row of NRR per unsur: the NRR of the unsur answered averaged (each weighed 1/their number, as
 * IKI.IKM's default "tepat") times 25. AVERAGE skips the blank NRR of an unsur nobody answered.
 */
export function ikmFormula(answers: string, nrrRow: string, rumus: RumusSel): string {
  if (rumus === "iki") return `=${FUNCTION_NAMESPACE}.IKM(${answers})`;
  return `=IF(COUNT(${answers})=0,"",AVERAGE(${nrrRow})*25)`;
}

/** The mutu (A-D) of an IKM cell, PermenPAN-RB 14/2017. */
export function mutuIkmFormula(ikm: string, rumus: RumusSel): string {
  if (rumus === "iki") return `=${FUNCTION_NAMESPACE}.MUTUIKM(${ikm})`;
  const steps = SKALA_IKM["2017"];
  const chain = steps
    .slice(0, -1)
    .reduceRight<string>(
      (otherwise, s) => `IF(${ikm}>=${s.min},${q(s.mutu)},${otherwise})`,
      q(steps[steps.length - 1].mutu)
    );
  return `=IF(ISNUMBER(${ikm}),IF(OR(${ikm}<25,${ikm}>100),"Di luar skala 25-100",${chain}),"")`;
}
