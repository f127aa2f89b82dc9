/**
 * The validator: finds the tables of a grid and reports what a careful reviewer at the Bagian
 * Organisasi would, and nothing that is fine (heuristics that can be wrong are "info").
 */
import { EntriMatch, Katalog } from "../catalogue/katalog";
import { normaliseText } from "../catalogue/normalise";
import { Entri } from "../catalogue/types";
import { EXCEL_ERROR_VALUES } from "../cellValues";
import { address, Grid, GridReader } from "../grid";
import { compareRumus, Comparison, DiagnosticCode, parseRumus, RumusParse } from "../rumus";
import { DetectedTable, detectTables, RejectedHeader } from "./detectTables";
import { ColumnRole, ROLE_NAME } from "./columnVocabulary";
import { Finding, QuickFix, RuleId, SEVERITY, SheetReport, TableSummary } from "./findings";

const DIAGNOSTIC_RULE: Record<DiagnosticCode, RuleId> = {
  "persen-tanpa-penyebut": "persen-tanpa-penyebut",
  "persen-tanpa-100": "persen-tanpa-100",
  "kali-100-di-penyebut": "kali-100-di-penyebut",
  "pembagi-rata-rata": "pembagi-rata-rata",
  "kali-100-ganda": "kali-100-ganda",
  "pembilang-sama-penyebut": "pembilang-sama-penyebut",
  "kurung-tidak-seimbang": "kurung-tidak-seimbang",
  "basis-pertumbuhan-salah": "basis-pertumbuhan-salah",
  "tidak-terbaca": "rumus-tidak-terbaca",
};

/** Catalogue defects that concern the formula itself (not the indicator's wording or SD/PJ). */
const FORMULA_DEFECTS = new Set([
  "pecahan-terbalik",
  "pembilang-sama-penyebut",
  "persen-di-penyebut",
  "basis-pertumbuhan-salah",
  "tanpa-penyebut",
  "tanpa-kali-100",
  "kurung-tidak-seimbang",
  "pembagi-rata-rata",
  "kali-100-ganda",
  "satuan-tidak-sepadan",
  "memuat-target",
  "rumus-tidak-sesuai-indikator",
  "variabel-tidak-didefinisikan",
  "lainnya",
]);

const ORGANISATION =
  /^(kecamatan|kelurahan|desa|dinas|badan|bagian|sub ?bagian|subbag|seksi|sie|kasi|kasubag|camat|sekretaris|kepala|pengadministrasi|pengelola)\b/i;
const DOCUMENT_WORD =
  /\b(laporan|dokumen|data|register|buku|daftar|sk|perdes|peraturan|berita acara|hasil|rekap|absensi|aplikasi|sistem|notulen|surat|lpj|spj|dpa|rka|renja|renstra|lkjip|sakip|survei|kuesioner|bukti|arsip)\b/i;
const NUMBER = /^(\d+)\.?$/;

/** Caches shared by all sheets of one run (the same formula is often repeated). */
export class ValidationCache {
  readonly matches = new Map<string, EntriMatch | undefined>();
  readonly parses = new Map<string, RumusParse>();
  readonly comparisons = new Map<string, Comparison>();
  parse(text: string, indikator: string, persen?: boolean): RumusParse {
    const key = `${indikator}\u0000${text}\u0000${persen === undefined ? "" : persen ? "%" : "-"}`;
    let p = this.parses.get(key);
    if (!p) this.parses.set(key, (p = parseRumus(text, { indikator, persen })));
    return p;
  }
  compare(text: string, indikator: string, reference: string): Comparison {
    const key = `${indikator}\u0000${text}\u0000${reference}`;
    let c = this.comparisons.get(key);
    if (!c)
      this.comparisons.set(
        key,
        (c = compareRumus(this.parse(text, indikator), this.parse(reference, indikator)))
      );
    return c;
  }
}

interface Context {
  grid: Grid;
  reader: GridReader;
  katalog: Katalog;
  cache: ValidationCache;
  findings: Finding[];
}

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ");
  return `"${t.length > max ? t.slice(0, max - 1) + "…" : t}"`;
}

