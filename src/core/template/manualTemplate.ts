/**
 * The Manual IKU / Manual IKI: one record per indicator of a unit or a position with the fields
 * the SAKIP evaluation looks for (definisi operasional, formula, satuan, jenis, polaritas, sumber
 * data, penyedia data, penanggung jawab, periode pelaporan, metode pengumpulan), filled from the
 * catalogue; what it has no answer for is a marked cell ("[isi ...]") for the user. Written as
 * stacked records (label | : | value), the layout the validator reads back (records.ts), where an
 * emptied field is reported.
 */
import { Katalog } from "../catalogue/katalog";
import { Entri } from "../catalogue/types";
import { POLARITAS } from "../glossary";
import { rumusTabel } from "../catalogue/rumusEntri";
import { keluaranOf } from "../validate/outcomeVocabulary";
import { Draft, letterhead, unitHeading } from "./draft";
import type { KindInput } from "./kinds/types";
import {
  resolveTemplate,
  sheetNameFor,
  checkTahun,
  TemplateError,
  TemplateModel,
} from "./templateModel";

/** The record's fields, in order (labels the validator's record reader knows). */
export const MANUAL_FIELDS = [
  "Nama Indikator",
  "Sasaran",
  "Definisi Operasional",
  "Formula",
  "Satuan",
  "Jenis Indikator",
  "Polaritas",
  "Sumber Data",
  "Penanggung Jawab",
  "Penyedia Data",
  "Periode Pelaporan",
  "Metode Pengumpulan Data",
] as const;
type Field = (typeof MANUAL_FIELDS)[number];

const ISI = (what: string) => `[isi ${what}]`;

/** A record's values from a catalogue entry. */
export function manualRecord(e: Entri): Record<Field, string> {
  const keluaran = keluaranOf(e.indikator);
  return {
    "Nama Indikator": e.indikator,
    Sasaran: e.sasaran,
    "Definisi Operasional": e.penjelasan?.trim() || ISI("definisi operasional"),
    Formula: rumusTabel(e).trim() || ISI("formula"),
    Satuan: e.satuan || ISI("satuan"),
    // Said only where the wording says it (outcomeVocabulary.ts); else for the user to judge.
    "Jenis Indikator": keluaran
      ? keluaran.jenis === "output"
        ? "Output"
        : "Kegiatan"
      : ISI("jenis: outcome atau output"),
    Polaritas: `${e.polaritas[0].toUpperCase()}${e.polaritas.slice(1)} (${POLARITAS[e.polaritas]})`,
    "Sumber Data": e.sumberData || ISI("sumber data"),
    "Penanggung Jawab": e.penanggungJawab || ISI("penanggung jawab"),
    "Penyedia Data": ISI("penyedia data"),
    "Periode Pelaporan": ISI("periode pelaporan"),
    "Metode Pengumpulan Data": ISI("metode pengumpulan data"),
  };
}

export function buildManualTemplate(
  katalog: Katalog,
  input: Pick<KindInput, "unit" | "jabatan" | "tahun" | "namaUnit">
): TemplateModel & { indikator: number } {
  checkTahun(input.tahun);
  const { unit, jabatan, entries } = resolveTemplate(katalog, {
    kind: input.jabatan ? "iki" : "iku",
    unit: input.unit,
    jabatan: input.jabatan,
  });
  if (entries.length === 0)
    throw new TemplateError(`${jabatan?.nama ?? unit.nama} tidak mempunyai indikator di katalog.`);
  const d = new Draft(3);
  let r = letterhead(
    d,
    jabatan ? "MANUAL INDIKATOR KINERJA INDIVIDU (IKI)" : "MANUAL INDIKATOR KINERJA UTAMA (IKU)",
    unitHeading(unit, input.namaUnit),
    `TAHUN ${input.tahun}`
  );
  if (jabatan) {
    d.put(r, 0, "Jabatan", "label");
    d.put(r, 1, ":", "isi-tengah");
    d.put(r, 2, jabatan.nama, "isi");
    r += 2;
  }
  const headerRow = r;
  d.wide(
    r,
    `Satu rekaman per indikator (${entries.length}). Sel "[isi ...]" belum dapat diisi dari katalog.`,
    "label"
  );
  r += 2;
  const first = r;
  entries.forEach((e, i) => {
    const values = manualRecord(e);
    MANUAL_FIELDS.forEach((field, k) => {
      d.put(r, 0, k === 0 ? `${i + 1}. ${field}` : field, "label");
      d.put(r, 1, ":", "isi-tengah");
      d.put(r, 2, values[field], "isi");
      r++;
    });
    r++;
  });
  const last = r - 2;
  return d.model(r, {
    widths: [28, 2, 120],
    headerRow,
    bodyRows: [first, last],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    sheetName: sheetNameFor(jabatan ? "Manual IKI" : "Manual IKU", input.tahun, unit, jabatan),
    indikator: entries.length,
  });
}
