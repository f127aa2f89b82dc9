/**
 * The pane's Inflater: fflate's streaming inflate, stopped as soon as its output passes the limit
 * (a part whose header understates its size cannot fill the pane's memory).
 */
import { Inflate } from "fflate";
import { Inflater, InflateLimitError } from "./zipReader";

export const fflateInflate: Inflater = (data, limit) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitError();
    chunks.push(chunk);
    if (final) ended = true;
  });
  // Pushed in slices, so the limit is checked between them, not after the whole part.
  const SLICE = 64 * 1024;
  for (let i = 0; i < data.length; i += SLICE) {
    const end = Math.min(i + SLICE, data.length);
    inflater.push(data.subarray(i, end), end === data.length);
  }
  if (data.length === 0) inflater.push(data, true);
  if (!ended) throw new Error("data terpadat terpotong");
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
