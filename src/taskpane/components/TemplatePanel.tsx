import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "./Notice";
import { Katalog } from "../../core/catalogue/katalog";
import { Measurement, TemplateError } from "../../core/template/templateModel";
import {
  KindField,
  KindId,
  KindInput,
  SkpPola,
  templateKind,
  TEMPLATE_KINDS,
} from "../../core/template/kinds";
import type { SkpModel, SkpPlan } from "../../core/template/skpTemplate";
import { SkpRows } from "./SkpRows";
import { WorkbookService } from "../../excel/workbookService";
import { runInSteps, startClock } from "../steps";
import { TargetNotEmptyError } from "../../excel/writeTemplate";

export interface TemplatePanelProps {
  katalog: Katalog;
  workbook: WorkbookService;
  /** The current year (passed in so tests are stable). */
  year: number;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  // The action and its answer stay in view under 14 fields: a bar held at the pane's bottom.
  actionBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "ok"; text: string; sheet: string; cell: string; skp?: SkpPlan }
  | { kind: "error"; text: string };

/**
 * A choice among the options: Fluent's Select (the browser's own list, light and fine at 320 px),
 * or plain text when there is only one option to choose.
 */
const Choice: React.FC<{
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}> = ({ label, value, options, onChange }) =>
  options.length === 1 ? (
    <Field label={label}>
      <Text>{options[0].label}</Text>
    </Field>
  ) : (
    <Field label={label}>
      <Select
        value={value}
        onChange={(_, d) => onChange(d.value)}
        // A native list is as wide as its longest option: kept inside a 320 px pane.
        style={{ width: "100%", minWidth: 0 }}
        select={{ style: { width: "100%", minWidth: 0, textOverflow: "ellipsis" } }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );

/** The validator, to read the position tables of the open workbook (loaded when needed). */
const loadValidator = () => import(/* webpackChunkName: "periksa" */ "../../core/validate");
/** The position choice that stands for the unit itself (its IKU, its head). */
const NO_POSITION = "";

const TemplatePanel: React.FC<TemplatePanelProps> = ({
  katalog,
  workbook,
  year,
}: TemplatePanelProps) => {
  const styles = useStyles();
  const [kindId, setKindId] = React.useState<KindId>("iki");
  const kind = templateKind(kindId)!;
  const has = (f: KindField) => kind.fields.includes(f);
  const kecamatan = katalog.units.find((u) => u.jenis === "kecamatan");
  const [unit, setUnit] = React.useState<string>(kecamatan?.id ?? katalog.units[0]?.id ?? "");
  const positions = katalog.jabatanOf(unit);
  const [jabatan, setJabatan] = React.useState<string>(positions[0]?.id ?? "");
  const [namaUnit, setNamaUnit] = React.useState("");
  const [tahun, setTahun] = React.useState(String(year));
  const [identitas, setIdentitas] = React.useState(true);
  const [isi, setIsi] = React.useState(true);
  const [barisKosong, setBarisKosong] = React.useState("10");
  const [responden, setResponden] = React.useState("100");
  /** Where a kind that can read the workbook takes its rows from. */
  const [dari, setDari] = React.useState<"buku" | "katalog">("buku");
  const [pola, setPola] = React.useState<"" | SkpPola>("");
  /** Computed cells with IKI.* instead of Excel's own functions (they need the add-in). */
  const [fungsiIki, setFungsiIki] = React.useState(false);
  const [ukuran, setUkuran] = React.useState<Measurement>("tahunan");
  const [ttd, setTtd] = React.useState(true);
  const [tanggal, setTanggal] = React.useState("");
  const [target, setTarget] = React.useState<"lembar-baru" | "sel-terpilih">("lembar-baru");
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });

  // A message belongs to the form as it was: any change clears it.
  React.useEffect(
    () => setStatus((st) => (st.kind === "busy" ? st : { kind: "idle" })),
    [
      kindId,
      unit,
      jabatan,
      namaUnit,
      tahun,
      identitas,
      isi,
      barisKosong,
      responden,
      dari,
      pola,
      fungsiIki,
      ukuran,
      ttd,
      tanggal,
      target,
    ]
  );

  const units = kind.unitBerjabatan
    ? katalog.units.filter((u) => katalog.jabatanOf(u.id).length > 0)
    : katalog.units;

  const chooseKind = (id: KindId) => {
    const next = templateKind(id)!;
    setKindId(id);
    if (next.jabatan === "wajib" && jabatan === NO_POSITION && positions.length > 0)
      setJabatan(positions[0].id);
    if (next.unitBerjabatan && katalog.jabatanOf(unit).length === 0 && kecamatan) {
      setUnit(kecamatan.id);
      setJabatan(katalog.jabatanOf(kecamatan.id)[0]?.id ?? "");
    }
  };

  const insert = async () => {
    setStatus({ kind: "busy" });
    try {
      const input: KindInput = {
        unit,
        jabatan: kind.jabatan === "tidak" || jabatan === NO_POSITION ? undefined : jabatan,
        namaUnit,
        tahun: Number(tahun),
        tanggal,
        rumus: fungsiIki ? "iki" : "asli",
        identitas,
        isiDariKatalog: isi,
        barisKosong: Number(barisKosong) || 1,
        ukuran,
        tandaTangan: ttd,
        responden: Number(responden),
        ...(pola ? { pola } : {}),
      };
      if (kind.dari && dari === "buku") {
        const [validator, grids] = await Promise.all([loadValidator(), workbook.readGrids("buku")]);
        const cache = new validator.ValidationCache();
        // In steps, as Periksa does: a large workbook must not freeze the pane (nor Excel).
        const clock = startClock();
        const sheets = [];
        for (const g of grids)
          sheets.push(await runInSteps(validator.validateGridSteps(g, katalog, cache), clock));
        input.reports = sheets;
      }
      const { model, note } = kind.build(katalog, input);
      const result = await workbook.insertTemplate(model, { kind: target });
      const chart = !model.grafik
        ? ""
        : result.chart
          ? " Grafik capaian ada di bawah tabel."
          : " Grafik capaian tidak disisipkan: versi Excel ini belum mendukungnya.";
      setStatus({
        kind: "ok",
        text: `Templat disisipkan di lembar "${result.sheet}" (${result.address}).${chart}${note ? ` ${note}` : ""}`,
        sheet: result.sheet,
        cell: result.address.split(":")[0],
        ...("skp" in model ? { skp: (model as SkpModel).skp } : {}),
      });
    } catch (e) {
      const known = e instanceof TemplateError || e instanceof TargetNotEmptyError;
      setStatus({
        kind: "error",
        text: known ? (e as Error).message : `Templat gagal disisipkan: ${(e as Error).message}`,
      });
    }
  };

  const unitRecord = katalog.unit(unit);
  return (
    <section className={styles.form} aria-label="Templat">
      <Field label="Jenis templat">
        <RadioGroup value={kindId} onChange={(_, d) => chooseKind(d.value as KindId)}>
          {TEMPLATE_KINDS.map((k) => (
            <Radio key={k.id} value={k.id} label={k.label} />
          ))}
        </RadioGroup>
      </Field>
      <Choice
        label="Unit"
        value={unit}
        options={units.map((u) => ({ value: u.id, label: u.nama }))}
        onChange={(id) => {
          setUnit(id);
          setJabatan(katalog.jabatanOf(id)[0]?.id ?? "");
        }}
      />
      {unitRecord?.jenis === "kecamatan" && (
        <Field label="Nama kecamatan" hint="Dicetak di kop; kosongkan untuk tempat isian.">
          <Input
            value={namaUnit}
            onChange={(_, d) => setNamaUnit(d.value)}
            placeholder="mis. Candipuro"
          />
        </Field>
      )}
      {kind.jabatan !== "tidak" && unitRecord && (
        <Choice
          label={kind.labelJabatan ?? "Jabatan"}
          value={jabatan}
          options={[
            ...(kind.jabatan === "pilihan" && kind.tanpaJabatan
              ? [{ value: NO_POSITION, label: kind.tanpaJabatan(unitRecord) }]
              : []),
            ...positions.map((j) => ({
              value: j.id,
              label: kind.namaPilihan ? kind.namaPilihan(j.nama) : j.nama,
            })),
          ]}
          onChange={setJabatan}
        />
      )}
      <div className={styles.row}>
        <Field label="Tahun">
          <Input type="number" value={tahun} onChange={(_, d) => setTahun(d.value)} />
        </Field>
        {has("ukuran") && (
          <Choice
            label="Kolom pengukuran"
            value={ukuran}
            options={[
              { value: "tidak", label: "Tidak ada" },
              { value: "tahunan", label: "Target, Realisasi, Capaian (tahunan)" },
              { value: "triwulan", label: "Per triwulan" },
            ]}
            onChange={(v) => setUkuran(v as Measurement)}
          />
        )}
        {has("responden") && (
          <Field
            label="Baris responden"
            hint="Sampel minimal dihitung dari jumlah populasi yang diisi di lembar."
          >
            <Input type="number" value={responden} onChange={(_, d) => setResponden(d.value)} />
          </Field>
        )}
      </div>
      {has("pola") && (
        <Choice
          label="Pola SKP"
          value={pola}
          options={[
            { value: "", label: "Sesuai jabatan (JPT untuk pimpinan unit)" },
            { value: "ja", label: "Administrator, pengawas, pelaksana, fungsional" },
            { value: "jpt", label: "JPT (dengan Perspektif)" },
          ]}
          onChange={(v) => setPola(v as "" | SkpPola)}
        />
      )}
      {kind.dari && (
        <Field label="Diambil dari">
          <RadioGroup value={dari} onChange={(_, d) => setDari(d.value as typeof dari)}>
            <Radio value="buku" label={kind.dari.label} />
            <Radio value="katalog" label="Katalog" />
          </RadioGroup>
        </Field>
      )}
      {has("identitas") && (
        <Checkbox
          checked={identitas}
          onChange={(_, d) => setIdentitas(!!d.checked)}
          label={
            kind.jabatan === "pilihan"
              ? "Blok identitas (Jabatan atau Instansi)"
              : "Blok identitas (Jabatan, Tugas Pokok, Tujuan, Indikator Tujuan)"
          }
        />
      )}
      {has("isi") && (
        <Checkbox
          checked={isi}
          onChange={(_, d) => setIsi(!!d.checked)}
          label="Isi indikator dari katalog"
        />
      )}
      {has("isi") && !isi && (
        <Field label="Jumlah baris kosong">
          <Input type="number" value={barisKosong} onChange={(_, d) => setBarisKosong(d.value)} />
        </Field>
      )}
      {has("ttd") && (
        <Checkbox
          checked={ttd}
          onChange={(_, d) => setTtd(!!d.checked)}
          label="Blok tanda tangan"
        />
      )}
      {has("tanggal") && ttd && (
        <Field label="Tanggal tanda tangan" hint="Mis. 2 Januari; kosongkan untuk tempat isian.">
          <Input value={tanggal} onChange={(_, d) => setTanggal(d.value)} />
        </Field>
      )}
      {has("rumus") && kind.hitung?.({ ukuran }) && (
        <Checkbox
          checked={fungsiIki}
          onChange={(_, d) => setFungsiIki(!!d.checked)}
          label="Hitung dengan fungsi IKI.* (membaca target rentang; tanpa add-in terbaca #NAME?)"
        />
      )}
      <Field label="Sisipkan ke">
        <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as typeof target)}>
          <Radio value="lembar-baru" label="Lembar baru" />
          <Radio value="sel-terpilih" label="Sel terpilih (hanya bila semua sel tujuan kosong)" />
        </RadioGroup>
      </Field>
      <div className={styles.actionBar} data-testid="aksi-templat">
        {/* disabledFocusable: focus stays on the button while it works. */}
        <Button appearance="primary" onClick={insert} disabledFocusable={status.kind === "busy"}>
          Sisipkan templat
        </Button>
        {status.kind === "busy" && <Caption1 role="status">Menyisipkan...</Caption1>}
        <Notice
          notice={
            status.kind === "ok" || status.kind === "error"
              ? { intent: status.kind === "ok" ? "success" : "error", text: status.text }
              : undefined
          }
        />
        {status.kind === "ok" && (
          <Button
            size="small"
            onClick={() =>
              void workbook
                .select(status.sheet, status.cell)
                .catch((e: Error) => setStatus({ kind: "error", text: e.message }))
            }
          >
            Buka lembar {status.sheet}
          </Button>
        )}
      </div>
      {status.kind === "ok" && status.skp && <SkpRows plan={status.skp} />}
    </section>
  );
};

export default TemplatePanel;