function add(
  ctx: Context,
  rule: RuleId,
  row: number,
  col: number,
  message: string,
  extra: Partial<Finding> = {}
): void {
  const cell = address(ctx.grid, row, col);
  ctx.findings.push({
    rule,
    severity: SEVERITY[rule],
    sheet: ctx.grid.sheet,
    cell,
    row: ctx.grid.origin.row + row + 1,
    message: `${cell}: ${message}`,
    ...extra,
  });
}

const similarMemo = new Map<string, boolean>();

/** Whether two Penanggung Jawab texts share most of their words (memoised: rows repeat). */
function similarText(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let known = similarMemo.get(key);
  if (known === undefined) {
    if (similarMemo.size > 10_000) similarMemo.clear();
    similarMemo.set(key, (known = wordOverlap(a, b)));
  }
  return known;
}

function wordOverlap(a: string, b: string): boolean {
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
  if (wa.size === 0 || wb.size === 0) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) >= 0.5;
}

/** The error code when a cell shows one of Excel's error values. */
function excelError(text: string): string | undefined {
  if (text.charCodeAt(0) !== 35 /* "#" */) return undefined; // cell texts come trimmed
  const t = text.toUpperCase();
  return EXCEL_ERROR_VALUES.has(t) ? t : undefined;
}

/**
 * What the table says of the row's unit: a percentage when its Satuan is "%" or "persen" or its
 * Capaian is written in % ("......%", "87,5 %"); not one when its Satuan names another unit
 * ("rasio", "indeks", "orang"); undefined when it says nothing (the indicator's name decides).
 */
function measuredInPercent(
  reader: GridReader,
  row: number,
  col: DetectedTable["columns"]
): boolean | undefined {
  const satuan = col.satuan !== undefined ? reader.text(row, col.satuan) : "";
  if (satuan !== "") return /%|\bpersen|\bprosen|\bpersentase/i.test(satuan);
  const capaian = col.capaian !== undefined ? reader.ownText(row, col.capaian) : "";
  return /%\s*$/.test(capaian) && !/[a-z]{3,}/i.test(capaian) ? true : undefined;
}

/** Validates every table of one sheet. */
export function validateGrid(
  grid: Grid,
  katalog: Katalog,
  cache = new ValidationCache()
): SheetReport {
  const reader = new GridReader(grid);
  const ctx: Context = { grid, reader, katalog, cache, findings: [] };
  const tables: TableSummary[] = [];
  const rejected: RejectedHeader[] = [];
  const detected = detectTables(reader, rejected);
  // Nothing is skipped silently: a header-like row that is no table says what it lacks.
  for (const h of rejected) {
    const roles = (Object.keys(h.columns) as ColumnRole[]).sort(
      (a, b) => h.columns[a]! - h.columns[b]!
    );
    const missing = (["indikator", "rumus", "sasaran"] as ColumnRole[]).filter(
      (r) => h.columns[r] === undefined
    );
    add(
      ctx,
      "tabel-tidak-dikenali",
      h.row,
      h.firstCol,
      `baris ini tampak seperti judul tabel (kolom dikenali: ${roles.map((r) => ROLE_NAME[r]).join(", ")}; tidak ada: ${missing.map((r) => ROLE_NAME[r]).join(", ")}), tetapi tidak dikenali sebagai tabel IKI/IKU, sehingga tidak diperiksa.`,
      {
        suggestion:
          "Pakai judul kolom tabel IKI/IKU: No, Sasaran, Indikator Kinerja, Rumus, Sumber Data, Penanggung Jawab.",
      }
    );
  }
  for (const table of detected) {
    const indicatorRows = validateTable(ctx, table);
    const first = table.bodyRows[0] ?? table.headerRow;
    const last = table.bodyRows[table.bodyRows.length - 1] ?? table.headerRow;
    tables.push({
      sheet: grid.sheet,
      header: `${address(grid, table.headerRow, table.firstCol)}:${address(grid, table.headerRow, table.lastCol)}`,
      rows: [grid.origin.row + first + 1, grid.origin.row + last + 1],
      indicatorRows,
    });
  }
  return { tables, findings: ctx.findings };
}

