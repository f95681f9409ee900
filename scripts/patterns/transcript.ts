// Turns raw detector output into the short, machine-independent transcript the site shows.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Lines kept before and after the line where `expect` matched. */
const BEFORE = 3;
const AFTER = 14;

/**
 * Replaces what differs between machines and runs: absolute paths, temporary build directories,
 * process IDs, addresses, timings, goroutine numbers. `roots` maps absolute prefixes to the short
 * names shown instead (longest first wins).
 */
export function normalise(text: string, roots: ReadonlyArray<readonly [string, string]>): string {
  let t = text.replace(/\r\n?/g, '\n').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  for (const [abs, short] of [...roots].sort((a, b) => b[0].length - a[0].length)) {
    if (abs) t = t.split(abs).join(short);
  }
  return t
    .replace(/\/tmp\/go-build\d+\//g, '$WORK/')
    .replace(/\/tmp\/go-link-\d+\//g, '$WORK/')
    .replace(/==\d+==/g, '==PID==')
    .replace(/\b_cgo(exp)?_[0-9a-f]{12}_/g, '_cgo$1_…_')
    .replace(/\b0x[0-9a-fA-F]{5,}\b/g, '0x…')
    // Only go test's own timings ("--- FAIL: TestX (0.01s)", "FAIL\tpkg\t0.12s"), never durations a test prints.
    .replace(/^(\s*--- (?:FAIL|PASS|SKIP): .*) \(\d+\.\d+s\)$/gm, '$1 (…s)')
    .replace(/^((?:FAIL|ok)\s+\S+)\s+\d+\.\d+s$/gm, '$1\t…s')
    // Thread numbers that vary from run to run: Rust's OS thread ids, ASan's thread indexes.
    .replace(/(thread '[^']*') \(\d+\)/g, '$1 (N)')
    .replace(/\b(thread|by thread|created by) T\d+\b/g, '$1 T…')
    .replace(/ fp=0x… sp=0x… pc=0x…/g, '')
    .replace(/\b([Gg]oroutine) \d+\b/g, '$1 N')
    .replace(/\bgp=0x…\s+m=\d+\b/g, 'gp=0x… m=N')
    .replace(/\b(pid|PID)[ =:]\s*\d+/g, '$1 N')
    .replace(/[ \t]+$/gm, '');
}

/** The line index where the regular expression first matches, or -1. */
function matchLine(text: string, expect: RegExp): number {
  const m = expect.exec(text);
  if (!m) return -1;
  return text.slice(0, m.index).split('\n').length - 1;
}

/** A Go traceback line that points into the pattern's own code (paths are already relative). */
const OWN_FRAME = /^\t(go|rust)\/\S+\.(go|rs):\d+/;
const MAX_OWN_FRAMES = 3;

/**
 * The lines that matter: a few before the match, the match, and what follows it, stopping early at
 * ASan's shadow-memory dump (noise for a reader). Then, from the rest of a Go traceback, the frames
 * in the pattern's own files (function line + file:line), which say where the bug is. Elided
 * stretches are marked with "…".
 */
export function trim(text: string, expect: RegExp): string {
  const lines = text.split('\n');
  const at = matchLine(text, expect);
  if (at < 0) return text;
  const from = Math.max(0, at - BEFORE);
  let to = Math.min(lines.length, at + AFTER + 1);
  const shadow = lines.findIndex((l, i) => i > at && /^Shadow bytes around the buggy address/.test(l));
  if (shadow >= 0 && shadow < to) to = shadow;
  const keep = new Set<number>();
  for (let i = from; i < to; i++) keep.add(i);
  let own = 0;
  for (let i = to; i < lines.length && own < MAX_OWN_FRAMES; i++) {
    if (OWN_FRAME.test(lines[i] ?? '')) {
      keep.add(i - 1);
      keep.add(i);
      own++;
    }
  }
  const out: string[] = from > 0 ? ['…'] : [];
  let prev = from - 1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i > prev + 1 && prev >= from) out.push('…');
    out.push(lines[i] ?? '');
    prev = i;
  }
  while (out.length > 0 && out[out.length - 1]?.trim() === '') out.pop();
  if (prev < lines.length - 1 && lines.slice(prev + 1).some((l) => l.trim() !== '')) out.push('…');
  return out.join('\n');
}

export function transcriptPath(patternDir: string, variant: string): string {
  return join(patternDir, 'broken', `${variant}.out.txt`);
}

/** The committed transcript: the command lines, then the trimmed, normalised output. */
export function renderTranscript(commands: readonly string[], normalisedOutput: string, expect: RegExp): string {
  return `${commands.map((c) => `$ ${c}\n`).join('')}${trim(normalisedOutput, expect)}\n`;
}

export function writeTranscript(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Why a committed transcript is not acceptable, or undefined when it is. */
export function checkTranscript(file: string, expect: RegExp): string | undefined {
  if (!existsSync(file)) return `transcript ${file} is missing: run with --record`;
  const text = readFileSync(file, 'utf8');
  if (!expect.test(text)) return `transcript ${file} no longer matches /${expect.source}/: run with --record`;
  return undefined;
}
