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
import {
  buildTemplate,
  Measurement,
  TemplateError,
  TemplateModel,
} from "../../core/template/templateModel";
import { buildPengukuranTemplate } from "../../core/template/pengukuranTemplate";
import { buildSkmTemplate } from "../../core/template/skmTemplate";
import { buildMphTemplate, MphSource, mphSourceFrom } from "../../core/template/mphTemplate";
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
  | { kind: "ok"; text: string; sheet: string; cell: string }
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

/** What the form makes: the IKI or IKU table, the quarterly measurement sheet, or the survey. */
type Kind = "iki" | "iku" | "pengukuran" | "skm" | "mph";
/** Where the Matriks Peran Hasil takes the IKI from. */
type MphDari = "katalog" | "buku";
/** The validator, to read the position tables of the open workbook (loaded when needed). */
const loadValidator = () => import(/* webpackChunkName: "periksa" */ "../../core/validate");
/** The Jabatan choice of the measurement sheet that stands for the unit's own IKU. */
const IKU_UNIT = "";

const TemplatePanel: React.FC<TemplatePanelProps> = ({
  katalog,
  workbook,
  year,
}: TemplatePanelProps) => {
  const styles = useStyles();
  const [kind, setKind] = React.useState<Kind>("iki");
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
  const [mphDari, setMphDari] = React.useState<MphDari>("buku");
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
      kind,
      unit,
      jabatan,
      namaUnit,
      tahun,
      identitas,
      isi,
      barisKosong,
      responden,
      mphDari,
      fungsiIki,
      ukuran,
      ttd,
      tanggal,
      target,
    ]
  );

  const units =
    kind === "iki" || kind === "mph"
      ? katalog.units.filter((u) => katalog.jabatanOf(u.id).length > 0)
      : katalog.units;

  const chooseKind = (k: Kind) => {
    setKind(k);
    if (k === "pengukuran" && jabatan === IKU_UNIT && positions.length > 0)
      setJabatan(positions[0].id);
    if ((k === "iki" || k === "mph") && katalog.jabatanOf(unit).length === 0 && kecamatan) {
      setUnit(kecamatan.id);
      setJabatan(katalog.jabatanOf(kecamatan.id)[0]?.id ?? "");
    }
  };

  const insert = async () => {
    setStatus({ kind: "busy" });
    try {
      const common = {
        unit,
        namaUnit,
        tahun: Number(tahun),
        tanggal,
        rumus: fungsiIki ? ("iki" as const) : ("asli" as const),
      };
      let model: TemplateModel;
      let note = "";
      if (kind === "mph") {
        let source: MphSource | undefined;
        if (mphDari === "buku") {
          const [validator, grids] = await Promise.all([
            loadValidator(),
            workbook.readGrids("buku"),
          ]);
          const cache = new validator.ValidationCache();
          // In steps, as Periksa does: a large workbook must not freeze the pane (nor Excel).
          const clock = startClock();
          const sheets = [];
          for (const g of grids)
            sheets.push(await runInSteps(validator.validateGridSteps(g, katalog, cache), clock));
          source = mphSourceFrom(sheets);
        }
        const mph = buildMphTemplate(katalog, common, source);
        model = mph;
        note =
          mphDari === "buku" && mph.mph.dari === "katalog"
            ? " Buku kerja ini belum memuat tabel IKI jabatan yang dikenali, jadi matriks disusun dari katalog."
            : ` Disusun dari ${mph.mph.dari === "katalog" ? "katalog" : `tabel IKI ${mph.mph.positions.length} jabatan di buku kerja ini`}.`;
      } else if (kind === "skm") {
        model = buildSkmTemplate(katalog, { ...common, responden: Number(responden) });
      } else if (kind === "pengukuran") {
        model = buildPengukuranTemplate(katalog, {
          ...common,
          jabatan: jabatan === IKU_UNIT ? undefined : jabatan,
          identitas,
          isiDariKatalog: isi,
          barisKosong: Number(barisKosong) || 1,
          tandaTangan: ttd,
        });
      } else {
        model = buildTemplate(katalog, {
          ...common,
          kind,
          jabatan: kind === "iki" ? jabatan : undefined,
          identitas,
          isiDariKatalog: isi,
          barisKosong: Number(barisKosong) || 1,
          ukuran,
          tandaTangan: ttd,
        });
      }
      const result = await workbook.insertTemplate(model, { kind: target });
      const chart = !model.grafik
        ? ""
        : result.chart
          ? " Grafik capaian ada di bawah tabel."
          : " Grafik capaian tidak disisipkan: versi Excel ini belum mendukungnya.";
      setStatus({
        kind: "ok",
        text: `Templat disisipkan di lembar "${result.sheet}" (${result.address}).${chart}${note}`,
        sheet: result.sheet,
        cell: result.address.split(":")[0],
      });
    } catch (e) {
      const known = e instanceof TemplateError || e instanceof TargetNotEmptyError;
      setStatus({
        kind: "error",
        text: known ? (e as Error).message : `Templat gagal disisipkan: ${(e as Error).message}`,
      });
    }
  };

  return (
    <section className={styles.form} aria-label="Templat">
      <Field label="Jenis templat">
        <RadioGroup value={kind} onChange={(_, d) => chooseKind(d.value as Kind)}>
          <Radio value="iki" label="IKI jabatan kecamatan" />
          <Radio value="iku" label="IKU perangkat daerah" />
          <Radio
            value="pengukuran"
            label="Pengukuran triwulanan (target, realisasi, capaian, predikat)"
          />
          <Radio value="skm" label="Survei Kepuasan Masyarakat (9 unsur)" />
          <Radio value="mph" label="Matriks Peran Hasil (IKU unit x IKI jabatan)" />
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
      {katalog.unit(unit)?.jenis === "kecamatan" && (
        <Field label="Nama kecamatan" hint="Dicetak di kop; kosongkan untuk tempat isian.">
          <Input
            value={namaUnit}
            onChange={(_, d) => setNamaUnit(d.value)}
            placeholder="mis. Candipuro"
          />
        </Field>
      )}
      {kind === "iki" && (
        <Choice
          label="Jabatan"
          value={jabatan}
          options={positions.map((j) => ({ value: j.id, label: j.nama }))}
          onChange={setJabatan}
        />
      )}
      {kind === "pengukuran" && (
        <Choice
          label="Indikator dari"
          value={jabatan}
          options={[
            { value: IKU_UNIT, label: "IKU unit" },
            ...positions.map((j) => ({ value: j.id, label: `IKI ${j.nama}` })),
          ]}
          onChange={setJabatan}
        />
      )}
      <div className={styles.row}>
        <Field label="Tahun">
          <Input type="number" value={tahun} onChange={(_, d) => setTahun(d.value)} />
        </Field>
        {(kind === "iki" || kind === "iku") && (
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
        {kind === "skm" && (
          <Field
            label="Baris responden"
            hint="Sampel minimal dihitung dari jumlah populasi yang diisi di lembar."
          >
            <Input type="number" value={responden} onChange={(_, d) => setResponden(d.value)} />
          </Field>
        )}
      </div>
      {kind === "mph" && (
        <Field label="IKI diambil dari">
          <RadioGroup value={mphDari} onChange={(_, d) => setMphDari(d.value as MphDari)}>
            <Radio value="buku" label="Tabel IKI jabatan di buku kerja ini (bila ada)" />
            <Radio value="katalog" label="Katalog" />
          </RadioGroup>
        </Field>
      )}
      {kind !== "skm" && kind !== "mph" && (
        <>
          <Checkbox
            checked={identitas}
            onChange={(_, d) => setIdentitas(!!d.checked)}
            label={
              kind === "pengukuran"
                ? "Blok identitas (Jabatan atau Instansi)"
                : "Blok identitas (Jabatan, Tugas Pokok, Tujuan, Indikator Tujuan)"
            }
          />
          <Checkbox
            checked={isi}
            onChange={(_, d) => setIsi(!!d.checked)}
            label="Isi indikator dari katalog"
          />
          {!isi && (
            <Field label="Jumlah baris kosong">
              <Input
                type="number"
                value={barisKosong}
                onChange={(_, d) => setBarisKosong(d.value)}
              />
            </Field>
          )}
          <Checkbox
            checked={ttd}
            onChange={(_, d) => setTtd(!!d.checked)}
            label="Blok tanda tangan"
          />
        </>
      )}
      {kind !== "skm" && kind !== "mph" && ttd && (
        <Field label="Tanggal tanda tangan" hint="Mis. 2 Januari; kosongkan untuk tempat isian.">
          <Input value={tanggal} onChange={(_, d) => setTanggal(d.value)} />
        </Field>
      )}
      {(kind === "pengukuran" ||
        kind === "skm" ||
        ((kind === "iki" || kind === "iku") && ukuran !== "tidak")) && (
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
    </section>
  );
};

export default TemplatePanel;
