import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Notice, NoticeValue } from "./Notice";

export interface UndoBarProps {
  /** The last write that can be undone (read from the workbook), if any. */
  last: { label: string; at: string } | undefined;
  /** Undoes it; answers what was done. */
  onUndo: () => Promise<string>;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  label: { overflowWrap: "anywhere", unicodeBidi: "isolate" },
});

/** "10.42": the time of day as Indonesian texts write it. */
export function clockTime(d: Date): string {
  return `${String(d.getHours()).padStart(2, "0")}.${String(d.getMinutes()).padStart(2, "0")}`;
}

/**
 * "Urungkan" for the pane's last write into cells, on every tab: the steps are stored in the
 * workbook, so it is there after a panel switch and after the file is opened again.
 */
const UndoBar: React.FC<UndoBarProps> = ({ last, onUndo }: UndoBarProps) => {
  const styles = useStyles();
  const [notice, setNotice] = React.useState<NoticeValue>();
  const [busy, setBusy] = React.useState(false);
  if (!last && !notice) return null;
  return (
    <div data-testid="urungkan">
      {last && (
        <div className={styles.bar}>
          <Button
            size="small"
            disabledFocusable={busy}
            onClick={async () => {
              setBusy(true);
              try {
                setNotice({ intent: "success", text: await onUndo() });
              } catch (e) {
                setNotice({ intent: "error", text: (e as Error).message });
              } finally {
                setBusy(false);
              }
            }}
          >
            Urungkan
          </Button>
          <Caption1 className={styles.label}>
            {`Perubahan terakhir: ${last.label}, pukul ${clockTime(new Date(last.at))}.`}
          </Caption1>
        </div>
      )}
      <Notice notice={notice} />
    </div>
  );
};

export default UndoBar;
