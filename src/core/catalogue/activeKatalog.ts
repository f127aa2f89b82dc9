/**
 * The one catalogue in force in this runtime: the one saved in the open workbook when it has
 * one, else the built-in one. Periksa and the cell functions (IKI.RUMUS, IKI.KATALOG,
 * IKI.TEPATWAKTU, IKI.STATUSWAKTU, IKI.BATASWAKTU) both read it, so one workbook never gets two
 * answers. The task pane sets it; everything else only reads it. Parsed once: setting it does not
 * copy it.
 *
 * The built-in catalogue is about 50 KB gzip of data: in the add-in it is its own chunk, loaded
 * on first use (`import()`), so neither the functions' registration nor the pane's first render
 * waits for it. Node callers (CLI, tests) may use defaultKatalog() directly.
 */
import type { Katalog } from "./katalog";

let active: Katalog | undefined;
let builtIn: Katalog | undefined;
let loading: Promise<Katalog> | undefined;

/** Loads (once) and parses (once) the built-in catalogue. */
export function loadBuiltInKatalog(): Promise<Katalog> {
  loading ??= import(/* webpackChunkName: "katalog" */ "./defaultKatalog").then(
    (m) => (builtIn = m.defaultKatalog()),
    (error) => {
      loading = undefined; // a failed download may be retried by the next call
      throw error;
    }
  );
  return loading;
}

/** The catalogue in force when it is already at hand: the pane's, or the loaded built-in one. */
export function activeKatalogIfLoaded(): Katalog | undefined {
  return active ?? builtIn;
}

/** The catalogue in force, loading the built-in one when nothing else is set. */
export async function activeKatalog(): Promise<Katalog> {
  return active ?? builtIn ?? (await loadBuiltInKatalog());
}

/**
 * Runs `f` on the catalogue in force: at once when it is at hand (the usual case, and always
 * after the first call), else once the built-in one has loaded. Custom functions may return a
 * Promise; Excel shows #BUSY! until it settles.
 */
export function withActiveKatalog<T>(f: (katalog: Katalog) => T): T | Promise<T> {
  const now = activeKatalogIfLoaded();
  return now ? f(now) : activeKatalog().then(f);
}

/** Makes `katalog` the active catalogue; undefined goes back to the built-in one. */
export function setActiveKatalog(katalog: Katalog | undefined): void {
  active = katalog;
}
