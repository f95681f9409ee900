// Every internal href and src in the built site resolves to a file, and every #fragment to an element id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, DIST, resolveSitePath } from '../support/dist.ts';

const SITE_ORIGIN = 'https://interlock.example';
const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

for (const page of builtHtmlFiles()) {
  test(`links resolve: ${page}`, () => {
    const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, SITE_ORIGIN);
    const html = readFileSync(join(DIST, page), 'utf8');
    const broken: string[] = [];
    let checked = 0;
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[1]!);
      if (raw === '' || /^(mailto:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== SITE_ORIGIN) continue;
      checked += 1;
      const target = resolveSitePath(url.pathname);
      if (!target) {
        broken.push(`${raw} (no file for ${url.pathname})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push(`${raw} (no element with id "${fragment}")`);
      }
    }
    assert.deepEqual(broken, []);
    // Every page links to the home page and its stylesheets: none found means the finder no longer reads the markup.
    assert.ok(checked >= 3, `only ${checked} internal links found`);
  });
}
