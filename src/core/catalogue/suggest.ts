/**
 * "Did you mean" for unit and position names typed on the command line or in a cell: the
 * catalogue names closest to what was typed, by edit distance on normalised text, so that a
 * message can say `Unit "Dinas Keshatan" tidak ada ... Mungkin maksud Anda: Dinas Kesehatan`.
 */
import { distance } from "fastest-levenshtein";
import { Katalog } from "./katalog";
import { normaliseText } from "./normalise";

interface Named {
  /** The name shown in the suggestion. */
  label: string;
  /** Every written form it may be typed as. */
  forms: string[];
}

function closest(text: string, items: Named[], limit: number): string[] {
  const typed = normaliseText(text);
  if (typed === "") return [];
  const scored = items.map((item) => {
    let best = Infinity;
    for (const form of item.forms) {
      const f = normaliseText(form);
      // A typed part of a longer name ("kesehatan" in "dinas kesehatan") counts as close.
      const d = f.includes(typed)
        ? Math.max(0, f.length - typed.length) * 0.1
        : distance(typed, f) / Math.max(typed.length, f.length);
      if (d < best) best = d;
    }
    return { label: item.label, score: best };
  });
  // Close enough, and not much further than the closest (no list of every "Dinas ...").
  const best = scored.reduce((m, s) => Math.min(m, s.score), Infinity);
  return scored
    .filter((s) => s.score <= 0.5 && s.score <= best + 0.1)
    .sort((a, b) => a.score - b.score || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((s) => s.label);
}

/** Up to `limit` unit names close to `text`. */
export function suggestUnits(katalog: Katalog, text: string, limit = 3): string[] {
  return closest(
    text,
    katalog.units.map((u) => ({ label: u.nama, forms: [u.id, u.nama, ...(u.singkatan ?? [])] })),
    limit
  );
}

/** Up to `limit` position names close to `text` (within one unit when given). */
export function suggestJabatan(
  katalog: Katalog,
  text: string,
  unitId?: string,
  limit = 3
): string[] {
  return closest(
    text,
    katalog.data.jabatan
      .filter((j) => !unitId || j.unit === unitId)
      .map((j) => ({ label: j.nama, forms: [j.id, j.nama, ...(j.aliases ?? [])] })),
    limit
  );
}

/** " Mungkin maksud Anda: A, B atau C?" (empty when nothing is close). */
export function didYouMean(names: string[]): string {
  if (names.length === 0) return "";
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")} atau ${names[names.length - 1]}`;
  return ` Mungkin maksud Anda: ${list}?`;
}
