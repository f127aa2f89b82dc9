/**
 * What a header cell's words say of its column: a role from the vocabulary (columnVocabulary.ts),
 * strong or weak, also when the first word is misspelt by one letter ("CAPAIN KINERJA"), and the
 * period the words name ("Target 2024", "Capaian Kinerja Tahun 2019", "TW II").
 */
import { distance } from "fastest-levenshtein";
import { normaliseText } from "../catalogue/normalise";
import {
  COLUMN_SYNONYMS,
  ColumnRole,
  ColumnSynonym,
  OTHER_COLUMN_WORDS,
  WEAK_COLUMN_SYNONYMS,
} from "./columnVocabulary";

interface Matcher {
  role: ColumnRole;
  synonym: ColumnSynonym;
}

/** Synonyms by their first word, longest first, built once from a vocabulary. */
function byFirstWord(
  vocabulary: Partial<Record<ColumnRole, ColumnSynonym[]>>
): Map<string, Matcher[]> {
  const map = new Map<string, Matcher[]>();
  for (const role of Object.keys(vocabulary) as ColumnRole[]) {
    for (const synonym of vocabulary[role] ?? []) {
      const first = synonym.teks.split(" ")[0];
      const list = map.get(first) ?? [];
      list.push({ role, synonym });
      map.set(first, list);
    }
  }
  for (const list of map.values())
    list.sort((a, b) => b.synonym.teks.length - a.synonym.teks.length);
  return map;
}
const STRONG = byFirstWord(COLUMN_SYNONYMS);
const WEAK = byFirstWord(WEAK_COLUMN_SYNONYMS);
/** First words long enough to be recognised with one letter wrong ("capain", "realsasi"). */
const FUZZY_FIRST = [...STRONG.keys()].filter((w) => w.length >= 6);

/** Header cells are short and name a column. */
const MAX_HEADER_LENGTH = 100;
const MAX_HEADER_WORDS = 14;

/**
 * A column number or symbol written into the header ("SASARAN KINERJA (4)", "Pencapaian (P)",
 * "Target Sasaran (TxToS)") is not part of its name; a year "(2021)" is.
 */
const COLUMN_NUMBER = /\(\s*(?:\d{1,2}|[a-z][a-z0-9 x+\-/:.]{0,7})\s*\)\s*$/i;

function normalisedHeader(text: string): string | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return undefined;
  // A word broken by a hyphen at a line end ("Penang-gung Jawab") is read whole; a hyphen
  // between two words ("Sub-Kegiatan") keeps them apart.
  const joined = text
    .replace(COLUMN_NUMBER, "")
    .replace(/([a-z])-\s*([a-z])/g, (m, a: string, b: string, at: number, all: string) =>
      /[a-z]{2}$/i.test(all.slice(Math.max(0, at - 3), at + 1)) && b === b.toLowerCase() ? a + b : m
    );
  const n = normaliseText(joined);
  if (n === "" || n.split(" ").length > MAX_HEADER_WORDS) return undefined;
  return n;
}

function match(n: string, first: string, table: Map<string, Matcher[]>): Matcher | undefined {
  const candidates = table.get(first);
  if (!candidates) return undefined;
  for (const m of candidates) {
    if (n === m.synonym.teks) return m;
    if (m.synonym.cocok === "awal" && n.startsWith(m.synonym.teks + " ")) return m;
  }
  return undefined;
}

/**
 * The vocabulary's first word a cell's first word stands for: itself, or the word it misspells by
 * one letter ("capain" for capaian) or cuts short ("keterang" for keterangan); null for none.
 * Memoised per word: most cells of a sheet are not headers, and their first words repeat.
 */
const firstWordMemo = new Map<string, string | null>();
function vocabularyWord(first: string, table: Map<string, Matcher[]>): string | null {
  if (table.has(first)) return first;
  if (table !== STRONG || first.length < 6) return null;
  const known = firstWordMemo.get(first);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const candidate of FUZZY_FIRST) {
    const misspelt =
      Math.abs(candidate.length - first.length) <= 1 && distance(candidate, first) <= 1;
    const cut =
      first.length >= 7 && candidate.length - first.length <= 3 && candidate.startsWith(first);
    if (misspelt || cut) {
      found = candidate;
      break;
    }
  }
  if (firstWordMemo.size > 20_000) firstWordMemo.clear();
  firstWordMemo.set(first, found);
  return found;
}

/** The raw first word of a cell, lower case, or undefined for a cell too long to be a header. */
function rawFirstWord(text: string): string | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return undefined;
  return /[a-z%]+/i.exec(text)?.[0]?.toLowerCase();
}

/**
 * For each first word whose synonyms all have two words or more, the second words they allow:
 * "Persentase desa ..." cannot be "persentase kinerja" or "persentase cakupan", so an indicator's
 * text is not normalised only to find that out.
 */
function secondWords(table: Map<string, Matcher[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [first, matchers] of table) {
    const seconds = matchers.map((m) => m.synonym.teks.split(" ")[1]);
    if (seconds.some((s) => s === undefined)) continue; // a one-word synonym takes any second
    out.set(first, new Set(seconds as string[]));
  }
  return out;
}
const SECOND = new Map([
  [STRONG, secondWords(STRONG)],
  [WEAK, secondWords(WEAK)],
]);

/**
 * Roles found so far, per vocabulary and cell text: the table finder asks for every cell of every
 * row, and a sheet's texts repeat (measured: the check of a 1,362-cell workbook went from 5.7 to
 * 4.0 ms).
 */
