// The diagram palettes meet WCAG contrast in both themes: text at least 7:1 (AAA, so AA with room to
// spare) on every fill it can sit on, and arrows and borders at least 3:1 (non-text contrast, 1.4.11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PALETTES, THEMES } from '../../../src/node/diagram/render-config.ts';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('the contrast formula matches WCAG for known pairs', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
});

for (const theme of THEMES) {
  test(`${theme} palette: text and lines on every background, borders on their fill and the page`, () => {
    const p = PALETTES[theme];
    const backgrounds = { page: p.page, box: p.box, note: p.note, go: p.go, abi: p.abi, rust: p.rust };
    const low: string[] = [];
    for (const [name, bg] of Object.entries(backgrounds)) {
      if (contrast(p.text, bg) < 7) low.push(`text on ${name}: ${contrast(p.text, bg).toFixed(2)}`);
      if (contrast(p.line, bg) < 3) low.push(`arrows on ${name}: ${contrast(p.line, bg).toFixed(2)}`);
    }
    const borders: Array<[string, string, string]> = [
      ['box border', p.boxBorder, p.box], ['note border', p.noteBorder, p.note],
      ['Go region border', p.goBorder, p.go], ['C ABI region border', p.abiBorder, p.abi], ['Rust region border', p.rustBorder, p.rust],
    ];
    for (const [name, border, fill] of borders) {
      for (const [against, bg] of [['its fill', fill], ['the page', p.page]] as const) {
        if (contrast(border, bg) < 3) low.push(`${name} on ${against}: ${contrast(border, bg).toFixed(2)}`);
      }
    }
    assert.deepEqual(low, []);
  });
}
