/**
 * Checks many files on all cores (issue #31): a pool of worker threads (node:worker_threads, one
 * per core but one; workerCount), each checking one file at a time; outcomes are handed on in the files' order as soon
 * as every earlier one is in, so the report streams and memory holds only the few files finished
 * early. Without the built worker (tests run the TypeScript sources) or for one file, the files
 * are checked in this thread, one after the other.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Katalog } from "../core/catalogue/katalog";
import type { Banding } from "../core/validate";
import { checkAndFormat, FileOutcome, FormatOptions } from "./checkFile";

export interface PoolOptions {
  katalog: Katalog;
  /** The catalogue file (--katalog), for the workers to load themselves. */
  katalogFile?: string;
  banding?: Banding;
  bandingFile?: string;
  format: FormatOptions;
  /** Called in file order. */
  onOutcome: (index: number, outcome: FileOutcome) => void | Promise<void>;
}

/** The built worker script, as the bin names it (bin/iki-cek.cjs sets IKI_CEK_PEKERJA). */
function workerScript(): string | undefined {
  const file = process.env.IKI_CEK_PEKERJA;
  return file && existsSync(file) ? file : undefined;
}

/**
 * How many workers: IKI_CEK_PEKERJA_JUMLAH when set (0 or 1: none), else one per core but one,
 * which is left to this thread. Measured on 2 cores (README): each worker warms up its own
 * compiled code and formula cache (its first 100 files take twice as long), so one thread with
 * one warm cache checked 1,000 files faster (3.4 s) than two workers (4.6 s); with two cores
 * there is no worker.
 */
export function workerCount(files: number): number {
  const asked = Number(process.env.IKI_CEK_PEKERJA_JUMLAH);
  const wanted =
    process.env.IKI_CEK_PEKERJA_JUMLAH !== undefined && Number.isInteger(asked) && asked >= 0
      ? asked
      : os.availableParallelism() - 1;
  return Math.min(files, wanted);
}

export async function checkFiles(files: readonly string[], options: PoolOptions): Promise<void> {
  const script = workerScript();
  const size = workerCount(files.length);
  if (!script || size < 2) {
    for (const [i, file] of files.entries())
      await options.onOutcome(
        i,
        await checkAndFormat(file, options.katalog, options.format, options.banding)
      );
    return;
  }
  const done = new Map<number, FileOutcome>();
  let started = false;
  let next = 0; // next file to hand on
  let sent = 0; // next file to send
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let flushing = Promise.resolve();
      const flush = () => {
        flushing = flushing.then(async () => {
          while (done.has(next)) {
            const outcome = done.get(next)!;
            done.delete(next);
            await options.onOutcome(next, outcome);
            next++;
          }
          if (next === files.length) resolve();
        });
        flushing.catch(reject);
      };
      const working = new Map<Worker, number>();
      const feed = (w: Worker) => {
        if (sent < files.length) {
          const id = sent++;
          working.set(w, id);
          w.postMessage({ id, file: files[id] });
        } else working.delete(w);
      };
      const start = () => {
        const w = new Worker(script, {
          workerData: {
            katalog: options.katalogFile,
            banding: options.bandingFile,
            format: options.format,
          },
          // The command's own Node options (--input-type, --inspect) are not the worker's.
          execArgv: [],
        });
        w.on("message", (m: { id: number; outcome: FileOutcome }) => {
          started = true;
          done.set(m.id, m.outcome);
          feed(w);
          flush();
        });
        // A worker that dies (a file that exhausts its memory) loses only its file: that file
        // is named, a new worker takes the rest.
        w.on("error", (e) => {
          const id = working.get(w);
          working.delete(w);
          // No worker ever answered: the workers cannot run here; this thread checks the files.
          if (!started) return reject(new WorkersUnavailable(e));
          if (id === undefined) return reject(e);
          done.set(id, {
            ok: false,
            file: files[id],
            pesan: `${files[id]}: pemeriksaan berkas ini berhenti tak terduga (${e.message.split("\n")[0].slice(0, 200)}). Laporkan berkas ini kepada pengembang.`,
          });
          flush();
          feed(start());
        });
        workers.push(w);
        return w;
      };
      for (let i = 0; i < size; i++) feed(start());
    });
  } catch (e) {
    if (!(e instanceof WorkersUnavailable)) throw e;
    await Promise.all(workers.map((w) => w.terminate()));
    for (let i = next; i < files.length; i++)
      await options.onOutcome(
        i,
        await checkAndFormat(files[i], options.katalog, options.format, options.banding)
      );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

class WorkersUnavailable extends Error {
  constructor(override readonly cause: unknown) {
    super("worker threads unavailable");
  }
}
