/** Which of an entry's formulas a table is given: the correction when it is a formula to write. */
import type { Entri } from "./types";

/** A correction written as a template ("(P1 + ... + Pk) / k") is guidance, not a formula to write. */
export function usableKoreksi(entri: Entri): string | undefined {
  return entri.rumusKoreksi && !/\.\.\.|…/.test(entri.rumusKoreksi)
    ? entri.rumusKoreksi
    : undefined;
}

/** The formula written into a table from the catalogue: the usable correction, else the decree's. */
export function rumusTabel(entri: Entri): string {
  return usableKoreksi(entri) ?? entri.rumus;
}
