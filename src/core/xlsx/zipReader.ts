/**
 * The parts of a zip archive (an .xlsx), read from its central directory, and each part unpacked
 * with a limit on the bytes it really inflates to (issue #26): a zip whose headers understate
 * its sizes cannot exhaust memory, because the limit is on what zlib produces, not on what the
 * archive declares. Only stored and deflated parts exist in .xlsx files.
 *
 * Plain bytes (a Node Buffer is one), no Node API: the CLI inflates with zlib, the pane with
 * fflate, each through an `Inflater` that stops at the limit.
 */

/**
 * Inflates raw deflate data, producing at most `limit` bytes: beyond that it throws
 * InflateLimitError; on data that is not valid deflate it throws anything else.
 */
export type Inflater = (data: Uint8Array, limit: number) => Uint8Array;

/** Thrown by an Inflater whose output would pass its limit. */
export class InflateLimitError extends Error {}

/** Little-endian reads over plain bytes (what Buffer's readUInt16LE and friends did). */
function reader(buf: Uint8Array) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return {
    u16: (i: number) => dv.getUint16(i, true),
    u32: (i: number) => dv.getUint32(i, true),
    u64: (i: number) => Number(dv.getBigUint64(i, true)),
  };
}
const utf8 = new TextDecoder("utf-8");

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  compressedSize: number;
  /** As declared: a hint for messages, never trusted for memory. */
  declaredSize: number;
  localHeaderOffset: number;
}

/** Why an archive cannot be read, in words for the user (the caller adds the file's name). */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An .xlsx has tens of parts; an archive of more is no workbook worth reading whole. */
export const MAX_ENTRIES = 20_000;

function findEndOfCentralDirectory(buf: Uint8Array): number {
  const { u32 } = reader(buf);
  // The record is at the end, after at most a 64 KB comment.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (u32(i) === EOCD) return i;
  return -1;
}

/** The archive's parts by name. */
export function readZipDirectory(buf: Uint8Array): Map<string, ZipEntry> {
  const { u16, u32, u64 } = reader(buf);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipError("arsip zip rusak atau terpotong (direktori pusat tidak ada)");
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the real values are in the zip64 end record the locator points to.
    const locator = eocd - 20;
    if (locator >= 0 && u32(locator) === EOCD64_LOCATOR) {
      const at = Number(u64(locator + 8));
      if (at + 56 <= buf.length && u32(at) === EOCD64) {
        count = Number(u64(at + 32));
        size = Number(u64(at + 40));
        offset = Number(u64(at + 48));
      }
    }
  }
  if (count > MAX_ENTRIES)
    throw new ZipError(
      `arsip berisi ${count.toLocaleString("id-ID")} bagian, lebih dari batas ${MAX_ENTRIES.toLocaleString("id-ID")} untuk sebuah buku kerja: tidak dibaca`
    );
  if (offset + size > buf.length)
    throw new ZipError("arsip zip rusak atau terpotong (direktori pusat di luar berkas)");
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || u32(p) !== CENTRAL)
      throw new ZipError("arsip zip rusak atau terpotong (direktori pusat tidak sah)");
    const method = u16(p + 10);
    let compressedSize = u32(p + 20);
    let declaredSize = u32(p + 24);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    let localHeaderOffset = u32(p + 42);
    const name = utf8.decode(buf.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 sizes and offset in the extra field (id 0x0001), in this order when marked.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = u16(e);
      const len = u16(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (declaredSize === 0xffffffff && q + 8 <= e + 4 + len) {
          declaredSize = Number(u64(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = Number(u64(q));
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len)
          localHeaderOffset = Number(u64(q));
      }
      e += 4 + len;
    }
    entries.set(name, { name, method, compressedSize, declaredSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

/**
 * A part unpacked, refusing to produce more than `limit` bytes (ZipError when it would). The
 * data starts after the part's local header, whose name and extra field may differ in length
 * from the central directory's.
 */
export function unpack(
  buf: Uint8Array,
  entry: ZipEntry,
  limit: number,
  inflate: Inflater
): Uint8Array {
  const { u16, u32 } = reader(buf);
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || u32(at) !== LOCAL)
    throw new ZipError(`bagian ${entry.name} rusak (kepala lokal tidak sah)`);
  const start = at + 30 + u16(at + 26) + u16(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipError(`bagian ${entry.name} terpotong`);
  const data = buf.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipError(tooLarge(entry.name, limit));
    return data;
  }
  if (entry.method !== 8)
    throw new ZipError(
      `bagian ${entry.name} dipadatkan dengan cara yang tidak dikenal (${entry.method})`
    );
  try {
    return inflate(data, limit);
  } catch (e) {
    if (e instanceof InflateLimitError) throw new ZipError(tooLarge(entry.name, limit));
    throw new ZipError(`bagian ${entry.name} rusak (data terpadatnya tidak sah)`);
  }
}

function tooLarge(name: string, limit: number): string {
  return `bagian ${name} membesar lebih dari ${Math.round(limit / (1024 * 1024)).toLocaleString("id-ID")} MB saat dibuka: berkas ini terlalu besar, rusak, atau sengaja dibuat berbahaya, tidak dibaca`;
}
