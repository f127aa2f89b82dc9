/**
 * Rows of the tab-separated IKI/IKU tables in the seeds, read the way a reviewer reads the PDF
 * (shared by the catalogue coverage and the formula tests):
 * - the indicator is column 3, or column 2 when a broken row shifted left (004 Dishub);
 * - label rows ("Tugas Pokok : ..."), repeated page headers, separator rows and non-IKU tables
 *   (the IKM interval table: no lower-case word) are not indicator rows;
 * - a row without a No that continues cells split by a page break or a line wrap (its indicator
 *   starts in lower case, it carries a Sasaran fragment, or it comes right after a repeated
 *   header) is joined to the row above; rows with only a Rumus cell continue its formula.
 */
import { seedLines } from "./seeds";

export interface SeedRow {
  line: number;
  indikator: string;
  rumus: string;
}

const HEADER = /^(indikator kinerja|iki$|indikator$)/i;
const FORMULA_START = /^(\$|\\frac|<p>)/;
const NUMBERED = /^\d+\.\s*/;

export function tableRows(lines: string[], from = 1, to = lines.length - 1): SeedRow[] {
  const rows: SeedRow[] = [];
  let afterHeader = false;
  for (let n = from; n <= to; n++) {
    const cols = lines[n].split("\t").map((c) => c.trim());
    if (cols.length < 4) {
      if (lines[n].trim() !== "") afterHeader = false;
      continue;
    }
    let [no, sasaran, cell, rumus] = cols;
    if (FORMULA_START.test(cell) && NUMBERED.test(sasaran)) [rumus, cell, sasaran] = [cell, sasaran, ""];
    if (HEADER.test(cell)) {
      afterHeader = true;
      continue;
    }
    const wasAfterHeader = afterHeader;
    afterHeader = false;
    if (sasaran === ":" || cell === ":") continue;
    const last = rows[rows.length - 1];
    if (!/[a-z]{3,}/.test(cell)) {
      // No indicator: a formula continuation (page break inside the Rumus cell) or noise.
      if (last && no === "" && cell === "" && rumus && /[a-z]{3,}/.test(rumus)) last.rumus += "\n" + rumus;
      continue;
    }
    const continues =
      last !== undefined &&
      no === "" &&
      !NUMBERED.test(cell) &&
      (/^[a-z]/.test(cell) || sasaran !== "" || wasAfterHeader);
    if (continues) {
      last.indikator += " " + cell;
      if (rumus) last.rumus += "\n" + rumus;
    } else rows.push({ line: n, indikator: cell.replace(NUMBERED, ""), rumus: rumus ?? "" });
  }
  return rows;
}

export function seedTableRows(prefix: "000" | "001" | "003" | "004"): SeedRow[] {
  return tableRows(seedLines(prefix));
}

/** Seed 002 lost its tabs: one cell per paragraph; indicator after "Program ...", then its Rumus. */
export function senduroRows(): SeedRow[] {
  const lines = seedLines("002");
  const paragraphs: Array<{ line: number; text: string }> = [];
  let start = 0;
  let buffer: string[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const l = (lines[n] ?? "").trim();
    if (l === "") {
      if (buffer.length) paragraphs.push({ line: start, text: buffer.join("\n") });
      buffer = [];
    } else {
      if (!buffer.length) start = n;
      buffer.push(l);
    }
  }
  const rows: SeedRow[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0 && /^Program\b/.test(paragraphs[i - 1].text)) {
      // A formula cell can be broken by a blank line ("... tepat" / "waktu dibagi ..."): the
      // next paragraph continues it when it starts in lower case.
      let rumus = paragraphs[i + 1]?.text ?? "";
      for (let k = i + 2; k < paragraphs.length && /^\p{Ll}/u.test(paragraphs[k].text); k++) rumus += "\n" + paragraphs[k].text;
      rows.push({ line: p.line, indikator: p.text.replace(/\n/g, " "), rumus });
    }
  });
  return rows;
}