const roleMemo = new Map<Map<string, Matcher[]>, Map<string, ColumnRole | null>>([
  [STRONG, new Map()],
  [WEAK, new Map()],
]);
const ROLE_MEMO_LIMIT = 20_000;

function roleIn(text: string, table: Map<string, Matcher[]>): ColumnRole | undefined {
  const memo = roleMemo.get(table)!;
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  const role = readRole(text, table);
  if (memo.size >= ROLE_MEMO_LIMIT) memo.clear();
  memo.set(text, role ?? null);
  return role;
}

function readRole(text: string, table: Map<string, Matcher[]>): ColumnRole | undefined {
  // Cheap test on the first words before normalising (most cells of a sheet are not headers).
  const firstRaw = rawFirstWord(text);
  const word0 = firstRaw ? vocabularyWord(firstRaw, table) : null;
  if (!word0) {
    // Normalising may still change the first word ("% Kinerja" reads "persentase kinerja").
    if (!text.trimStart().startsWith("%")) return undefined;
  } else {
    const allowed = SECOND.get(table)!.get(word0);
    const second = /[a-z%]+[^a-z%]+([a-z%]+)/i.exec(text)?.[1]?.toLowerCase();
    if (allowed && second !== undefined && !allowed.has(second)) return undefined;
  }
  const n = normalisedHeader(text);
  if (!n) return undefined;
  const first = n.split(" ")[0];
  const word = vocabularyWord(first, table);
  if (!word) return undefined;
  return match(word + n.slice(first.length), word, table)?.role;
}

/** The role a header cell names by a word of COLUMN_SYNONYMS (a misspelt first word included). */
export function roleOf(text: string): ColumnRole | undefined {
  return roleIn(text, STRONG);
}

/** The role a header cell suggests by a word of WEAK_COLUMN_SYNONYMS ("Uraian", "Judul Data"). */
export function weakRoleOf(text: string): ColumnRole | undefined {
  return roleIn(text, WEAK);
}

const OTHER = new RegExp(`^(?:${OTHER_COLUMN_WORDS.join("|")})\\b`);

/** Whether a header cell names a column of another kind ("Frekuensi", "Kondisi Awal 2019"). */
export function namesOtherColumn(text: string): boolean {
  const n = normalisedHeader(text);
  return n !== undefined && OTHER.test(n);
}

/**
 * Whether a text could be a header cell at all: short, few words, no formula, and no label
 * followed by its value ("Indikator Program 1 : Persentase ..." is a body cell).
 */
export function headerLike(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_HEADER_LENGTH &&
    !text.startsWith("=") &&
    text.split(/\s+/).length <= MAX_HEADER_WORDS &&
    !LABEL_VALUE.test(text.replace(/\([^()]*\)/g, ""))
  );
}
/** "Label : two or more words", outside brackets ("Capaian (8 : 6x100)" is still a header). */
const LABEL_VALUE = /:\s*[A-Za-z]{2,}\S*\s+[A-Za-z]/;

/** The synonym of `role` a header text starts with, for what follows it ("Target 2024" gives "2024"). */
export function wordsAfterRole(text: string, role: ColumnRole): string {
  const n = normaliseText(text.replace(COLUMN_NUMBER, ""));
  const synonym = (COLUMN_SYNONYMS[role] ?? [])
    .map((s) => s.teks)
    .filter((t) => n === t || n.startsWith(t + " "))
    .sort((a, b) => b.length - a.length)[0];
  if (synonym) return n.slice(synonym.length).trim();
  // A misspelt first word: what follows its first word.
  return n.split(" ").slice(1).join(" ");
}

/** Words of a period that name no period: a unit, "tahun", "kinerja", "s.d." ... */
const NOT_PERIOD = new Set([
  "persen",
  "persentase",
  "prosen",
  "pct",
  "%",
  "tahun",
  "th",
  "thn",
  "ta",
  "kinerja",
  "anggaran",
  "s",
  "d",
  "sd",
  "dan",
  "pada",
  "akhir",
  "renstra",
  "rpjmd",
]);
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The period some header words name, normalised so that two ways of writing it meet: the years
 * ("Tahun 2019", "TH. 2019", "2019" all give "2019"), a quarter or a semester ("TW II",
 * "Triwulan 2", "TW-2" give "tw 2"), else the remaining words ("n 1" for "TAHUN N-1").
 */
export function periodOf(text: string): string {
  const n = normaliseText(text);
  if (n === "") return "";
  const words = n.split(" ");
  const years = words.filter((w) => /^(19|20)\d\d$/.test(w));
  let quarter = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const kind = /^(tw|triwulan|trw|tri|q)$/.test(w)
      ? "tw"
      : /^(semester|smt|sem)$/.test(w)
        ? "smt"
        : "";
    if (!kind) continue;
    const next = words[i + 1] ?? "";
    // The quarter's number right after the word, or alone elsewhere (a sub-header "I" under
    // "Realisasi Kinerja pada Triwulan").
    const k =
      (/^\d$/.test(next) ? Number(next) : ROMAN[next]) ??
      words.map((x) => (/^[1-4]$/.test(x) ? Number(x) : ROMAN[x])).find((x) => x !== undefined);
    if (k) quarter = `${kind} ${k}`;
  }
  const glued = /\btw(\d)\b/.exec(n);
  if (!quarter && glued) quarter = `tw ${glued[1]}`;
  if (years.length > 0 || quarter) return [...years, quarter].filter(Boolean).join(" ");
  return words.filter((w) => !NOT_PERIOD.has(w)).join(" ");
}
