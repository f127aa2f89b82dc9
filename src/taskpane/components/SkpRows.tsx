/**
 * The SKP's rows as e-Kinerja asks for them, each with "Salin untuk e-Kinerja": the fields in
 * the form's order, tab-separated, on the clipboard (one paste fills a form row where e-Kinerja
 * allows it; otherwise each field is pasted in turn). e-Kinerja has no import and no API.
 */
import * as React from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { eKinerjaRow, SkpPlan, targetText } from "../../core/template/skpTemplate";
import { Notice, NoticeValue } from "./Notice";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { wordBreak: "break-word" },
});

/** Puts text on the clipboard: the Clipboard API, else the older copy command (Office's iframes). */
async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Not allowed in this frame: the copy command below, which a click may still run.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("Excel tidak mengizinkan add-in menyalin ke papan klip.");
}

export const SkpRows: React.FC<{ plan: SkpPlan }> = ({ plan }) => {
  const styles = useStyles();
  const [notice, setNotice] = React.useState<{ at: string; value: NoticeValue }>();
  const order =
    plan.pola === "jpt"
      ? "Perspektif, RHK pimpinan yang diintervensi, RHK, indikator, target"
      : "RHK pimpinan yang diintervensi, RHK, aspek, indikator, target";
  return (
    <section aria-label="Baris untuk e-Kinerja" data-testid="skp-baris">
      <Text weight="semibold" as="h2" block>
        Baris untuk e-Kinerja
      </Text>
      <Caption1 as="p" block>
        {`Tiap tombol menyalin satu baris (${order}), dipisah tab. Tempel di formulir SKP e-Kinerja; petunjuk ada di halaman Bantuan.`}
      </Caption1>
      <ul className={styles.list}>
        {plan.rhk.flatMap((rhk, i) =>
          rhk.indikator.map((ind, k) => {
            const key = `${i}-${k}`;
            return (
              <li key={key} className={styles.item}>
                <Caption1 className={styles.text}>{`RHK ${i + 1}: ${rhk.rhk}`}</Caption1>
                <Text className={styles.text}>{ind.indikator}</Text>
                <Caption1 className={styles.text}>
                  {[ind.aspek && `Aspek ${ind.aspek}`, `Target ${targetText(ind) ?? "belum diisi"}`]
                    .filter(Boolean)
                    .join(" · ")}
                </Caption1>
                <Button
                  size="small"
                  aria-label={`Salin untuk e-Kinerja: ${ind.indikator}`}
                  onClick={async () => {
                    try {
                      await copy(eKinerjaRow(plan, rhk, ind));
                      setNotice({
                        at: key,
                        value: {
                          intent: "success",
                          text: "Disalin. Tempel di e-Kinerja (Ctrl+V).",
                        },
                      });
                    } catch (e) {
                      setNotice({
                        at: key,
                        value: { intent: "error", text: (e as Error).message },
                      });
                    }
                  }}
                >
                  Salin untuk e-Kinerja
                </Button>
                <Notice notice={notice?.at === key ? notice.value : undefined} />
              </li>
            );
          })
        )}
      </ul>
    </section>
  );
};
