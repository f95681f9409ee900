// Keeps src/lib a pure core: no Astro, no DOM, no Node process or file system, so every face can share it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));

const FORBIDDEN: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /from\s+['"](astro|astro:[^'"]*|@astrojs\/[^'"]*)['"]/, why: 'imports Astro' },
  { pattern: /from\s+['"](node:[^'"]*|fs|path|os|child_process)['"]/, why: 'imports a Node built-in' },
  { pattern: /\bprocess\.(env|argv|exit|cwd|stdout|stderr)\b/, why: 'uses process' },
  // The look-behind keeps module names such as './yaml-document.ts' from counting as the DOM's `document`.
  { pattern: /(?<![\w$./-])(document|window|localStorage|navigator)\.\w/, why: 'uses the DOM' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

test('src/lib imports nothing from Astro, Node or the DOM', () => {
  const offences: string[] = [];
  for (const file of sourceFiles(LIB)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const { pattern, why } of FORBIDDEN) {
        if (pattern.test(line)) offences.push(`src/lib/${relative(LIB, file)}:${index + 1}: ${why}: ${line.trim()}`);
      }
    });
  }
  assert.deepEqual(offences, []);
});

test('the purity check itself recognises each forbidden kind of line', () => {
  const samples = [
    "import { getCollection } from 'astro:content';",
    "import { readFileSync } from 'node:fs';",
    'const home = process.env.HOME;',
    "document.querySelector('main');",
  ];
  for (const sample of samples) {
    assert.ok(FORBIDDEN.some(({ pattern }) => pattern.test(sample)), sample);
  }
  const allowed = ["import { parseYaml } from './yaml-document.ts';", 'const windowSize = options.window.size;'];
  for (const sample of allowed) {
    assert.ok(!FORBIDDEN.some(({ pattern }) => pattern.test(sample)), sample);
  }
});
