// A tiny deterministic zip writer (stored entries, CRC-32, fixed timestamps): no dependency, same bytes everywhere.

/** One file in the archive. Paths use forward slashes and are relative; directories are implied. */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
  /** Unix permission bits recorded for unzip; audit.sh is executable, everything else is not. */
  executable?: boolean;
}

/** Classic zip without zip64 stops here; a bundle is a few hundred kilobytes. */
const ZIP_LIMITS = { maxEntries: 65_535, maxBytes: 0xffff_fffe, maxPathLength: 240 } as const;

/**
 * The only characters an entry path may contain: a conservative set that means the same thing on every
 * file system and in every unzip (no backslash, colon, space, quote or control character).
 */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

/** Why a path may not go into an archive, or undefined. The writer refuses instead of rewriting it. */
export function zipPathProblem(path: string): string | undefined {
  if (path.length === 0) return 'is empty';
  if (path.length > ZIP_LIMITS.maxPathLength) return `is longer than ${ZIP_LIMITS.maxPathLength} characters`;
  for (const segment of path.split('/')) {
    if (segment === '') return 'has an empty segment (a leading, trailing or doubled slash)';
    if (segment === '.' || segment === '..') return 'has a . or .. segment';
    if (!SEGMENT.test(segment)) return `has a segment outside [A-Za-z0-9_.+-] or starting with . + or -: ${JSON.stringify(segment.slice(0, 40))}`;
  }
  return undefined;
}

/** A broken invariant of the caller: bundle.ts validates everything before it gets here. */
export class ZipError extends Error {
  override name = 'ZipError';
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb8_8320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, the zip and gzip checksum). */
export function crc32(data: Uint8Array): number {
  let c = 0xffff_ffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffff_ffff) >>> 0;
}

// MS-DOS time and date of 1980-01-01 00:00:00, the earliest a zip can record: the archive's bytes never
// depend on when or where it was made.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION_NEEDED = 10; // 1.0: stored entries, no extensions
const VERSION_MADE_BY = (3 << 8) | 20; // Unix, spec 2.0: unzip then honours the permission bits
const MODE_FILE = 0o100644;
const MODE_EXECUTABLE = 0o100755;

const ascii = new TextEncoder();

/** Writes a stored (uncompressed) zip archive. Entries keep the order given; duplicate paths are refused. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > ZIP_LIMITS.maxEntries) throw new ZipError(`too many entries (${entries.length}) for a zip without zip64`);
  const seen = new Set<string>();
  const prepared = entries.map((entry) => {
    const problem = zipPathProblem(entry.path);
    if (problem !== undefined) throw new ZipError(`entry path ${JSON.stringify(entry.path.slice(0, 80))} ${problem}`);
    // Paths are compared case-insensitively: two entries differing only by case collide on macOS and Windows.
    const key = entry.path.toLowerCase();
    if (seen.has(key)) throw new ZipError(`duplicate entry path ${entry.path}`);
    seen.add(key);
    return { entry, name: ascii.encode(entry.path), crc: crc32(entry.data) };
  });

  const localSize = prepared.reduce((n, p) => n + 30 + p.name.length + p.entry.data.length, 0);
  const centralSize = prepared.reduce((n, p) => n + 46 + p.name.length, 0);
  const total = localSize + centralSize + 22;
  if (total > ZIP_LIMITS.maxBytes) throw new ZipError('the archive would exceed 4 GiB, which needs zip64');

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number): void => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number): void => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const bytes = (b: Uint8Array): void => {
    out.set(b, at);
    at += b.length;
  };

  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(at);
    u32(0x0403_4b50);
    u16(VERSION_NEEDED);
    u16(0); // flags: ASCII names, sizes known up front
    u16(0); // method: stored
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(p.crc);
    u32(p.entry.data.length);
    u32(p.entry.data.length);
    u16(p.name.length);
    u16(0); // no extra field (no extended timestamps, uid or gid: nothing machine-specific)
    bytes(p.name);
    bytes(p.entry.data);
  }
  const centralStart = at;
  prepared.forEach((p, i) => {
    u32(0x0201_4b50);
    u16(VERSION_MADE_BY);
    u16(VERSION_NEEDED);
    u16(0);
    u16(0);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(p.crc);
    u32(p.entry.data.length);
    u32(p.entry.data.length);
    u16(p.name.length);
    u16(0); // extra
    u16(0); // comment
    u16(0); // disk number
    u16(0); // internal attributes
    u32(((p.entry.executable === true ? MODE_EXECUTABLE : MODE_FILE) << 16) >>> 0);
    u32(offsets[i] ?? 0);
    bytes(p.name);
  });
  const centralLength = at - centralStart;
  u32(0x0605_4b50);
  u16(0);
  u16(0);
  u16(prepared.length);
  u16(prepared.length);
  u32(centralLength);
  u32(centralStart);
  u16(0); // comment length
  return out;
}
