import type { UndoResult } from "./undoJournal";

/** What "Urungkan" says it did. */
export function undoMessage(r: UndoResult): string {
  const parts = [`Diurungkan: ${r.label}. ${r.restored} sel dikembalikan seperti sebelumnya.`];
  if (r.kept > 0) parts.push(`${r.kept} sel sudah Anda ubah sesudahnya; perubahan Anda dibiarkan.`);
  if (r.gone > 0)
    parts.push(`${r.gone} sel berada di lembar yang sudah tidak ada (diganti nama atau dihapus).`);
  return parts.join(" ");
}
