/** Tokens of a cleaned Rumus text: numbers, words, operators (symbols or Indonesian words). */
export type Token =
  | { t: "num"; value: number; percent: boolean; text: string }
  | { t: "word"; text: string }
  | { t: "op"; op: "+" | "-" | "*" | "/" }
  | { t: "lparen" }
  | { t: "rparen" }
  | { t: "eq" };

const WORD_OPERATORS: Record<string, "+" | "-" | "*" | "/"> = {
  // Only unambiguous verb forms: "bagi", "kali", "kurang" also occur as ordinary words.
  dibagi: "/",
  dikali: "*",
  dikalikan: "*",
  ditambah: "+",
  ditambahkan: "+",
  dikurangi: "-",
  dikurangkan: "-",
};
/** Labels before a colon that are prose, not a division ("Rumus : A / B"). */
const COLON_LABELS =
  /^(rumus|formula|formulasi|keterangan|catatan|ket|dimana|yaitu|sebagai berikut)$/i;

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}Σ_'’.,&]/u.test(c);
const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const s = text;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(" || c === "[") {
      tokens.push({ t: "lparen" });
      i++;
      continue;
    }
    if (c === ")" || c === "]") {
      tokens.push({ t: "rparen" });
      i++;
      continue;
    }
    if (c === "/" || c === "÷") {
      if (c === "/" && slashMeansOr(s, i, tokens)) {
        // "dan/atau", "SD/MI", "kasus / pengaduan": alternatives inside a phrase.
        const prev = tokens[tokens.length - 1] as { text: string };
        const next = /^\s*([^\s()/]+)/.exec(s.slice(i + 1))!;
        prev.text += `/${next[1]}`;
        i += 1 + next[0].length;
        continue;
      }
      tokens.push({ t: "op", op: "/" });
      i++;
      continue;
    }
    if (c === "*" || c === "×") {
      tokens.push({ t: "op", op: "*" });
      i++;
      continue;
    }
    if (c === "+") {
      tokens.push({ t: "op", op: "+" });
      i++;
      continue;
    }
    if (c === "=") {
      tokens.push({ t: "eq" });
      i++;
      continue;
    }
    if (c === ":") {
      const prev = tokens[tokens.length - 1];
      if (!(prev && prev.t === "word" && COLON_LABELS.test(prev.text)) && prev) {
        tokens.push({ t: "op", op: "/" });
      } else if (prev && prev.t === "word") {
        tokens.pop();
      }
      i++;
      continue;
    }
    if (c === "-" || c === "−" || c === "–") {
      // A minus sign stands apart; a hyphen glued to letters belongs to the word (N-1, rata-rata),
      // and so does "se -" ("se - Kabupaten").
      const prevWord = tokens[tokens.length - 1];
      if (prevWord?.t === "word" && /(^|\s)se$/i.test(prevWord.text)) {
        prevWord.text += "-";
        i++;
        continue;
      }
      const glued = isWordChar(s[i - 1]) && isWordChar(s[i + 1]);
      if (!glued) {
        tokens.push({ t: "op", op: "-" });
        i++;
        continue;
      }
    }
    if ((c === "x" || c === "X") && !isLetter(s[i - 1]) && !isLetter(s[i + 1])) {
      tokens.push({ t: "op", op: "*" });
      i++;
      continue;
    }
    const num = /^\d+(?:[.,]\d+)*(?:\s*%)?/.exec(s.slice(i));
    const afterOperator = tokens[tokens.length - 1]?.t === "op";
    if (num && (afterOperator || !isLetter(s[i - 1])) && !isLetter(s[i + num[0].length])) {
      const raw = num[0];
      const percent = raw.includes("%");
      const digits = raw.replace(/\s*%$/, "");
      const prev = tokens[tokens.length - 1];
      const before = tokens[tokens.length - 2];
      if (prev?.t === "word") {
        // A number inside a phrase ("IKS > 0,8", "usia 15 tahun") describes the quantity.
        prev.text += ` ${raw}`;
      } else if (
        prev?.t === "op" &&
        prev.op === "-" &&
        before?.t === "word" &&
        /\d$/.test(before.text)
      ) {
        // A range inside a phrase: "IKS 0,5 - 0,8".
        tokens.pop();
        before.text += ` - ${raw}`;
      } else {
        tokens.push({ t: "num", value: parseLocaleNumber(digits), percent, text: raw });
      }
      i += raw.length;
      continue;
    }
    if (c === "%") {
      i++;
      continue;
    }
    // A word: letters, digits, glued hyphens.
    let j = i;
    while (
      j < s.length &&
      (isWordChar(s[j]) ||
        ((s[j] === "-" || s[j] === "–") && isWordChar(s[j - 1]) && isWordChar(s[j + 1])))
    )
      j++;
    if (j === i) {
      i++; // a stray symbol (;, ", ≤ ...) is kept as its own word below only if meaningful
      if (/[≤≥<>]/.test(c)) tokens.push({ t: "word", text: c });
      continue;
    }
    const word = s.slice(i, j).replace(/[.,]+$/, "");
    const lower = word.toLowerCase();
    if (WORD_OPERATORS[lower]) {
      tokens.push({ t: "op", op: WORD_OPERATORS[lower] });
      // "dibagi dengan", "dikalikan dengan"
      const after = /^\s+dengan\b/i.exec(s.slice(j));
      if (after) j += after[0].length;
    } else if (word) {
      tokens.push({ t: "word", text: word });
    }
    i = j;
  }
  return tokens;
}

/** Words that open a new quantity: after them a slash is a division. */
const QUANTITY_START =
  /^(jumlah|jml|total|banyaknya|nilai|realisasi|target|luas|panjang|rata|standar|persentase|rasio|indeks|angka|waktu|skor|σ|\d)/i;
const ACRONYM = /^[A-Z][A-Za-z]{1,5}$/;

function slashMeansOr(s: string, i: number, tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 1];
  if (!prev || prev.t !== "word") return false;
  const next = /^(\s*)([^\s()/]+)/.exec(s.slice(i + 1));
  if (!next) return false;
  const before = prev.text.split(" ").pop() ?? "";
  const after = next[2];
  if (/^dan$/i.test(before) && /^atau/i.test(after)) return true;
  if (QUANTITY_START.test(after)) return false;
  if (ACRONYM.test(before) && ACRONYM.test(after) && /[A-Z]{2}/.test(before + after)) return true;
  // Single letters are variables (H x V / C, A/B), never alternatives; glued short words are
  // ("sd/mi"), spaced ones need three letters ("kasus / pengaduan").
  const glued = !/\s/.test(s[i - 1] ?? "") && next[1].length === 0;
  const min = glued ? 2 : 3;
  if (before.length < min || after.length < min) return false;
  // Otherwise a slash before a word that does not open a quantity joins alternatives, whatever
  // the case of the words ("terlatih/ bersertifikat", "Berpati/Umbi-Umbian").
  return /^\p{L}/u.test(after);
}

/** "100", "0,9", "84,3", "100.000" (thousands), "1.5". */
export function parseLocaleNumber(text: string): number {
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(",", "."));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text))
    return Number(text.replace(/\./g, "").replace(",", "."));
  return Number(text.replace(/,/g, ""));
}
