// The audit loop: plan every check, build what it needs, run it, judge it, report.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BrokenVariant, DetectorId, Pattern } from '../../src/lib/patterns/schema.ts';
import type { Options } from './args.ts';
import { buildRust, type BuiltLib } from './build.ts';
import { detectorSteps, showStep } from './detectors.ts';
import { discoverPatterns } from '../../src/node/patterns/discover.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics/format-text.ts';
import { discoverProbes, prebuildProbe, runProbe, type Probe } from './probes.ts';
import { run, wasInterrupted } from './run-detector.ts';
import { failureDetail, isOk, progressLine, verdictTable, writeResults, type CheckResult } from './report.ts';
import { checkToolchain } from './toolchain.ts';
import { checkTranscript, normalise, renderTranscript, transcriptPath, writeTranscript } from './transcript.ts';

interface Planned {
  id: string;
  dir: string;
  pattern: Pattern;
  variant: string;
  detector: DetectorId;
  broken?: BrokenVariant;
}

const STEP_TIMEOUT_MS = 300_000;

export async function audit(repo: string, o: Options, log: (s: string) => void): Promise<number> {
  const started = Date.now();
  const tools = checkToolchain(); // throws with install hints
  const cache = o.cacheDir ?? join(repo, '.cache', 'patterns');
  const goroot = (spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout ?? '').trim();

  let found = discoverPatterns(repo);
  const unknown = o.patterns.filter((p) => !found.some((d) => d.id === p));
  if (unknown.length > 0) throw new Error(`no such pattern: ${unknown.join(', ')} (have: ${found.map((d) => d.id).join(', ')})`);
  if (o.patterns.length > 0) found = found.filter((d) => o.patterns.includes(d.id));
  else if (o.probes.length > 0 && o.detectors.length === 0) found = [];
  const probes = selectProbes(repo, o);

  const results: CheckResult[] = [];
  const planned: Planned[] = [];
  for (const d of found) {
    if (!d.pattern) {
      const errors = d.diagnostics.map((x) => formatDiagnostic(x));
      for (const e of errors) log(e);
      results.push({ pattern: d.id, variant: '-', detector: 'schema', verdict: 'invalid', seconds: 0, command: d.yamlFile, reason: errors.join('\n'), output: '' });
      continue;
    }
    const p = d.pattern;
    for (const det of p.detectors) {
      if (o.detectors.length === 0 || o.detectors.includes(det)) planned.push({ id: d.id, dir: d.dir, pattern: p, variant: 'correct', detector: det });
    }
    for (const b of p.broken) {
      if (o.detectors.length === 0 || o.detectors.includes(b.detector)) planned.push({ id: d.id, dir: d.dir, pattern: p, variant: b.id, detector: b.detector, broken: b });
    }
  }
  const total = planned.length + results.length + probes.length;
  log(`pattern audit: ${found.length} pattern(s), ${probes.length} probe(s), ${total} check(s); ${tools.go}; ${tools.cargo}; cache ${cache}`);

  const builds = new Map<string, BuiltLib>();
  const buildFor = async (c: Planned): Promise<BuiltLib> => {
    const feature = c.broken?.['rust-feature'];
    const key = `${c.id}\0${feature ?? ''}`;
    let b = builds.get(key);
    if (!b) {
      b = await buildRust(cache, c.id, join(c.dir, 'rust', 'Cargo.toml'), feature);
      log(`      build ${c.id} · ${feature ?? 'default features'} ... ${b.libDir ? 'ok' : 'FAILED'} ${b.result.seconds.toFixed(1)}s`);
      builds.set(key, b);
    }
    return b;
  };
  const roots: Array<[string, string]> = [
    [cache, '<cache>'],
    [repo, '<repo>'],
    ...(goroot ? ([[goroot, '$GOROOT']] as Array<[string, string]>) : []),
    [homedir(), '~'],
  ];

  let i = results.length;
  const report = (r: CheckResult): void => {
    i++;
    log(progressLine(i, total, r));
    if (!isOk(r.verdict) && r.verdict !== 'not-run') log(failureDetail(r));
  };
  const probeResult = async (p: Probe): Promise<CheckResult> => {
    const r = await runProbe(p, cache);
    if (wasInterrupted() && !isOk(r.verdict)) r.verdict = 'not-run';
    report(r);
    return r;
  };

  // Patterns and probes are checked `o.jobs` at a time: a check mostly waits on go or cargo. One pattern's
  // checks share its cargo target folder, so they stay in order within one worker. Probes go first (some build
  // Rust with fat LTO, the longest single steps); a probe that times something is built in the pool and run
  // after it, by itself.
  const groups = groupByPattern(planned);
  const checked: CheckResult[][] = groups.map(() => []);
  const together = probes.filter((p) => !p.alone);
  const probed: CheckResult[] = [];
  const units = [
    ...together.map((probe) => ({ probe })),
    ...probes.filter((p) => p.alone).map((prebuild) => ({ prebuild })),
    ...groups.map((group, g) => ({ group, g })),
  ];
  await inPool(units, o.jobs, async (unit) => {
    if ('probe' in unit) {
      if (!wasInterrupted()) probed.push(await probeResult(unit.probe));
      return;
    }
    if ('prebuild' in unit) {
      if (wasInterrupted()) return;
      const b = await prebuildProbe(unit.prebuild, cache);
      log(`      build _probes/${unit.prebuild.id} (it runs alone, last) ... ${b.ok ? 'ok' : 'FAILED'} ${b.seconds.toFixed(1)}s`);
      return;
    }
    for (const c of unit.group) {
      if (wasInterrupted()) {
        checked[unit.g]!.push({ pattern: c.id, variant: c.variant, detector: c.detector, verdict: 'not-run', seconds: 0, command: '', output: '' });
        continue;
      }
      const r = await runCheck(c, await buildFor(c), o.record, [[`${c.dir}/`, ''], ...roots]);
      if (wasInterrupted() && !isOk(r.verdict)) r.verdict = 'not-run';
      checked[unit.g]!.push(r);
      report(r);
    }
  });
  for (const p of probes.filter((x) => x.alone)) {
    if (wasInterrupted()) break;
    probed.push(await probeResult(p));
  }
  results.push(...checked.flat());
  // The verdict table lists probes in folder order, however they were scheduled.
  results.push(...probes.flatMap((p) => probed.filter((r) => r.pattern === `_probes/${p.id}`)));

  const passed = results.filter((r) => isOk(r.verdict)).length;
  const failed = results.length - passed;
  log(verdictTable(results));
  writeResults(join(cache, 'results.json'), {
    startedAt: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    go: tools.go,
    cargo: tools.cargo,
    record: o.record,
    interrupted: wasInterrupted(),
    passed,
    failed,
  }, results);
  log('');
  if (wasInterrupted()) log('interrupted: checks that did not run count as failed');
  log(`${passed} passed, ${failed} failed`);
  if (wasInterrupted()) return 130; // the shell convention for "stopped by Ctrl-C"
  return failed === 0 ? 0 : 1;
}

