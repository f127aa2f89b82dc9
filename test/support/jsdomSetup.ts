// jsdom has no ResizeObserver; Fluent UI's MessageBar measures itself with one.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;

// jsdom has no TextEncoder / TextDecoder (every browser the pane runs in has them): Node's.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;

// jsdom does not lay out, so it cannot scroll: its window.scrollTo only logs "Not implemented".
// The pane gives each tab its scroll position back; here there is none to give.
window.scrollTo = () => undefined;
