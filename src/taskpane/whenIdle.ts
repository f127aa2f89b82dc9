/**
 * Runs `f` once the browser is idle (requestIdleCallback, at most `timeout` ms later), or after a
 * short delay where there is no such callback (older webviews, jsdom): for work the pane's first
 * screen does not need, such as fetching code for later.
 */
export function whenIdle(f: () => void, timeout = 2000): void {
  const w = globalThis as {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void;
  };
  if (w.requestIdleCallback) w.requestIdleCallback(f, { timeout });
  else setTimeout(f, 200);
}
