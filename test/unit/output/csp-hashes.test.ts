// The post-build Content-Security-Policy: hashes of exactly the page's inline scripts and styles (CDATA in
// inline SVG hashed as the browser sees it), placed right after <meta charset>, idempotent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { policyFor, withPolicy } from '../../../scripts/csp-hashes.ts';

const h = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE = [
  '<!doctype html><html><head><meta charset="utf-8">',
  '<script>theme()</script><script type="module" src="/a.js"></script><script type="module">sidebar()</script>',
  '<style>p{color:red}</style></head><body><header>x</header>',
  '<svg><style><![CDATA[.n{fill:#fff}]]></style></svg><script>theme()</script></body></html>',
].join('');

test('the policy lists each inline script and style once, no external script, and both forms of SVG CDATA', () => {
  const scripts = [h('theme()'), h('sidebar()')].sort().join(' ');
  const styles = [h('p{color:red}'), h('<![CDATA[.n{fill:#fff}]]>'), h('.n{fill:#fff}')].sort().join(' ');
  assert.equal(policyFor(PAGE), [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts}`,
    `style-src-elem 'self' ${styles}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '));
});

test('the meta goes right after <meta charset>, before every script, and a second run changes nothing', () => {
  const once = withPolicy(PAGE);
  assert.ok(once.startsWith(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policyFor(PAGE)}"><script>`));
  assert.equal(withPolicy(once), once);
});

test('a page without <meta charset> gets the policy first in <head>, never in <header>', () => {
  assert.equal(withPolicy('<html><head><title>t</title></head><body><header></header></body></html>'), `<html><head><meta http-equiv="Content-Security-Policy" content="${policyFor('')}"><title>t</title></head><body><header></header></body></html>`);
});
