import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { normaliseText } from "../../catalogue/normalise";
import { rumusTabel } from "../../catalogue/rumusEntri";
import type { Katalog } from "../../catalogue/katalog";
import { compareRumus, parseRumus } from "../../rumus";
import { quantities } from "../../rumus/ast";
import { quantityKey, quantitySimilarity, SAME_QUANTITY } from "../../rumus/quantity";
import type { IndicatorRef } from "../findings";
import { where } from "./cascadeSupport";
import { headerCell } from "../tableCells";
import { BandingRule, IkuSet } from "./types";

/**
 * An IKU of the unit in the earlier year's workbook that the checked one no longer has, and an
 * IKU the checked one has that the earlier year did not. The SAKIP evaluation (PermenPAN-RB
 * 88/2021, LKE perencanaan kinerja) asks that IKU stay the same over the planning period; a new
 * RPJMD or Renstra period is the usual reason they may change, so this is information to look at.
 * Two rows are one IKU when they are the same catalogue entry, name the same quantity, or compute
 * the same formula (the catalogue's formula comparison): rewording alone is not a replacement.
 */
export const ikuBerganti: BandingRule = {
  id: "iku-berganti",
  severity: "info",
  title: "IKU berganti dari tahun sebelumnya",
  scope: "banding",
  check: ({ katalog, lama, baru }, report) => {
    const old = rowsOf(lama);
    const now = rowsOf(baru);
    if (old.length === 0 || now.length === 0) return;
    // A formula written on several rows (a template's placeholder) identifies none of them.
    const own = ownFormulas(katalog, [old, now]);
    const kept = new Set<IndicatorRef>();
    const added: IndicatorRef[] = [];
    for (const row of now) {
      const same = old.find((o) => sameIku(katalog, o, row, own));
      if (same) kept.add(same);
      else added.push(row);
    }
    const dropped = old.filter((o) => !kept.has(o));
    const unit = baru.unit ?? lama.unit;
    const whose = unit ? ` ${unit.nama}` : "";
    for (const row of added) {
      report(
        row,
        `IKU${whose} "${row.indikator}" tidak ada di ${lama.nama}: IKU baru atau pengganti${dropped.length > 0 && dropped.length <= 3 ? ` (yang tidak ada lagi: ${dropped.map((d) => `"${d.indikator}"`).join(", ")})` : ""}. ${rujukanLke(LKE_BUTIR.ikuBerkelanjutan)}: IKU tidak sering diganti dalam satu periode. Bila periode RPJMD/Renstra berganti atau dokumennya diubah secara sah, catat alasannya.`
      );
    }
    const at = headerCell(baru.tables[0].table);
    for (const row of dropped) {
      report(
        at,
        `IKU${whose} "${row.indikator}" dari ${lama.nama} (${where(row)}) tidak ada lagi di tabel IKU ini. ${rujukanLke(LKE_BUTIR.ikuBerkelanjutan)}: IKU tidak sering diganti dalam satu periode. Bila memang diganti, catat alasannya dan IKU penggantinya.`
      );
    }
  },
};

function rowsOf(set: IkuSet): IndicatorRef[] {
  return set.tables.flatMap((t) => t.rows.filter((r) => r.iku));
}

/** The formula a row computes: its own, else its catalogue entry's. */
function formulaOf(katalog: Katalog, row: IndicatorRef): string | undefined {
  if (row.rumus) return row.rumus;
  const entri = row.entri ? katalog.entri(row.entri) : undefined;
  return entri ? rumusTabel(entri) : undefined;
}

/**
 * A formula specific enough to identify an indicator: read as a tree of at least two quantities
 * ("Jumlah kegiatan" alone is shared by many).
 */
function telling(text: string | undefined) {
  if (!text) return undefined;
  const parsed = parseRumus(text);
  return parsed.expr && new Set(quantities(parsed.expr)).size >= 2 ? parsed : undefined;
}

/** The rows whose formula no other row of the same workbook repeats (in its written form). */
function ownFormulas(katalog: Katalog, sets: IndicatorRef[][]): Set<IndicatorRef> {
  const own = new Set<IndicatorRef>();
  for (const rows of sets) {
    const count = new Map<string, number>();
    const key = (r: IndicatorRef) => normaliseText(formulaOf(katalog, r) ?? "");
    for (const r of rows) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
    for (const r of rows) if (count.get(key(r)) === 1) own.add(r);
  }
  return own;
}

/**
 * Whether two rows are one IKU: the same catalogue entry, the same quantity in other words, or
 * (each formula its row's own) formulas that compute the same.
 */
function sameIku(
  katalog: Katalog,
  a: IndicatorRef,
  b: IndicatorRef,
  own: ReadonlySet<IndicatorRef>
): boolean {
  if (a.entri && b.entri) return a.entri === b.entri;
  if (normaliseText(a.indikator) === normaliseText(b.indikator)) return true;
  if (quantitySimilarity(quantityKey(a.indikator), quantityKey(b.indikator)) >= SAME_QUANTITY)
    return true;
  if (!own.has(a) || !own.has(b)) return false;
  const fa = telling(formulaOf(katalog, a));
  const fb = fa && telling(formulaOf(katalog, b));
  return !!fa && !!fb && compareRumus(fa, fb).equivalent;
}
