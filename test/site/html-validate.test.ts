// Every built page is valid HTML by html-validate's recommended rules, with Starlight-specific exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtHtmlFiles, DIST } from '../support/dist.ts';
import { maskThirdPartyMarkup } from '../support/mask-third-party-markup.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Starlight's "Overview" anchor is id="_top"; HTML5 allows any id without whitespace.
    'valid-id': ['error', { relaxed: true }],
    // Starlight renders the table of contents twice (mobile and desktop); CSS shows exactly one.
    'unique-landmark': 'off',
    // Starlight and Expressive Code set CSS custom properties inline; our own markup uses classes.
    'no-inline-style': 'off',
    // Formatting preferences, not validity: Astro's serializer decides these.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'no-redundant-role': 'off',
    'prefer-native-element': 'off',
    // Starlight's menu and search buttons sit outside any form, where the implicit "submit" type is inert.
    'no-implicit-button-type': 'off',
  },
});

for (const file of builtHtmlFiles()) {
  test(`valid HTML: ${file}`, async () => {
    const html = maskThirdPartyMarkup(readFileSync(join(DIST, file), 'utf8'));
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`),
    );
    assert.deepEqual(messages, []);
  });
}

test('every table can take keyboard focus, since Starlight lets wide tables scroll (WCAG 2.1.1)', () => {
  const unfocusable = builtHtmlFiles().flatMap((file) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<table\b[^>]*>/g)]
      .filter((match) => !/\stabindex="0"/.test(match[0]))
      .map((match) => `${file}: ${match[0]}`),
  );
  assert.deepEqual(unfocusable, []);
});
