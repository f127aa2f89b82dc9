/**
 * The formula vocabulary: every Indonesian word and phrase the rumus parser knows, in one place
 * (issue #11, section 3). The parser's modules import from here; add a word here, with where it
 * was seen when it is new. Every pattern is linear (fixed words, no nested quantifiers).
 */

// --- Operators written as words, and what a slash or colon means (tokenize.ts) ---
/** A Map, not an object: a word of the formula ("constructor") must not find Object's members. */
export const WORD_OPERATORS = new Map<string, "+" | "-" | "*" | "/">([
  // Only unambiguous verb forms: "bagi", "kali", "kurang" also occur as ordinary words.
  ["dibagi", "/"],
  ["dikali", "*"],
  ["dikalikan", "*"],
  ["ditambah", "+"],
  ["ditambahkan", "+"],
  ["dikurangi", "-"],
  ["dikurangkan", "-"],
]);
/** Labels before a colon that are prose, not a division ("Rumus : A / B"). */
export const COLON_LABELS =
  /^(rumus|formula|formulasi|keterangan|catatan|ket|dimana|yaitu|sebagai berikut)$/i;
/** Indonesian prefixes a line break leaves glued to a hyphen ("wajib ber- KTP", corpus ikk-lppd-format-kabupaten-2019). */
export const HYPHENATED_PREFIX = /(^|\s)(ber|ter|per|se|ke|di|me|mem|men|meng|peng|pen|pem)$/i;
/** Units of a range in brackets that qualifies a phrase ("Jumlah anak (0-18 th)", corpus iku-kab-pringsewu-2025). */
export const RANGE_UNITS = "th|thn|tahun|bulan|bln|hari|minggu|jam|menit";
/** Words that open a new quantity: after them a slash is a division. */
export const QUANTITY_START =
  /^(jumlah|jml|total|banyaknya|nilai|realisasi|target|luas|panjang|rata|standar|persentase|rasio|indeks|angka|waktu|skor|σ|\d)/i;

// --- Notes after the formula (cleanText.ts) ---
export const NOTE_LABEL =
  /(?:^|\s|\n)(penjelasan|penjelsan|keterangan|ket\.|catatan|dimana|di mana)\s*:/i;

// --- A legend naming the formula's symbols (legend.ts) ---
/**
 * A symbol of a formula: a capital and at most two more letters or digits ("A", "B", "Pn",
 * "P0", "JPM"), or one small letter; never x/X, which multiply.
 */
export const LEGEND_SYMBOL = "[A-WYZ][A-Za-z0-9]{0,2}|[a-wyz]";
/** What stands between a symbol and its meaning ("A = ...", "A : ...", "A adalah ..."). */
export const LEGEND_VERB = "=|:|adalah\\b|merupakan\\b|yaitu\\b|ialah\\b";
/** Words that announce a legend after the formula ("..., dengan A = ..."); read at the end. */
export const LEGEND_LEAD = /(?:^|\s)(?:dengan|dimana|di mana|yang mana|keterangan|ket\.?)$/i;

// --- A formula spread over cells (validate/spreadFormula.ts) ---
/** "x 100%", "× 100 %", "dikali 100%" alone in a cell beside a fraction. */
export const TIMES_100_ALONE = /^(?:x|×|\*|dikali(?:kan)?)\s*100\s*%?$/i;
/** A fraction bar alone in a cell (three or more of - _ – —). */
export const FRACTION_BAR_ALONE = /^[-_–—]{3,}$/;
/** A text that already divides: the next line is its legend or continuation, not a denominator. */
export const DIVIDES = /\/|÷|:|\bdibagi\b|\\frac/i;

// --- What a formula computes, by its words (parse.ts) ---
export const EXTERNAL =
  /(perhitungan|hitungan)\s+(dari\s+)?bps|\bbps\b|nilai\s+(ikm|skm|sakip|lppd|akip|kapabilitas)|nilai\s+indeks\s+kepuasan|\bopini\s+bpk|\bbpk\b|hasil\s+survei|self[\s-]*assessment|nilai\s+evaluasi|predikat/i;