function validateTable(ctx: Context, table: DetectedTable): number {
  const { reader } = ctx;
  const col = table.columns;
  const hr = table.headerRow;

  if (col.rumus === undefined && table.bodyRows.length > 0) {
    add(
      ctx,
      "rumus-tidak-diperiksa",
      hr,
      col.indikator!,
      "tabel ini tidak memiliki kolom Rumus yang dikenali, sehingga rumus indikatornya tidak diperiksa.",
      {
        suggestion:
          "Tambahkan kolom Rumus / Formula Perhitungan, atau beri judul kolom rumus yang ada dengan kata Rumus, Formulasi atau Cara Perhitungan.",
      }
    );
  }

  for (const [role, title] of [
    ["sumber", "Sumber Data"],
    ["pj", "Penanggung Jawab"],
  ] as const) {
    if (col[role] === undefined) {
      add(ctx, "kolom-hilang", hr, table.firstCol, `tabel tidak memiliki kolom ${title}.`, {
        suggestion: `Tambahkan kolom ${title} di sebelah kanan kolom Rumus.`,
      });
    }
  }

  if (table.bodyRows.length === 0) {
    add(
      ctx,
      "tabel-tanpa-indikator",
      hr,
      col.indikator!,
      "tabel ini punya baris judul kolom tetapi tidak ada baris indikator di bawahnya.",
      {
        suggestion: "Isi indikator di bawah baris judul, atau hapus baris judul yang tersisa.",
      }
    );
    return 0;
  }

  let group: { sasaran: string; sumber: string; pj: string } | undefined;
  let lastNumber: number | undefined;
  let count = 0;

  for (const r of table.bodyRows) {
    const own = (c: number | undefined) => (c === undefined ? "" : reader.ownText(r, c));
    const shown = (c: number | undefined) => (c === undefined ? "" : reader.text(r, c));

    const noText = own(col.no);
    if (col.no === undefined || noText !== "") {
      group = { sasaran: shown(col.sasaran), sumber: shown(col.sumber), pj: shown(col.pj) };
      const n = NUMBER.exec(noText);
      if (n && col.no !== undefined) {
        const value = Number(n[1]);
        if (lastNumber !== undefined && value === lastNumber) {
          add(ctx, "nomor-ganda", r, col.no, `nomor ${value} dipakai dua kali.`, {
            suggestion: `Ganti dengan ${value + 1}.`,
          });
        } else if (lastNumber !== undefined && value > lastNumber + 1) {
          const missing =
            value - lastNumber === 2 ? `${lastNumber + 1}` : `${lastNumber + 1}-${value - 1}`;
          add(
            ctx,
            "nomor-loncat",
            r,
            col.no,
            `nomor meloncat dari ${lastNumber} ke ${value} (nomor ${missing} tidak ada).`
          );
        }
        lastNumber = value;
      }
    }

    const indikatorCell = col.indikator!;
    const indicatorMerge = reader.merge(r, indikatorCell);
    if (indicatorMerge && indicatorMerge.top !== r) continue; // the same indicator, merged down
    const indikator = reader.text(r, indikatorCell).replace(/^\d+\.\s*/, "");
    if (indikator === "") continue;
    count++;

    const rumus = col.rumus !== undefined ? reader.text(r, col.rumus) : "";
    const sumber = shown(col.sumber);
    const pj = shown(col.pj);
    const match = bestMatch(ctx, indikator, rumus, pj);
    const entri: Entri | undefined =
      match && match.kind !== "tidak-dikenal" ? match.entri : undefined;

    // Penanggung Jawab and Sumber Data: a merged cell or the first row of the group may supply them.
    for (const [role, value, supplied, rule, title, field] of [
      ["pj", pj, group?.pj, "pj-kosong", "Penanggung Jawab", "penanggungJawab"],
      ["sumber", sumber, group?.sumber, "sumber-kosong", "Sumber Data", "sumberData"],
    ] as const) {
      const c = col[role];
      if (c === undefined) continue;
      const fromKatalog = entri?.[field] ?? "";
      const broken = excelError(value);
      if (broken) {
        // "#REF!" is not a name or a document: the cell's formula or link broke.
        add(
          ctx,
          "nilai-galat",
          r,
          c,
          `sel ${title} berisi nilai galat ${broken} (${EXCEL_ERROR_VALUES.get(broken) ?? "galat Excel"}), bukan ${role === "pj" ? "nama penanggung jawab" : "sumber data"}.`,
          {
            suggestion:
              fromKatalog ||
              `Perbaiki rumus atau rujukan sel ini, atau tulis ${title} sebagai teks.`,
            ...(fromKatalog
              ? {
                  fix: {
                    label: `Isi ${title} dari katalog`,
                    cell: address(ctx.grid, r, c),
                    value: fromKatalog,
                  },
                }
              : {}),
            ...(entri ? { entri: entri.id } : {}),
          }
        );
        continue;
      }
      if (value !== "" || (supplied ?? "") !== "") continue;
      const fix: QuickFix | undefined = fromKatalog
        ? { label: `Isi ${title} dari katalog`, cell: address(ctx.grid, r, c), value: fromKatalog }
        : undefined;
      add(ctx, rule, r, c, `${title} kosong untuk indikator ${quote(indikator)}.`, {
        ...(fromKatalog ? { suggestion: fromKatalog, fix } : {}),
        ...(entri ? { entri: entri.id } : {}),
      });
    }

    if (match?.kind === "salah-ketik") {
      add(
        ctx,
        "salah-ketik",
        r,
        indikatorCell,
        `indikator ${quote(indikator)} mirip indikator katalog ${quote(match.text)}; kemungkinan salah ketik.`,
        {
          suggestion: match.entri.indikator,
          entri: match.entri.id,
          fix: {
            label: "Pakai ejaan katalog",
            cell: address(ctx.grid, r, indikatorCell),
            value: match.entri.indikator,
          },
        }
      );
    } else if (!entri) {
      add(
        ctx,
        "indikator-tidak-dikenal",
        r,
        indikatorCell,
        `indikator ${quote(indikator)} tidak ditemukan di katalog.`
      );
    }

    if (col.rumus === undefined) continue; // kolom-hilang is about SD/PJ; the 4 standard columns still need a formula column
    if (rumus === "") {
      const fromKatalog = entri ? (usableKoreksi(entri) ?? entri.rumus) : "";
      add(ctx, "rumus-kosong", r, col.rumus, `rumus kosong untuk indikator ${quote(indikator)}.`, {
        ...(fromKatalog
          ? {
              suggestion: fromKatalog,
              fix: {
                label: "Isi rumus dari katalog",
                cell: address(ctx.grid, r, col.rumus),
                value: fromKatalog,
              },
            }
          : {}),
        ...(entri ? { entri: entri.id } : {}),
      });
      continue;
    }
    checkFormula(ctx, r, col.rumus, indikator, rumus, entri, measuredInPercent(reader, r, col));

    if (
      sumber &&
      (ORGANISATION.test(sumber) || (pj && normaliseText(sumber) === normaliseText(pj))) &&
      !DOCUMENT_WORD.test(sumber) &&
      col.sumber !== undefined &&
      // The catalogue's own Sumber Data for this indicator is what the decree says: no nagging.
      !(entri?.sumberData && normaliseText(sumber) === normaliseText(entri.sumberData))
    ) {
      add(
        ctx,
        "sumber-bukan-dokumen",
        r,
        col.sumber,
        `Sumber Data ${quote(sumber)} menyebut unit atau jabatan, bukan dokumen/sistem sumber data.`,
        {
          ...(entri?.sumberData ? { suggestion: entri.sumberData } : {}),
        }
      );
    }
    if (
      entri &&
      match?.kind === "sama" &&
      pj &&
      entri.penanggungJawab &&
      col.pj !== undefined &&
      !similarText(pj, entri.penanggungJawab)
    ) {
      add(
        ctx,
        "pj-beda-katalog",
        r,
        col.pj,
        `Penanggung Jawab ${quote(pj)} berbeda dari katalog (${quote(entri.penanggungJawab)}); boleh bila memang dibagi demikian di unit ini.`,
        {
          entri: entri.id,
        }
      );
    }
  }
  return count;
}

