/**
 * A template kind is one module: its label, its help, the form fields and options it uses and
 * its builder. The registry (./index.ts) lists them; the CLI's options and help, the pane's form
 * and the README's table are read from it, so a new kind touches its module and one line there.
 */
import type { Katalog } from "../../catalogue/katalog";
import type { Unit } from "../../catalogue/types";
import type { SheetReport } from "../../validate/findings";
import type { RumusSel } from "../computedCells";
import type { Measurement, TemplateModel } from "../templateModel";

export type KindId =
  "iki" | "iku" | "pengukuran" | "skm" | "mph" | "skp" | "rencana-aksi" | "manual";

/**
 * What a kind asks for besides unit and year. In the pane each is a form field; in the CLI an
 * option: identitas --tanpa-identitas, isi --kosong, ttd --tanpa-ttd, tanggal --tanggal,
 * ukuran --ukuran, responden --responden, rumus --rumus, pola --pola.
 */
export type KindField =
  "identitas" | "isi" | "ttd" | "tanggal" | "ukuran" | "responden" | "rumus" | "pola";

/** The SKP's layout: administrators and functional staff, or JPT (with Perspektif). */
export type SkpPola = "ja" | "jpt";

/** Everything a builder may read; each kind reads what its `fields` name. */
export interface KindInput {
  unit: string;
  /** A catalogue position id; undefined for the unit itself (its IKU, its head). */
  jabatan?: string;
  namaUnit?: string;
  tahun: number;
  tanggal?: string;
  rumus: RumusSel;
  identitas: boolean;
  isiDariKatalog: boolean;
  barisKosong: number;
  ukuran: Measurement;
  tandaTangan: boolean;
  responden: number;
  /** Undefined: the kind's own choice for the position. */
  pola?: SkpPola;
  /**
   * The checked tables of a workbook (the open one in the pane, --dari in the CLI), for kinds
   * that read them; undefined: from the catalogue.
   */
  reports?: readonly SheetReport[];
  /** The workbook's name, for messages ("tabel IKI di IKI.xlsx"). */
  sumber?: string;
}

export interface KindResult {
  model: TemplateModel;
  /** One line saying what was made ("SKP Sekretaris Kecamatan 2026: 3 RHK, 5 indikator"). */
  what: string;
  /** Where it came from, when that matters ("disusun dari katalog: ..."). */
  note?: string;
}

export interface TemplateKindSpec {
  id: KindId;
  /** The pane's choice. */
  label: string;
  /** The kind under --jenis in `iki-cek templat --help` (continuation lines indented by caller). */
  help: string;
  /** The position: needed, optional (the unit itself when left out), or not asked. */
  jabatan: "wajib" | "pilihan" | "tidak";
  /** The label of "no position" where the position is optional ("IKU unit", "Camat"). */
  tanpaJabatan?: (unit: Unit) => string;
  /** The label of the position field in the pane. */
  labelJabatan?: string;
  /** How a position is named in the pane's list ("IKI Kasi Pemerintahan"); its name otherwise. */
  namaPilihan?: (nama: string) => string;
  /** Only units that have positions in the catalogue can be chosen. */
  unitBerjabatan?: boolean;
  fields: readonly KindField[];
  /** The kind can read a workbook's tables (the pane's choice, --dari in the CLI). */
  dari?: { label: string; help: string };
  /** Whether the sheet has computed cells (then the choice of Excel or IKI.* functions counts). */
  hitung?: (input: Pick<KindInput, "ukuran">) => boolean;
  build(katalog: Katalog, input: KindInput): KindResult;
}
