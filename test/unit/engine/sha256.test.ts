// The pure SHA-256 matches the FIPS 180-4 test vectors and node:crypto on every padding boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../src/lib/engine/sha256.ts';
import { canonicalHash, canonicalJson } from '../../../src/lib/engine/canonical.ts';

test('FIPS 180-4 example messages', () => {
  assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  assert.equal(sha256Hex('a'.repeat(1_000_000)), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
});

test('agrees with node:crypto for every length from 0 to 200 and for multi-byte text', () => {
  for (let n = 0; n <= 200; n += 1) {
    const text = 'xy€😀'.repeat(n).slice(0, n);
    assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'), `length ${n}`);
  }
});

test('canonical JSON sorts keys at every level and keeps array order', () => {
  assert.equal(canonicalJson({ b: [2, 1], a: { d: null, c: 'x' } }), '{"a":{"c":"x","d":null},"b":[2,1]}');
  assert.equal(canonicalHash({ b: 1, a: 2 }), canonicalHash({ a: 2, b: 1 }));
  assert.equal(canonicalHash({ a: 1 }), `sha256:${sha256Hex('{"a":1}')}`);
  assert.throws(() => canonicalJson(Number.NaN), /non-finite/);
});
