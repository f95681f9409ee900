// A large scan reads its files in worker threads; the result must be exactly what reading them one at a time
// in this thread gives: the same models in the same order, the same diagnostics in the same order, Go files
// left out by a build constraint left out, Rust modules found wave by wave in declaration order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanSources } from '../../../src/node/code/scan.ts';

const MODULES = 24;
const FNS = 60;

/** A crate with nested modules (one with a syntax error) and a Go package (one file excluded by its build tag). */
function generate(dir: string): void {
  mkdirSync(join(dir, 'rust', 'src', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'go'));
  const lib = ['pub struct Obj { v: Vec<u8> }', 'mod nested;'];
  const nested: string[] = [];
  for (let m = 0; m < MODULES; m += 1) {
    (m % 2 === 0 ? lib : nested).push(`mod m${m};`);
    const rs = ['use crate::Obj;'];
    const go = ['package big', '', '// #include "../big.h"', 'import "C"', ''];
    for (let f = 0; f < FNS; f += 1) {
      const name = `big_m${m}_f${f}`;
      rs.push('#[unsafe(no_mangle)]', `pub extern "C" fn ${name}(o: *mut Obj, n: usize) -> i32 {`, '    // SAFETY: o is live for the call.', `    let o = unsafe { &mut *o }; o.v.len() as i32 + n as i32 + ${f}`, '}');
      go.push(`func M${m}F${f}(o *C.Obj) int32 { return int32(C.${name}(o, 1)) }`);
    }
    if (m === 5) rs.push('fn broken( {');
    writeFileSync(join(dir, 'rust', 'src', m % 2 === 0 ? `m${m}.rs` : join('nested', `m${m}.rs`)), rs.join('\n'));
    writeFileSync(join(dir, 'go', `m${m}.go`), (m === 7 ? ['//go:build never', '', ...go] : go).join('\n'));
  }
  writeFileSync(join(dir, 'rust', 'src', 'lib.rs'), lib.join('\n'));
  writeFileSync(join(dir, 'rust', 'src', 'nested.rs'), nested.join('\n'));
  writeFileSync(join(dir, 'big.h'), '#include <stdint.h>\ntypedef struct Obj Obj;\nint32_t big_m0_f0(Obj *o, size_t n);\n');
}

test('reading in workers gives exactly what one thread gives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-scan-parallel-'));
  try {
    generate(dir);
    const paths = { header: join(dir, 'big.h'), rust: join(dir, 'rust'), go: join(dir, 'go') };
    const one = await scanSources(paths, undefined, { threads: 'one' });
    const many = await scanSources(paths, undefined, { threads: 'workers' });
    // A floor, so the comparison cannot pass on an empty scan.
    assert.equal(one.boundary.rust.length, 2 + MODULES);
    assert.equal(one.boundary.go.length, MODULES - 1);
    assert.equal(one.boundary.rust.flatMap((f) => f.functions).length, MODULES * FNS);
    assert.deepEqual(one.diagnostics.map((d) => `${d.code} ${d.file.slice(dir.length)}`), ['code-unparsable /rust/src/m5.rs'.replace('m5', 'nested/m5')]);
    assert.deepEqual(many, one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