/**
 * The catalogue entry for an indicator. Several units share an indicator name ("Indeks
 * Kepuasan Masyarakat"); among equally good matches the one whose formula the row uses wins.
 */
function bestMatch(
  ctx: Context,
  indikator: string,
  rumus: string,
  pj: string
): EntriMatch | undefined {
  const key = `${indikator}\u0000${rumus}\u0000${pj}`;
  if (ctx.cache.matches.has(key)) return ctx.cache.matches.get(key);
  const found = findBestMatch(ctx, indikator, rumus, pj);
  ctx.cache.matches.set(key, found);
  return found;
}

function findBestMatch(
  ctx: Context,
  indikator: string,
  rumus: string,
  pj = ""
): EntriMatch | undefined {
  const hits = ctx.katalog.search(indikator, { limit: 30 });
  let top = hits.filter((h) => h.score === hits[0]?.score);
  if (top.length > 1 && rumus) {
    // The same indicator in several entries (a unit's IKU and a position's IKI): the one whose
    // formula the row has, then the one whose Penanggung Jawab the row names.
    const same = top.filter(
      (h) =>
        (h.entri.rumus && ctx.cache.compare(rumus, indikator, h.entri.rumus).equivalent) ||
        (h.entri.rumusKoreksi &&
          ctx.cache.compare(rumus, indikator, h.entri.rumusKoreksi).equivalent)
    );
    if (same.length > 0) top = same;
  }
  if (top.length > 1 && pj) {
    const responsible = top.find(
      (h) => h.entri.penanggungJawab && similarText(pj, h.entri.penanggungJawab)
    );
    if (responsible) return responsible;
  }
  return top[0] ?? hits[0];
}

