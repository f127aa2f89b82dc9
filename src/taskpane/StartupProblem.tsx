import * as React from "react";

export interface StartupProblemProps {
  /** office-js: Office's script did not load; onready: it loaded but Office did not answer. */
  kind: "office-js" | "onready";
  /** Office's own message, when it gave one (shown small, for whoever helps the user). */
  detail?: string;
}

const TEXT: Record<StartupProblemProps["kind"], { title: string; steps: string[] }> = {
  "office-js": {
    title: "Asisten IKI tidak dapat tersambung ke Excel.",
    steps: [
      "Periksa sambungan internet: Excel memuat bagian Office dari Microsoft.",
      "Tutup panel ini, lalu buka lagi dari tab Beranda, tombol Asisten IKI.",
      "Bila masih gagal, tutup Excel lalu buka lagi, atau hubungi pengelola TI kantor.",
    ],
  },
  onready: {
    title: "Excel belum menjawab Asisten IKI.",
    steps: [
      "Tunggu sebentar, lalu tutup panel ini dan buka lagi dari tab Beranda, tombol Asisten IKI.",
      "Bila masih gagal, simpan pekerjaan Anda, tutup Excel lalu buka lagi.",
      "Bila tetap gagal, hubungi pengelola TI kantor.",
    ],
  },
};

/**
 * What the pane shows when Office itself did not start: plain Indonesian, what to try. Plain HTML
 * with inline styles (no Fluent, no chunk to load): it must show whatever else failed.
 */
export const StartupProblem: React.FC<StartupProblemProps> = ({ kind, detail }: StartupProblemProps) => {
  const t = TEXT[kind];
  return (
    <main style={{ padding: 16, fontFamily: "'Segoe UI', system-ui, sans-serif", fontSize: 14, lineHeight: 1.45 }}>
      <div role="alert" style={{ borderLeft: "4px solid #c50f1f", background: "#fdf3f4", color: "#242424", padding: "8px 12px" }}>
        <h1 style={{ fontSize: 16, margin: "0 0 8px" }}>{t.title}</h1>
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {t.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        {detail && <p style={{ fontSize: 12, margin: "8px 0 0" }}>Keterangan dari Office: {detail}</p>}
      </div>
    </main>
  );
};
