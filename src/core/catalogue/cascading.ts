/**
 * Cascading over one catalogue (PermenPAN-RB 89/2021, the pohon kinerja): which entry supports
 * which (`induk`), the positions of a unit from its head down (`atasan`), and what a position's
 * name written in a document ("KASI PEMERINTAHAN", "Sekretaris Camat (Eselon III)") stands for.
 * Pure look-ups, computed once per catalogue.
 */
import type { Katalog } from "./katalog";
import { normaliseText } from "./normalise";
import type { Entri, Jabatan, Jenjang } from "./types";

/** A written position's decorations: "(Eselon IV.a)", "(Eselon. IV.b)", a trailing colon. */
const DECORATION = /\(\s*eselon[^)]*\)|\beselon\s+[iv]+(\.[ab])?\b|[:.]\s*$/gi;

/** A position's name as compared: decorations and case gone, spaces and punctuation folded. */
export function positionKey(text: string): string {
  return normaliseText(text.replace(DECORATION, " "));
}

interface Index {
  /** Exact names and aliases of every position. */
  byName: Map<string, Jabatan[]>;
  /** Entries that name each entry as their `induk`. */
  children: Map<string, Entri[]>;
}

const indexes = new WeakMap<Katalog, Index>();

function index(katalog: Katalog): Index {
  let ix = indexes.get(katalog);
  if (ix) return ix;
  ix = { byName: new Map(), children: new Map() };
  for (const j of katalog.data.jabatan) {
    for (const name of new Set([j.nama, ...(j.aliases ?? [])].map(positionKey))) {
      if (!name) continue;
      const list = ix.byName.get(name) ?? [];
      if (!list.includes(j)) list.push(j);
      ix.byName.set(name, list);
    }
  }
  for (const e of katalog.entries) {
    if (!e.induk) continue;
    const list = ix.children.get(e.induk) ?? [];
    list.push(e);
    ix.children.set(e.induk, list);
  }
  indexes.set(katalog, ix);
  return ix;
}

/**
 * The positions a written name may stand for: the one it names exactly (name or alias), else
 * every position whose name starts with it ("PENGADMINISTRASI UMUM" fits three). `unit` limits
 * the search to one unit.
 */
export function positionsNamed(katalog: Katalog, text: string, unit?: string): Jabatan[] {
  const key = positionKey(text);
  if (key.length < 3) return [];
  const ix = index(katalog);
  const inUnit = (js: Jabatan[]) => (unit ? js.filter((j) => j.unit === unit) : js);
  const exact = inUnit(ix.byName.get(key) ?? []);
  if (exact.length > 0) return exact;
  const found: Jabatan[] = [];
  for (const [name, js] of ix.byName) {
    if (name.startsWith(`${key} `))
      for (const j of inUnit(js)) if (!found.includes(j)) found.push(j);
  }
  return found;
}

/** Whether `atasan` (a written name) is the unit's head rather than one of its positions. */
function isHead(katalog: Katalog, unitId: string, atasan: string): boolean {
  const head = katalog.unit(unitId)?.pimpinan;
  return head !== undefined && positionKey(head) === positionKey(atasan);
}

/** The position above `jabatan` in its unit; undefined for the first level (under the head). */
export function atasanOf(katalog: Katalog, jabatan: Jabatan): Jabatan | undefined {
  if (isHead(katalog, jabatan.unit, jabatan.atasan)) return undefined;
  const [above] = positionsNamed(katalog, jabatan.atasan, jabatan.unit);
  return above && above.id !== jabatan.id ? above : undefined;
}

/**
 * Positions whose `atasan` names neither the unit's head nor another of its positions: the
 * chain is broken there (a test keeps the built-in catalogue free of them).
 */
export function brokenChains(katalog: Katalog, unitId: string): Jabatan[] {
  return katalog
    .jabatanOf(unitId)
    .filter((j) => !isHead(katalog, unitId, j.atasan) && atasanOf(katalog, j) === undefined);
}

/** How far below the head a position is: 1 for those the head leads directly. */
export function depthOf(katalog: Katalog, jabatan: Jabatan): number {
  let depth = 1;
  const seen = new Set([jabatan.id]);
  for (let j = atasanOf(katalog, jabatan); j && !seen.has(j.id); j = atasanOf(katalog, j)) {
    seen.add(j.id);
    depth++;
  }
  return depth;
}

const JENJANG_ORDER: Record<Jenjang, number> = { administrator: 0, pengawas: 1, pelaksana: 2 };

/**
 * A unit's positions from the head down: by level (jenjang) where the catalogue gives it, then by
 * depth under the head, then in catalogue order.
 */
export function positionsTopDown(katalog: Katalog, unitId: string): Jabatan[] {
  const all = katalog.jabatanOf(unitId);
  const depth = new Map(all.map((j) => [j.id, depthOf(katalog, j)]));
  const level = (j: Jabatan) => (j.jenjang ? JENJANG_ORDER[j.jenjang] : depth.get(j.id)! - 1);
  return all
    .map((j, i) => ({ j, i }))
    .sort((a, b) => level(a.j) - level(b.j) || depth.get(a.j.id)! - depth.get(b.j.id)! || a.i - b.i)
    .map(({ j }) => j);
}

/** The IKU of a unit (the kabupaten's own for the kabupaten), in catalogue order. */
export function ikuOf(katalog: Katalog, unitId: string): Entri[] {
  const unit = katalog.unit(unitId);
  if (!unit) return [];
  return katalog.entriesFor({
    unit: unitId,
    level: unit.jenis === "kabupaten" ? "iku-kabupaten" : "iku-perangkat-daerah",
  });
}

/** The entries that name `entriId` as their `induk`. */
export function supportersOf(katalog: Katalog, entriId: string): readonly Entri[] {
  return index(katalog).children.get(entriId) ?? [];
}

/** The entry's chain upwards: its induk, the induk's induk, and so on (no cycles). */
export function ancestorsOf(katalog: Katalog, entri: Entri): Entri[] {
  const chain: Entri[] = [];
  const seen = new Set([entri.id]);
  for (let e = entri.induk ? katalog.entri(entri.induk) : undefined; e && !seen.has(e.id);) {
    chain.push(e);
    seen.add(e.id);
    e = e.induk ? katalog.entri(e.induk) : undefined;
  }
  return chain;
}

/** Whether entry `entriId` is `targetId` or supports it (its induk chain reaches it). */
export function supports(katalog: Katalog, entriId: string, targetId: string): boolean {
  if (entriId === targetId) return true;
  const e = katalog.entri(entriId);
  return !!e && ancestorsOf(katalog, e).some((a) => a.id === targetId);
}
