// Draws the add-in's icons (a table with a check mark on Lumajang green) as PNG files in
// assets/. Run `node scripts/draw-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const GREEN = [22, 110, 62];
const WHITE = [255, 255, 255];
const GOLD = [246, 190, 0];

/** Colour of the point (x, y) in a unit square, or null for transparent. */
function paint(x, y) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Check mark (gold) over the lower right.
  const onSegment = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < w;
  };
  if (onSegment(0.5, 0.7, 0.62, 0.82, 0.065) || onSegment(0.62, 0.82, 0.86, 0.5, 0.065)) return GOLD;
  // Table: outer frame, filled header row, one vertical and two horizontal rules.
  const inTable = x > 0.16 && x < 0.84 && y > 0.18 && y < 0.8;
  if (inTable) {
    const frame = x < 0.22 || x > 0.78 || y < 0.24 || y > 0.74;
    const header = y < 0.36;
    const rule = Math.abs(x - 0.4) < 0.03 || Math.abs(y - 0.52) < 0.025 || Math.abs(y - 0.64) < 0.025;
    if (frame || header || rule) return WHITE;
  }
  return GREEN;
}

function png(size) {
  const ss = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let rgb = [0, 0, 0];
      let alpha = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) {
            rgb = rgb.map((v, i) => v + c[i]);
            alpha++;
          }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = alpha ? Math.round(rgb[i] / alpha) : 0;
      raw[o + 3] = Math.round((alpha / (ss * ss)) * 255);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
}
console.log("assets/icon-{16,32,64,80,128}.png ditulis.");
