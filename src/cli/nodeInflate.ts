/** The CLI's Inflater: Node's zlib, whose maxOutputLength stops it at the limit. */
import { inflateRawSync } from "node:zlib";
import { Inflater, InflateLimitError } from "../core/xlsx/zipReader";

export const nodeInflate: Inflater = (data, limit) => {
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw new InflateLimitError();
    throw e;
  }
};
