/**
 * Turns a seed document into a text that can be committed: every signer's name becomes
 * `[NAMA]`, every NIP `NIP. [NIP]`, a description of a handwritten signature `[tanda tangan]`.
 * Lines are kept one for one, so line numbers quoted by the tests stay those of the original.
 *
 * Who is a person is read from the document's own structure, not from a list of names:
 * - the nearest non-empty line above a `NIP ...` line is the signer (Indonesian signature blocks);
 * - the first non-empty line after `ttd.` is the signer (decrees published as copies);
 * each such name, without its academic titles, is then replaced wherever else it appears.
 */

const NIP_LINE = /^(\s*)NIP\.?\s*[\d ]{8,}\s*$/;
const NIP_DIGITS = /\b\d{8}\s?\d{6}\s?\d\s?\d{3}\b/g;
const SIGNATURE_DESCRIPTION = /^\s*A handwritten signature\b.*$/i;
/** Academic and religious titles before or after a name (Drs., Ir., H., S.Sos, M.Si., SE., ...). */
const TITLE = String.raw`(?:Dr|Drs|Dra|Ir|Hj|H|S\.\s?(?:Sos|STP|Pd|Kom|AP|IP|Kep|Psi|Si|ST|H|E|T)|M\.\s?(?:ML|Si|AP|Pd|Kn|MA|M|H|T)|SE|SH|ST|MM|A\.\s?Md)\.?`;
const LEADING_TITLES = new RegExp(String.raw`^(?:${TITLE}\s+)+`, "i");
const TRAILING_TITLES = new RegExp(String.raw`(?:\s*,?\s*${TITLE})+\s*$`, "i");

export interface SeedPeople {
  /** Names without their titles, upper case: "Drs. X Y, M.Si." gives "X Y". */
  names: string[];
  /** NIPs without spaces. */
  nips: string[];
}

function nameCore(signerText: string): string {
  let t = signerText.split("\t")[0].trim();
  t = t.replace(/\d+\.?$/, ""); // a row number glued to the name by the PDF conversion
  t = t.replace(TRAILING_TITLES, "").replace(/,.*$/, "");
  t = t.replace(LEADING_TITLES, "");
  return t.replace(/\s+/g, " ").trim().toUpperCase();
}

/** The people a set of seed texts names: signers above NIP lines and after `ttd.`. */
export function seedPeople(texts: string[]): SeedPeople {
  const names = new Set<string>();
  const nips = new Set<string>();
  for (const text of texts) {
    const lines = text.split("\n");
    const nearest = (from: number, step: 1 | -1) => {
      for (let k = from + step; k >= 0 && k < lines.length; k += step)
        if (lines[k].trim()) return lines[k];
      return undefined;
    };
    lines.forEach((line, i) => {
      for (const m of line.matchAll(NIP_DIGITS)) nips.add(m[0].replace(/\s/g, ""));
      let signer: string | undefined;
      if (NIP_LINE.test(line)) signer = nearest(i, -1);
      else if (/^\s*ttd\.?\s*$/i.test(line)) signer = nearest(i, 1);
      if (signer === undefined || NIP_LINE.test(signer)) return;
      const core = nameCore(signer);
      if (/[A-Z]{3,}/.test(core) && core.split(" ").length <= 5) names.add(core);
    });
  }
  return { names: [...names].sort(), nips: [...nips].sort() };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The seed text with every person of `people` (default: the text's own) replaced by placeholders. */
export function sanitizeSeed(text: string, people: SeedPeople = seedPeople([text])): string {
  // Longest names first, so a longer spelling of a name is not left half-replaced by a shorter one.
  const byLength = [...people.names].sort((a, b) => b.length - a.length);
  const patterns = byLength.map(
    (n) =>
      new RegExp(
        String.raw`(?:(?:${TITLE})\s+)*${n
          .split(/\s+/)
          .map(escape)
          .join(String.raw`\s+`)}(?:\s*,?\s*${TITLE}(?![A-Za-z]))*`,
        "gi"
      )
  );
  return text
    .split("\n")
    .map((line) => {
      if (SIGNATURE_DESCRIPTION.test(line)) return "[tanda tangan]";
      const nip = NIP_LINE.exec(line);
      if (nip) return `${nip[1]}NIP. [NIP]`;
      let out = line.replace(NIP_DIGITS, "[NIP]");
      for (const p of patterns) out = out.replace(p, "[NAMA]");
      return out;
    })
    .join("\n");
}
