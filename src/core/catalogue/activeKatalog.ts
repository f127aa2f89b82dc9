/**
 * The one catalogue in force in this runtime: the one saved in the open workbook when it has
 * one, else the built-in one. Periksa and the cell functions (IKI.RUMUS, IKI.KATALOG,
 * IKI.TEPATWAKTU, IKI.BATASWAKTU) both read it, so one workbook never gets two answers. The task
 * pane sets it; everything else only reads it. Parsed once: setting it does not copy it.
 */
import { defaultKatalog } from "./defaultKatalog";
import { Katalog } from "./katalog";

let active: Katalog | undefined;

export function activeKatalog(): Katalog {
  return active ?? defaultKatalog();
}

/** Makes `katalog` the active catalogue; undefined goes back to the built-in one. */
export function setActiveKatalog(katalog: Katalog | undefined): void {
  active = katalog;
}
