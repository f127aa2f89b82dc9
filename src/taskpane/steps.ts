/**
 * Long work in the pane (checking a 50,000-row workbook) runs in steps: every CHUNK_TIME_MS the
 * page gets a frame to paint and Excel a turn, so neither sees the add-in busy.
 */

/** Longest stretch of work (ms) before the page is given a frame. */
export const CHUNK_TIME_MS = 50;

/**
 * Gives the browser a frame to paint, and Excel a turn, between pieces of work. A timeout, not a
 * microtask: only a macrotask lets the page render.
 */
export const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** When the last pause was: shared by the steps of several pieces of work in a row. */
export interface StepClock {
  last: number;
}

export const startClock = (): StepClock => ({ last: performance.now() });

/**
 * Runs a generator that yields its share done (0-1) to the end and returns its value; pauses
 * with `pause` (by default a bare yield to the page) whenever CHUNK_TIME_MS have passed.
 */
export async function runInSteps<T>(
  steps: Generator<number, T, void>,
  clock: StepClock,
  pause: (share: number) => Promise<void> = yieldToUi
): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - clock.last > CHUNK_TIME_MS) {
      await pause(step.value);
      clock.last = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
