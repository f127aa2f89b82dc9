/**
 * The registry of template kinds: the CLI's --jenis, its help, the pane's form and the README's
 * table come from this list. A new kind is a module in this folder and one line here.
 */
import { iki } from "./iki";
import { iku } from "./iku";
import { manual } from "./manual";
import { mph } from "./mph";
import { pengukuran } from "./pengukuran";
import { rencanaAksi } from "./rencanaAksi";
import { skm } from "./skm";
import { skp } from "./skp";
import { TemplateKindSpec } from "./types";

export const TEMPLATE_KINDS: readonly TemplateKindSpec[] = [
  iki,
  iku,
  pengukuran,
  skm,
  mph,
  skp,
  rencanaAksi,
  manual,
];

export function templateKind(id: string): TemplateKindSpec | undefined {
  return TEMPLATE_KINDS.find((k) => k.id === id);
}

export type { KindId, KindInput, KindResult, KindField, SkpPola, TemplateKindSpec } from "./types";
