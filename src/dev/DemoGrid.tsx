import * as React from "react";
import { columnName } from "../core/grid";
import { FakeShapeRecord, FakeSheet, FakeWorkbookState } from "./fakeExcel";

/** Points to CSS pixels, as Excel shows shapes at 100 %. */
const PX = 4 / 3;

/** Where a connection site of a rectangle is (0 top, 1 left, 2 bottom, 3 right), in pixels. */
function siteAt(s: FakeShapeRecord, site: number): [number, number] {
  const [x, y, w, h] = [s.left * PX, s.top * PX, s.width * PX, s.height * PX];
  return [
    [x + w / 2, y],
    [x, y + h / 2],
    [x + w / 2, y + h],
    [x + w, y + h / 2],
  ][site] as [number, number];
}

/**
 * The sheet's shapes over its cells: rectangles with their text, and connectors drawn between
 * the sites they are attached to (so they follow the boxes), as elbows.
 */
const Shapes: React.FC<{ sheet: FakeSheet }> = ({ sheet }) => {
  if (sheet.shapes.length === 0) return null;
  const byId = new Map(sheet.shapes.map((s) => [s.id, s]));
  const boxes = sheet.shapes.filter((s) => s.type === "GeometricShape");
  const lines = sheet.shapes.filter((s) => s.type === "Line");
  const right = Math.max(...boxes.map((b) => (b.left + b.width) * PX)) + 20;
  const bottom = Math.max(...boxes.map((b) => (b.top + b.height) * PX)) + 20;
  return (
    <div data-testid="demo-shapes" style={{ position: "absolute", left: 33, top: 22, width: right, height: bottom, pointerEvents: "none" }}>
      <svg width={right} height={bottom} style={{ position: "absolute", left: 0, top: 0 }}>
        {lines.map((l) => {
          const a = l.begin && byId.get(l.begin.shape);
          const b = l.end && byId.get(l.end.shape);
          if (!a || !b) return null;
          const [x1, y1] = siteAt(a, l.begin!.site);
          const [x2, y2] = siteAt(b, l.end!.site);
          const d =
            l.end!.site === 1
              ? `M${x1} ${y1} V${(y1 + y2) / 2 > y1 ? y1 + 10 : y1} H${x2 - 10} V${y2} H${x2}`
              : `M${x1} ${y1} V${(y1 + y2) / 2} H${x2} V${y2}`;
          return <path key={l.id} data-shape={l.name} d={d} fill="none" stroke={l.line.color} strokeWidth={l.line.weight * PX} />;
        })}
      </svg>
      {boxes.map((b) => {
        const head = b.runs[0];
        const text = b.text;
        return (
          <div
            key={b.id}
            data-shape={b.name}
            title={b.altText}
            style={{
              position: "absolute",
              left: b.left * PX,
              top: b.top * PX,
              width: b.width * PX,
              height: b.height * PX,
              boxSizing: "border-box",
              background: b.fill ?? "white",
              border: `${b.line.weight * PX}px ${b.line.dashStyle === "Solid" ? "solid" : "dashed"} ${b.line.color}`,
              padding: `${b.margins.top * PX}px ${b.margins.right * PX}px ${b.margins.bottom * PX}px ${b.margins.left * PX}px`,
              fontFamily: `${b.font.name}, "Liberation Sans", sans-serif`,
              fontSize: b.font.size * PX,
              lineHeight: 1.15,
              color: b.font.color,
              whiteSpace: "pre-wrap",
              overflow: "hidden",
            }}
          >
            {head ? (
              <>
                <b style={{ fontSize: (head.font.size ?? b.font.size) * PX }}>{text.slice(head.start, head.start + head.length)}</b>
                {text.slice(head.start + head.length)}
              </>
            ) : (
              text
            )}
          </div>
        );
      })}
    </div>
  );
};

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
      <div style={{ overflow: "auto", flex: 1, position: "relative" }}>
        <Shapes sheet={sheet} />
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
