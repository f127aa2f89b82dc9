/**
 * The parts of a zip archive (an .xlsx), read from its central directory, and each part unpacked
 * with a limit on the bytes it really inflates to (issue #26): a zip whose headers understate
 * its sizes cannot exhaust memory, because the limit is on what zlib produces, not on what the
 * archive declares. Only stored and deflated parts exist in .xlsx files.
 */
import { inflateRawSync } from "node:zlib";

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

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is at the end, after at most a 64 KB comment.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The archive's parts by name. */
export function readZipDirectory(buf: Buffer): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipError("arsip zip rusak atau terpotong (direktori pusat tidak ada)");
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the real values are in the zip64 end record the locator points to.
    const locator = eocd - 20;
    if (locator >= 0 && buf.readUInt32LE(locator) === EOCD64_LOCATOR) {
      const at = Number(buf.readBigUInt64LE(locator + 8));
      if (at + 56 <= buf.length && buf.readUInt32LE(at) === EOCD64) {
        count = Number(buf.readBigUInt64LE(at + 32));
        size = Number(buf.readBigUInt64LE(at + 40));
        offset = Number(buf.readBigUInt64LE(at + 48));
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
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
      throw new ZipError("arsip zip rusak atau terpotong (direktori pusat tidak sah)");
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let declaredSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    // ZIP64 sizes and offset in the extra field (id 0x0001), in this order when marked.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (declaredSize === 0xffffffff && q + 8 <= e + 4 + len) {
          declaredSize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len)
          localHeaderOffset = Number(buf.readBigUInt64LE(q));
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
export function unpack(buf: Buffer, entry: ZipEntry, limit: number): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw new ZipError(`bagian ${entry.name} rusak (kepala lokal tidak sah)`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
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
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
      throw new ZipError(tooLarge(entry.name, limit));
    throw new ZipError(`bagian ${entry.name} rusak (data terpadatnya tidak sah)`);
  }
}

function tooLarge(name: string, limit: number): string {
  return `bagian ${name} membesar lebih dari ${Math.round(limit / (1024 * 1024)).toLocaleString("id-ID")} MB saat dibuka: berkas ini terlalu besar, rusak, atau sengaja dibuat berbahaya, tidak dibaca`;
}
