// Prints how long reading a generated 100,000-line header + Rust crate + Go package takes (budget 3 s on 2 cores),
// with the files read by worker threads on every core and, for comparison, in one thread.
// Run: npm exec -- node scripts/bench/code-scan-bench.ts  (figures, not a test: it never fails a build)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceDrift } from '../../src/lib/code/drift.ts';
import { runProbes } from '../../src/lib/code/probes/index.ts';
import { parsers } from '../../src/node/code/parser.ts';
import { scanSources } from '../../src/node/code/scan.ts';

const BUDGET_MS = 3000;
const MODULES = 50;
const FNS_PER_MODULE = 80;

/** One exported function per name, in the three languages, about 12 Rust, 10 Go and 2 C lines each. */
function generate(dir: string): number {
  mkdirSync(join(dir, 'rust', 'src'), { recursive: true });
  mkdirSync(join(dir, 'go'));
  const h: string[] = ['// bench.h: generated', '#include <stdint.h>', '#include <stddef.h>', 'typedef struct Obj Obj;'];
  const lib: string[] = ['//! generated', 'pub struct Obj { v: Vec<u8> }'];
  let lines = 0;
  for (let m = 0; m < MODULES; m += 1) {
    lib.push(`mod m${m};`);
    const rs: string[] = ['use crate::Obj;'];
    const go: string[] = ['package bench', '', '// #include "../bench.h"', 'import "C"', '', 'import "unsafe"', ''];
    for (let f = 0; f < FNS_PER_MODULE; f += 1) {
      const name = `bench_m${m}_f${f}`;
      h.push(`// ${name} reads len bytes at p.`, `int32_t ${name}(Obj *o, const uint8_t *p, size_t len);`);
      rs.push(
        '/// # Safety', '/// `o` is live; `p` points to `len` bytes.', '#[unsafe(no_mangle)]',
        `pub unsafe extern "C" fn ${name}(o: *mut Obj, p: *const u8, len: usize) -> i32 {`,
        '    std::panic::catch_unwind(|| {',
        '        // SAFETY: the caller lends `len` bytes for the call.',
        '        let s = unsafe { std::slice::from_raw_parts(p, len) };',
        '        // SAFETY: `o` is live and not aliased for the call.',
        '        let o = unsafe { &mut *o };',
        `        o.v.extend_from_slice(s); ${f} + o.v.len() as i32`,
        '    }).unwrap_or(-1)', '}', '',
      );
      go.push(
        `// F${f} calls ${name}.`,
        `func (b *Bench) M${m}F${f}(data []byte) int32 {`,
        '\tb.mu.Lock()',
        '\tdefer b.mu.Unlock()',
        '\tif b.h == nil {',
        '\t\treturn -1',
        '\t}',
        `\treturn int32(C.${name}(b.h, (*C.uint8_t)(unsafe.SliceData(data)), C.size_t(len(data))))`,
        '}', '',
      );
    }
    writeFileSync(join(dir, 'rust', 'src', `m${m}.rs`), rs.join('\n'));
    writeFileSync(join(dir, 'go', `m${m}.go`), go.join('\n'));
    lines += rs.length + go.length;
  }
  writeFileSync(join(dir, 'bench.h'), h.join('\n'));
  writeFileSync(join(dir, 'rust', 'src', 'lib.rs'), lib.join('\n'));
  return lines + h.length + lib.length;
}

const dir = mkdtempSync(join(tmpdir(), 'interlock-code-bench-'));
try {
  const lines = generate(dir);
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  await parsers();
  const loadMs = performance.now() - t;
  // Alternating modes, so a busy moment on the machine hits both alike: workers on every core, then one thread.
  const runs: { parallel: boolean; scan: number; check: number; findings: number; cpu: number }[] = [];
  for (let i = 0; i < 6; i += 1) {
    const parallel = i % 2 === 0;
    const c0 = process.cpuUsage();
    t = performance.now();
    const scan = await scanSources({ header: join(dir, 'bench.h'), rust: join(dir, 'rust'), go: join(dir, 'go') }, undefined, { threads: parallel ? 'auto' : 'one' });
    const scanMs = performance.now() - t;
    t = performance.now();
    const findings = sourceDrift(scan.boundary).length + runProbes(scan.boundary).length + scan.diagnostics.length;
    const c = process.cpuUsage(c0);
    runs.push({ parallel, scan: scanMs, check: performance.now() - t, findings, cpu: (c.user + c.system) / 1000 });
  }
  const cpu = process.cpuUsage(cpu0);
  const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
  console.log(`   generated repository: ${lines.toLocaleString('en')} lines (${MODULES * FNS_PER_MODULE} exported functions; 1 header, ${MODULES + 1} Rust files, ${MODULES} Go files)`);
  console.log(`   grammars loaded once:  ${fmt(loadMs)} (C, Rust, Go WASM); ${availableParallelism()} cores`);
  for (const [i, r] of runs.entries()) {
    const total = r.scan + r.check;
    const mode = r.parallel ? 'read workers' : 'one thread  ';
    console.log(`   scan ${i + 1}, ${mode}: read + parse ${fmt(r.scan)}, drift + probes ${fmt(r.check)}, total ${fmt(total)} wall, ${fmt(r.cpu)} CPU, all threads (budget ${BUDGET_MS} ms: ${total <= BUDGET_MS ? 'within' : 'OVER'}); ${r.findings} findings`);
  }
  console.log(`   CPU time of the process for the 6 scans and the grammar load: user ${fmt(cpu.user / 1000)}, system ${fmt(cpu.system / 1000)}`);
  console.log('   (the first scan with workers includes starting them and loading their parsers)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