/** A correction written as a template ("(P1 + ... + Pk) / k") is guidance, not a formula to write. */
function usableKoreksi(entri: Entri): string | undefined {
  return entri.rumusKoreksi && !/\.\.\.|…/.test(entri.rumusKoreksi)
    ? entri.rumusKoreksi
    : undefined;
}

function checkFormula(
  ctx: Context,
  r: number,
  c: number,
  indikator: string,
  rumus: string,
  entri: Entri | undefined,
  persen?: boolean
): void {
  const parsed = ctx.cache.parse(rumus, indikator, persen);
  let diagnosticsAccepted = false;
  const koreksi = entri ? usableKoreksi(entri) : undefined;
  if (entri && entri.rumus) {
    const decreed = ctx.cache.compare(rumus, indikator, entri.rumus);
    const defects = (entri.cacat ?? []).filter((d) => FORMULA_DEFECTS.has(d.kode));
    const corrected = koreksi ? ctx.cache.compare(rumus, indikator, koreksi) : undefined;
    if (corrected?.equivalent) {
      diagnosticsAccepted = true; // the intended formula: nothing to say
    } else if (decreed.equivalent && defects.length > 0) {
      diagnosticsAccepted = true;
      add(
        ctx,
        "rumus-cacat-katalog",
        r,
        c,
        `rumus sama dengan rumus dalam katalog, yang memuat cacat sumber: ${defects.map((d) => d.catatan).join(" ")}${entri.rumusKoreksi ? ` Rumus yang dimaksud: ${entri.rumusKoreksi}` : ""}`,
        {
          entri: entri.id,
          ...(koreksi
            ? {
                suggestion: koreksi,
                fix: {
                  label: "Pakai rumus koreksi",
                  cell: address(ctx.grid, r, c),
                  value: koreksi,
                },
              }
            : {}),
        }
      );
    } else if (!decreed.equivalent && !corrected?.equivalent) {
      const reference = koreksi ?? entri.rumus;
      // Reasons quote the formulas; a cell of thousands of characters must not make a huge message.
      const why = (corrected ?? decreed).reasons
        .map((x) => (x.length > 200 ? `${x.slice(0, 199)}…` : x))
        .join("; ");
      add(
        ctx,
        "rumus-tidak-sesuai",
        r,
        c,
        `rumus tidak sesuai katalog untuk ${quote(entri.indikator)} (${why}). Rumus katalog: ${reference}`,
        {
          entri: entri.id,
          suggestion: reference,
          fix: {
            label: "Ganti dengan rumus katalog",
            cell: address(ctx.grid, r, c),
            value: reference,
          },
        }
      );
    } else if (decreed.equivalent || corrected?.equivalent) {
      // Same as the catalogue: the catalogue's own shape is accepted as it is.
      diagnosticsAccepted = true;
    }
  }
  if (diagnosticsAccepted) return;
  for (const d of parsed.diagnostics) {
    add(ctx, DIAGNOSTIC_RULE[d.code], r, c, d.message, entri ? { entri: entri.id } : {});
  }
}
