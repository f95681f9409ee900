// A minimal reader for the stored zips zip.ts writes: walks the central directory, checks every header and CRC.
import { crc32 } from '../../../src/lib/export/zip.ts';

export interface ReadEntry {
  path: string;
  data: Uint8Array;
  mode: number;
  crc: number;
  dosTime: number;
  dosDate: number;
}

/** Reads every entry; throws on any inconsistency between the local headers, the central directory and the data. */
export function readZip(zip: Uint8Array): ReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  if (view.getUint32(eocd, true) !== 0x0605_4b50) throw new Error('no end-of-central-directory record at the end');
  const count = view.getUint16(eocd + 10, true);
  if (view.getUint16(eocd + 8, true) !== count) throw new Error('entry counts disagree');
  const centralSize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  if (at + centralSize !== eocd) throw new Error('central directory does not end where the EOCD starts');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x0201_4b50) throw new Error(`central header ${i} has a bad signature`);
    const method = view.getUint16(at + 10, true);
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    const local = view.getUint32(at + 42, true);
    const path = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0) throw new Error(`${path}: method ${method}, expected stored`);
    if (view.getUint32(local, true) !== 0x0403_4b50) throw new Error(`${path}: bad local header signature`);
    if (view.getUint32(local + 14, true) !== crc) throw new Error(`${path}: local and central CRC differ`);
    const localNameLength = view.getUint16(local + 26, true);
    const localExtra = view.getUint16(local + 28, true);
    const localName = decoder.decode(zip.subarray(local + 30, local + 30 + localNameLength));
    if (localName !== path) throw new Error(`${path}: local header names ${localName}`);
    const start = local + 30 + localNameLength + localExtra;
    const data = zip.subarray(start, start + size);
    if (crc32(data) !== crc) throw new Error(`${path}: CRC mismatch`);
    entries.push({ path, data, mode, crc, dosTime, dosDate });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
