import * as React from "react";
import { columnName } from "../core/grid";
import { FakeWorkbookState } from "./fakeExcel";

const SHOWN_ROWS = 300;

/** A plain rendering of the fake workbook's active sheet: sheet tabs, cells, fills, notes, selection. */
export const DemoGrid: React.FC<{ state: FakeWorkbookState; version: number; onSelectSheet: (i: number) => void }> = ({ state, onSelectSheet }) => {
  const sheet = state.sheets[state.active];
  const used = sheet.used();
  const allRows = Math.max(25, (used?.bottom ?? 0) + 3);
  // A 50,000-row sheet is checked in full; the view shows its first rows only.
  const rows = Math.min(allRows, SHOWN_ROWS);
  const cols = Math.max(8, (used?.right ?? 0) + 2);
  const sel = state.selection && state.selection.sheet === sheet.name ? state.selection.area : undefined;
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return (
    <div style={{ flex: 1, display: "flex", flexDirection: "column", borderLeft: "1px solid #ccc", minWidth: 0 }}>
      <div role="tablist" aria-label="Lembar" style={{ display: "flex", gap: 4, padding: 6, background: "#f3f3f3" }}>
        {state.sheets.map((s, i) => (
          <button key={s.name} role="tab" aria-selected={i === state.active} onClick={() => onSelectSheet(i)} style={{ fontWeight: i === state.active ? 700 : 400 }}>
            {s.name}
          </button>
        ))}
      </div>
      <div style={{ overflow: "auto", flex: 1 }}>
        <table data-testid="demo-grid" style={{ borderCollapse: "collapse", fontSize: 12, tableLayout: "fixed" }}>
          <thead>
            <tr>
              <th style={{ width: 32 }} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={{ width: Math.min(260, Math.max(60, (sheet.columnWidths.get(c) ?? 90))), background: "#f3f3f3", border: "1px solid #ddd" }}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th style={{ background: "#f3f3f3", border: "1px solid #ddd" }}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  if (covered.has(`${r},${c}`)) return null;
                  const cell = sheet.cell(r, c);
                  const span = spans.get(`${r},${c}`);
                  const selected = sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
                  return (
                    <td
                      key={c}
                      data-cell={`${columnName(c)}${r + 1}`}
                      title={cell?.note}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      style={{
                        border: selected ? "2px solid #107c41" : "1px solid #e1e1e1",
                        background: cell?.fill ?? "white",
                        fontWeight: cell?.bold ? 700 : 400,
                        verticalAlign: "top",
                        padding: "2px 4px",
                        whiteSpace: "pre-wrap",
                        wordBreak: "break-word",
                        maxWidth: 260,
                      }}
                    >
                      {cell?.formula ?? String(cell?.value ?? "")}
                      {cell?.note ? " ▲" : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
            {allRows > rows && (
              <tr>
                <td colSpan={cols + 1} style={{ padding: 6, color: "#555" }}>
                  ... {allRows - rows} baris lagi (demo menampilkan {rows} baris pertama)
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
};
