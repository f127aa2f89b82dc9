import { atasanOf } from "../../catalogue/cascading";
import { normaliseText } from "../../catalogue/normalise";
import { tableAt, where } from "./cascadeSupport";
import { quote } from "./support";
import type { PositionTable } from "./types";
import { WorkbookRule } from "./types";

/** Word overlap of two texts (0..1), to name the nearest texts of the leader's table. */
function overlap(a: string, b: string): number {
  const wa = new Set(
    normaliseText(a)
      .split(" ")
      .filter((w) => w.length > 2)
  );
  const wb = new Set(
    normaliseText(b)
      .split(" ")
      .filter((w) => w.length > 2)
  );
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/**
 * An SKP's "RHK pimpinan yang diintervensi" that matches no RHK or IKI of the leader's table in
 * the same workbook (checked only when the leader's SKP or IKI table is there): the leader's
 * texts nearest to it are suggested.
 */
export const rhkPimpinanTakDikenal: WorkbookRule = {
  id: "rhk-pimpinan-tak-dikenal",
  severity: "warning",
  title: "RHK pimpinan tidak ditemukan",
  scope: "workbook",
  skp: true,
  check(scope, report) {
    for (const skp of scope.skp) {
      const atasan = atasanOf(scope.katalog, skp.jabatan);
      if (!atasan) continue;
      const leader: PositionTable[] = [...scope.skp, ...scope.tables].filter(
        (t) => t.jabatan.id === atasan.id
      );
      if (leader.length === 0) continue;
      // The leader's RHK (sasaran) and indicators, as written there.
      const texts = [
        ...new Set(leader.flatMap((t) => t.rows.flatMap((r) => [r.sasaran ?? "", r.indikator]))),
      ].filter(Boolean);
      const known = new Set(texts.map(normaliseText));
      const said = new Set<string>();
      for (const row of skp.rows) {
        const rhk = row.induk?.trim();
        if (!rhk || said.has(normaliseText(rhk))) continue;
        const bare = rhk.replace(/^(IKU|IKI)[^:]*:\s*/i, "");
        if (known.has(normaliseText(rhk)) || known.has(normaliseText(bare))) continue;
        // The same words, give or take a few (a typo, "dan"/"serta"): the same RHK.
        if (texts.some((t) => overlap(bare, t) >= 0.8)) continue;
        said.add(normaliseText(rhk));
        const nearest = texts
          .map((t) => [t, overlap(bare, t)] as const)
          .filter(([, s]) => s > 0)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 2)
          .map(([t]) => t);
        report(
          row,
          `RHK pimpinan ${quote(rhk)} tidak ditemukan di tabel ${atasan.nama} (${where(tableAt(leader[0]))}).`,
          nearest.length > 0 ? { suggestion: nearest.join(" | ") } : {}
        );
      }
    }
  },
};
