import { TableRule } from "./types";

/** A row's number ("4", "4.") in the No column. */
const NUMBER = /^(\d+)\.?$/;
/**
 * A hierarchical code at the start of the No cell ("2.1.3", "2.1.1.Upaya Promosi ...", "II.12.1"
 * under a roman-numbered aspect, "A.2" under a lettered heading).
 */
const CODE = /^((?:\d{1,3}|[IVX]{1,5}|[A-Z])(?:\.\d{1,3})+)\.?(?=$|\s|[A-Za-z(])/;

/**
 * Numbering that skips: "2" then "4" in the No column, or a hierarchical code whose last part
 * skips (2.1.1.1 then 2.1.1.3), headings' codes included. A code one level too deep where the
 * next sibling was due ("2.1.1.1.2" after "2.1.1.1", meant as 2.1.1.2) is named as such, once.
 */
export const nomorLoncat: TableRule = {
  id: "nomor-loncat",
  severity: "warning",
  title: "Nomor meloncat",
  scope: "table",
  check({ reader, table }, report) {
    const c = table.columns.no;
    if (c === undefined || table.bentuk === "rekaman") return;
    let lastNumber: number | undefined;
    /** The last child number seen under each code ("" for the top level). */
    const lastChild = new Map<string, number>();
    const seen = new Set<string>();
    for (const r of table.bodyRows) {
      const text = reader.ownText(r, c);
      if (text === "") continue;
      const n = NUMBER.exec(text);
      if (n) {
        const number = Number(n[1]);
        if (lastNumber !== undefined && number > lastNumber + 1) {
          const missing =
            number - lastNumber === 2 ? `${lastNumber + 1}` : `${lastNumber + 1}-${number - 1}`;
          report(
            r,
            c,
            `nomor meloncat dari ${lastNumber} ke ${number} (nomor ${missing} tidak ada).`
          );
        }
        lastNumber = number;
        lastChild.delete(String(number)); // its codes start again
        seen.add(String(number));
        continue;
      }
      const m = CODE.exec(text);
      if (!m) continue;
      const parts = m[1].split(".");
      const code = parts.join(".");
      const parent = parts.slice(0, -1).join(".");
      const k = Number(parts[parts.length - 1]);
      const previous = lastChild.get(parent) ?? (seen.has(parent) ? 0 : undefined);
      if (previous !== undefined && k > previous + 1) {
        // One level too deep: dropping the part before the last gives the sibling that was due.
        const upper = parts.slice(0, -2).join(".");
        const meant = parts.length >= 3 ? `${upper}.${k}` : undefined;
        if (meant && lastChild.get(upper) === k - 1) {
          report(
            r,
            c,
            `nomor ${code} meloncat: sesudah ${upper}.${k - 1} yang diharapkan ${meant} (atau ${parent}.${previous + 1}).`
          );
          lastChild.set(upper, k);
          lastChild.delete(meant);
          seen.add(meant);
          continue;
        }
        const missing =
          k - previous === 2 ? `${parent}.${previous + 1}` : `${parent}.${previous + 1}-${k - 1}`;
        report(r, c, `nomor ${code} meloncat (nomor ${missing} tidak ada).`);
      }
      lastChild.set(parent, k);
      lastChild.delete(code);
      seen.add(code);
    }
  },
};
