import * as React from "react";
import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import type { Katalog } from "../../core/catalogue/katalog";
import type { Finding, SheetReport } from "../../core/validate";
import { ikuSets, validateBanding } from "../../core/validate/banding";
import { printable } from "../../core/printable";

export interface BandingViewProps {
  /** The sheets of the whole-workbook check, in workbook order. */
  sheets: SheetReport[];
  katalog: () => Promise<Katalog>;
  onSelect: (f: Finding) => Promise<string>;
}

/** The sheets that hold IKU-level rows, by name. */
function ikuSheets(sheets: SheetReport[], katalog: Katalog): string[] {
  const names: string[] = [];
  for (const s of sheets) {
    const name = s.tables[0]?.sheet;
    if (name && ikuSets([s], katalog, name).length > 0) names.push(name);
  }
  return names;
}

/**
 * "Bandingkan IKU dengan lembar tahun lalu" (issue #29, iku-berganti in the pane): once a whole
 * workbook is checked and two or more of its sheets hold IKU tables, the IKU of one sheet (an
 * earlier year's) are compared with the others'; the IKU replaced are listed, each selecting its
 * cell. Nothing is written.
 */
const BandingView: React.FC<BandingViewProps> = ({ sheets, katalog, onSelect }) => {
  const [k, setK] = React.useState<Katalog>();
  React.useEffect(() => {
    let live = true;
    katalog().then(
      (x) => live && setK(x),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [katalog]);
  const names = React.useMemo(() => (k ? ikuSheets(sheets, k) : []), [sheets, k]);
  const [lama, setLama] = React.useState("");
  const [found, setFound] = React.useState<{ lama: string; findings: Finding[] }>();
  const [said, setSaid] = React.useState("");
  if (!k || names.length < 2) return null;
  const chosen = names.includes(lama) ? lama : names[0];
  const compare = () => {
    const old = sheets.filter((s) => s.tables[0]?.sheet === chosen);
    const now = sheets.filter((s) => s.tables[0]?.sheet !== chosen);
    setFound({ lama: chosen, findings: validateBanding(old, now, k, `lembar "${chosen}"`) });
    setSaid("");
  };
  return (
    <div data-testid="banding-iku">
      <Field label="Bandingkan IKU dengan lembar tahun lalu">
        <Select value={chosen} onChange={(_, d) => setLama(d.value)}>
          {names.map((n) => (
            <option key={n} value={n}>
              {printable(n)}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" onClick={compare}>
        Bandingkan
      </Button>
      {found && (
        <div role="status">
          <Caption1 block>
            {found.findings.length === 0
              ? `IKU lembar lain sama dengan IKU lembar "${printable(found.lama)}" (menurut entri katalog, kata, atau rumus yang setara).`
              : `${found.findings.length} IKU berganti dibanding lembar "${printable(found.lama)}" (info; evaluasi AKIP, LKE 1.2.6):`}
          </Caption1>
          {found.findings.map((f) => (
            <div key={`${f.sheet}!${f.cell}-${f.message}`}>
              <Button
                size="small"
                appearance="transparent"
                onClick={() => void onSelect(f).then(setSaid, (e: Error) => setSaid(e.message))}
              >
                {printable(`${f.sheet}!${f.cell}`)}
              </Button>
              <Caption1 block>{printable(f.message.replace(/^[A-Z]+\d+: /, ""))}</Caption1>
            </div>
          ))}
          {said && <Caption1 block>{said}</Caption1>}
        </div>
      )}
    </div>
  );
};

export default BandingView;
