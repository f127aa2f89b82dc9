/**
 * The two inflaters behind the shared .xlsx reader (src/core/xlsx): zlib in the CLI, fflate in
 * the pane. Both stop at the limit on what they really produce, and both report damage.
 */
import { deflateRawSync } from "node:zlib";
import { nodeInflate } from "../../src/cli/nodeInflate";
import { fflateInflate } from "../../src/core/xlsx/fflateInflate";
import { InflateLimitError } from "../../src/core/xlsx/zipReader";

describe.each([
  ["zlib (CLI)", nodeInflate],
  ["fflate (pane)", fflateInflate],
])("%s", (_name, inflate) => {
  const text = new TextEncoder().encode("<sheetData>".repeat(5000));
  const packed = new Uint8Array(deflateRawSync(text));

  it("gives the bytes back", () => {
    expect(Buffer.from(inflate(packed, 1 << 20)).equals(Buffer.from(text))).toBe(true);
  });

  it("stops at the limit: 50 MB of zeros packed into 50 KB never fill memory", () => {
    const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(50 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => inflate(bomb, 1024 * 1024)).toThrow(InflateLimitError);
  });

  it("reports damaged data as something else than the limit", () => {
    const broken = packed.slice(0, 20);
    broken[0] ^= 0xff;
    let error: unknown;
    try {
      inflate(broken, 1 << 20);
    } catch (e) {
      error = e;
    }
    // zlib's errors come from Node's own realm: not instanceof jest's Error, but thrown.
    expect(error).toBeDefined();
    expect(error).not.toBeInstanceOf(InflateLimitError);
  });
});
