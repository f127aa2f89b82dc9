/**
 * The catalogue shipped with the add-in (Keputusan Bupati 2019 + IKI standar kecamatan), parsed
 * once and shared. No schema validator here: the shipped file is checked by the tests, so code
 * that only uses this catalogue (iki-cek periksa, the cell functions) never loads ajv.
 */
import defaultData from "./data/katalog-lumajang-2019.json";
import { Katalog } from "./katalog";
import { KatalogData } from "./types";

let shared: Katalog | undefined;

export function defaultKatalog(): Katalog {
  shared ??= new Katalog(defaultData as KatalogData);
  return shared;
}
