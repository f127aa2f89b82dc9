/**
 * The minimum sample of a Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017, Lampiran: the table of
 * Krejcie and Morgan, 1970). The table is the formula
 *   s = X² N P (1 - P) / (d² (N - 1) + X² P (1 - P))
 * with X² = 3,841 (chi-square, one degree of freedom, 95 %), P = 0,5 and d = 0,05, rounded to the
 * nearest whole respondent; the tests hold it to the printed pairs. Kept as data so the sheet's
 * formula and this function cannot drift apart.
 */
export const KREJCIE_MORGAN = { chiSquare: 3.841, proporsi: 0.5, galat: 0.05 } as const;

/** The minimum number of respondents for a population of `populasi` (a whole number >= 1). */
export function sampelMinimum(populasi: number): number {
  const { chiSquare: x2, proporsi: p, galat: d } = KREJCIE_MORGAN;
  const n = populasi;
  return Math.round((x2 * n * p * (1 - p)) / (d * d * (n - 1) + x2 * p * (1 - p)));
}

/** The same as an Excel formula over the cell that holds the population (English syntax). */
export function sampelMinimumFormula(populasi: string): string {
  const { chiSquare: x2, proporsi: p, galat: d } = KREJCIE_MORGAN;
  // Written as the constants' own products, so the formula reads 0.25 and 0.0025, not 0.0025000000000000005.
  const pq = `${p}*${1 - p}`;
  return `ROUND(${x2}*${populasi}*${pq}/(${d}^2*(${populasi}-1)+${x2}*${pq}),0)`;
}