function groupByPattern(planned: readonly Planned[]): Planned[][] {
  const byId = new Map<string, Planned[]>();
  for (const c of planned) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  return [...byId.values()];
}

/** Runs `work` on every item, at most `jobs` at once. */
async function inPool<T>(items: readonly T[], jobs: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const k = next++;
      await work(items[k]!, k);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

/** Probes named with --probe; all of them when the run names no pattern and no detector. */
function selectProbes(repo: string, o: Options): Probe[] {
  const all = discoverProbes(repo);
  const unknown = o.probes.filter((id) => !all.some((p) => p.id === id));
  if (unknown.length > 0) throw new Error(`no such probe: ${unknown.join(', ')} (have: ${all.map((p) => p.id).join(', ')})`);
  if (o.probes.length > 0) return all.filter((p) => o.probes.includes(p.id));
  return o.patterns.length === 0 && o.detectors.length === 0 ? all : [];
}

async function runCheck(c: Planned, lib: BuiltLib, record: boolean, roots: Array<[string, string]>): Promise<CheckResult> {
  const base = { pattern: c.id, variant: c.variant, detector: c.detector };
  if (!lib.libDir) {
    return { ...base, verdict: 'build-failed', seconds: 0, command: 'cargo build --release', reason: 'the Rust library did not build', output: lib.result.output };
  }
  const steps = detectorSteps(c.detector, {
    goDir: join(c.dir, 'go'),
    manifest: join(c.dir, 'rust', 'Cargo.toml'),
    targetDir: lib.targetDir,
    libDir: lib.libDir,
    goTags: c.broken?.['go-tags'],
    rustFeature: c.broken?.['rust-feature'],
  });
  let output = '';
  let seconds = 0;
  let failedStep: string | undefined;
  let timedOut = false;
  const shown = steps.map(showStep);
  for (const [k, s] of steps.entries()) {
    const r = await run(s.cmd, s.args, { cwd: s.cwd, env: s.env, timeoutMs: STEP_TIMEOUT_MS });
    output += (steps.length > 1 ? `$ ${shown[k]}\n` : '') + r.output;
    seconds += r.seconds;
    if (r.code !== 0) {
      failedStep = shown[k];
      timedOut = r.timedOut;
      break;
    }
    if (wasInterrupted()) break;
  }
  const command = failedStep ?? shown.join(' && ');
  const result: CheckResult = { ...base, verdict: 'pass', seconds, command, output };
  if (timedOut) {
    const silent = output.trim() === '' ? '; go test shows a package\'s output only when its test binary exits, so a hang prints nothing' : '';
    return { ...result, verdict: 'timeout', reason: `killed after ${STEP_TIMEOUT_MS / 1000}s${silent}` };
  }

  if (!c.broken) {
    if (failedStep) return { ...result, verdict: 'fail', reason: 'the correct variant must pass this detector' };
    return result;
  }
  const expect = new RegExp(c.broken.expect, 'm');
  if (!failedStep) return { ...result, verdict: 'missed', reason: `the detector passed: the bug went unnoticed (expected /${c.broken.expect}/)` };
  if (!expect.test(output)) return { ...result, verdict: 'wrong-message', reason: `the detector failed, but its output does not match /${c.broken.expect}/` };
  const file = transcriptPath(c.dir, c.broken.id);
  if (record) {
    // Show how the variant was built when it is a Rust-side bug: the go command alone would not say.
    const feature = c.broken['rust-feature'];
    const build = feature && c.detector !== 'cargo-test' ? [`cargo build --release --manifest-path ../rust/Cargo.toml --features ${feature}`] : [];
    writeTranscript(file, renderTranscript([...build, command], normalise(output, roots), expect));
  }
  const problem = checkTranscript(file, expect);
  if (problem) return { ...result, verdict: 'transcript', reason: problem };
  return { ...result, verdict: 'caught' };
}
