import * as React from "react";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Katalog } from "../../core/catalogue/katalog";
import { buildTemplate, Measurement, TemplateError, TemplateKind } from "../../core/template/templateModel";
import { WorkbookService } from "../../excel/workbookService";
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
});

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "ok"; text: string } | { kind: "error"; text: string };

const TemplatePanel: React.FC<TemplatePanelProps> = ({ katalog, workbook, year }: TemplatePanelProps) => {
  const styles = useStyles();
  const [kind, setKind] = React.useState<TemplateKind>("iki");
  const kecamatan = katalog.units.find((u) => u.jenis === "kecamatan");
  const [unit, setUnit] = React.useState<string>(kecamatan?.id ?? katalog.units[0]?.id ?? "");
  const positions = katalog.jabatanOf(unit);
  const [jabatan, setJabatan] = React.useState<string>(positions[0]?.id ?? "");
  const [namaUnit, setNamaUnit] = React.useState("");
  const [tahun, setTahun] = React.useState(String(year));
  const [identitas, setIdentitas] = React.useState(true);
  const [isi, setIsi] = React.useState(true);
  const [barisKosong, setBarisKosong] = React.useState("10");
  const [ukuran, setUkuran] = React.useState<Measurement>("tahunan");
  const [ttd, setTtd] = React.useState(true);
  const [tanggal, setTanggal] = React.useState("");
  const [target, setTarget] = React.useState<"lembar-baru" | "sel-terpilih">("lembar-baru");
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });

  const units = kind === "iki" ? katalog.units.filter((u) => katalog.jabatanOf(u.id).length > 0) : katalog.units;
  const unitName = katalog.unit(unit)?.nama ?? "";
  const jabatanName = katalog.jabatan(jabatan)?.nama ?? "";

  const chooseKind = (k: TemplateKind) => {
    setKind(k);
    if (k === "iki" && katalog.jabatanOf(unit).length === 0 && kecamatan) {
      setUnit(kecamatan.id);
      setJabatan(katalog.jabatanOf(kecamatan.id)[0]?.id ?? "");
    }
  };

  const insert = async () => {
    setStatus({ kind: "busy" });
    try {
      const model = buildTemplate(katalog, {
        kind,
        unit,
        jabatan: kind === "iki" ? jabatan : undefined,
        namaUnit,
        tahun: Number(tahun),
        identitas,
        isiDariKatalog: isi,
        barisKosong: Number(barisKosong) || 1,
        ukuran,
        tandaTangan: ttd,
        tanggal,
      });
      const result = await workbook.insertTemplate(model, { kind: target });
      setStatus({ kind: "ok", text: `Templat disisipkan di lembar "${result.sheet}" (${result.address}).` });
    } catch (e) {
      const known = e instanceof TemplateError || e instanceof TargetNotEmptyError;
      setStatus({ kind: "error", text: known ? (e as Error).message : `Templat gagal disisipkan: ${(e as Error).message}` });
    }
  };

  return (
    <section className={styles.form} aria-label="Templat">
      <Field label="Jenis tabel">
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => chooseKind(d.value as TemplateKind)}>
          <Radio value="iki" label="IKI jabatan kecamatan" />
          <Radio value="iku" label="IKU perangkat daerah" />
        </RadioGroup>
      </Field>
      <Field label="Unit">
        <Dropdown
          value={unitName}
          selectedOptions={[unit]}
          onOptionSelect={(_, d) => {
            const id = d.optionValue ?? unit;
            setUnit(id);
            setJabatan(katalog.jabatanOf(id)[0]?.id ?? "");
          }}
        >
          {units.map((u) => (
            <Option key={u.id} value={u.id}>
              {u.nama}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {katalog.unit(unit)?.jenis === "kecamatan" && (
        <Field label="Nama kecamatan" hint="Dicetak di kop; kosongkan untuk tempat isian.">
          <Input value={namaUnit} onChange={(_, d) => setNamaUnit(d.value)} placeholder="mis. Candipuro" />
        </Field>
      )}
      {kind === "iki" && (
        <Field label="Jabatan">
          <Dropdown value={jabatanName} selectedOptions={[jabatan]} onOptionSelect={(_, d) => setJabatan(d.optionValue ?? jabatan)}>
            {positions.map((j) => (
              <Option key={j.id} value={j.id}>
                {j.nama}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={styles.row}>
        <Field label="Tahun">
          <Input type="number" value={tahun} onChange={(_, d) => setTahun(d.value)} />
        </Field>
        <Field label="Kolom pengukuran">
          <Dropdown
            value={{ tidak: "Tidak ada", tahunan: "Target, Realisasi, Capaian (tahunan)", triwulan: "Per triwulan" }[ukuran]}
            selectedOptions={[ukuran]}
            onOptionSelect={(_, d) => setUkuran((d.optionValue as Measurement) ?? ukuran)}
          >
            <Option value="tidak">Tidak ada</Option>
            <Option value="tahunan">Target, Realisasi, Capaian (tahunan)</Option>
            <Option value="triwulan">Per triwulan</Option>
          </Dropdown>
        </Field>
      </div>
      <Checkbox checked={identitas} onChange={(_, d) => setIdentitas(!!d.checked)} label="Blok identitas (Jabatan, Tugas Pokok, Tujuan, Indikator Tujuan)" />
      <Checkbox checked={isi} onChange={(_, d) => setIsi(!!d.checked)} label="Isi indikator dari katalog" />
      {!isi && (
        <Field label="Jumlah baris kosong">
          <Input type="number" value={barisKosong} onChange={(_, d) => setBarisKosong(d.value)} />
        </Field>
      )}
      <Checkbox checked={ttd} onChange={(_, d) => setTtd(!!d.checked)} label="Blok tanda tangan" />
      {ttd && (
        <Field label="Tanggal tanda tangan" hint="Mis. 2 Januari; kosongkan untuk tempat isian.">
          <Input value={tanggal} onChange={(_, d) => setTanggal(d.value)} />
        </Field>
      )}
      <Field label="Sisipkan ke">
        <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as typeof target)}>
          <Radio value="lembar-baru" label="Lembar baru" />
          <Radio value="sel-terpilih" label="Sel terpilih (hanya bila semua sel tujuan kosong)" />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={insert} disabled={status.kind === "busy"}>
        Sisipkan templat
      </Button>
      {status.kind === "busy" && <Spinner size="tiny" label="Menyisipkan..." />}
      {status.kind === "ok" && (
        <MessageBar intent="success">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};

export default TemplatePanel;