export const COUNT_WORD = /^(jumlah|jml|banyaknya|total|jumlanh)\b/i;
export const SUM_WRAPPER = /^(jumlah|jml|total|σ|rata-rata|rata rata|nilai)$/i;
export const PERCENT_INDICATOR = /^\s*(persentase|presentase|prosentase|persen|%|rasio|proporsi)/i;
/** Indicators measured in percent by their name; a "Rasio" needs a denominator but no x 100. */
export const PERCENT_NAME = /^\s*(persentase|presentase|prosentase|persen|%|proporsi)/i;
export const RATIO_NAME = /^\s*rasio\b/i;
export const THRESHOLD =
  /([≥≤<>]|\bminimal|\bmaksimal|\bpaling (sedikit|banyak)|\blebih dari|\bkurang dari|\bdi atas|\bdi bawah)\s*\d/i;
export const TIME_WORD = /\bwaktu\b/gi;
export const TIME_KIND = /\b(riil|nyata|normal|standar)\b/gi;
export const TIME_KIND_FIRST = /\b(riil|normal)\b/gi;

// --- Comparing the quantities a formula names (quantity.ts) ---
export const STOPWORDS = new Set([
  "yang",
  "di",
  "dan",
  "dari",
  "pada",
  "oleh",
  "untuk",
  "dengan",
  "dalam",
  "ke",
  "atas",
  "per",
  "seluruh",
  "semua",
  "total",
  "jumlah",
  "jml",
  "banyaknya",
  "banyak",
  "the",
  "nya",
  "secara",
  "telah",
  "sudah",
  "akan",
  "adalah",
  "dalam",
  "tersebut",
  "kabupaten",
  "lumajang",
]);
export const PREFIXES = [
  "meng",
  "meny",
  "mem",
  "men",
  "me",
  "peng",
  "peny",
  "pem",
  "pen",
  "ter",
  "ber",
  "di",
  "ke",
  "se",
];
export const SUFFIXES = ["kannya", "annya", "kan", "an", "nya", "i"];
/** Trivial qualifiers that add no subset ("yang ada"). */
export const EMPTY_QUALIFIER = /^(ada|tersedia|seluruhnya|semua)$/;

// --- Ways of writing operators that are not one word (notation.ts rewrites them) ---
export interface NotationPhrase {
  pattern: RegExp;
  replacement: string;
  dilihat: string;
}

/**
 * A ratio written as a comparison: "Perbandingan X dengan Y", "Perbandingan antara X dan Y",
 * "Rasio X terhadap Y" is X / Y (corpus pk-disdukcapil-kab-konawe-kepulauan-2018). The lead word
 * opens the formula; the first separator after it divides ("dan" only after "antara").
 */
export const COMPARISON_LEAD = /^\s*(?:perbandingan|rasio)\s+(antara\s+)?/i;
export const COMPARISON_SEPARATORS = ["dengan", "terhadap"];
/** Words that make "dengan" part of a phrase, not a separator ("sesuai dengan pedoman"). */
export const NOT_A_SEPARATOR_AFTER =
  /\b(?:sesuai|bersama|sejalan|seiring|setara|berkaitan|terkait|bekerja sama)$/i;

export const NOTATION_PHRASES: NotationPhrase[] = [
  // U+2212 MINUS SIGN, from PDF text layers: "PDRB(t−1)".
  { pattern: /\u2212/g, replacement: "-", dilihat: "corpus do-rpjmd-sidoarjo-2016" },
  {
    pattern: /,?\s*dinyatakan dalam (?:satuan )?persen(?:\s*\(%\))?/gi,
    replacement: " x 100%",
    dilihat: "corpus md-sdgs-bontang",
  },
  {
    pattern: /\bdikali(?:kan)?(?: dengan)? seratus(?: persen)?/gi,
    replacement: " x 100%",
    dilihat: "issue #11 (dikalikan seratus persen)",
  },
  // "... dikalikan seratus persen sama dengan seratus atau A/B X 100% = 100".
  {
    pattern: /\bsama dengan\b/gi,
    replacement: " = ",
    dilihat: "corpus iku-kab-karangasem-sidemen-2017",
  },
];
