// Options declared once: the parseArgs configuration, the values run() receives and the help rows all come
// from one declaration. Expectations are written out by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { declaredValues, helpColumn, helpColumns, optionRows, parseArgsConfig, wrapWords } from '../../../src/cli/options.ts';

const SPECS = {
  format: { type: 'string', short: 'f', choices: ['text', 'json'], default: 'text', help: 'text (default) or json' },
  rule: { type: 'string', multiple: true, value: 'ID', help: 'only this rule (repeatable)' },
  scan: { type: 'boolean', help: 'also scan' },
  out: { type: 'string', help: 'the file to write' },
} as const;

test('parseArgs gets the types, short names and repeatability, and --help', () => {
  assert.deepEqual(parseArgsConfig(SPECS), {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', short: 'f' },
    rule: { type: 'string', multiple: true },
    scan: { type: 'boolean' },
    out: { type: 'string' },
  });
});

test('values take their declared shape: defaults, false for a missing flag, [] for a missing list', () => {
  assert.deepEqual(declaredValues(SPECS, {}), { values: { format: 'text', rule: [], scan: false, out: undefined } });
  assert.deepEqual(declaredValues(SPECS, { format: 'json', rule: ['A', 'B'], scan: true, out: 'x.md' }), {
    values: { format: 'json', rule: ['A', 'B'], scan: true, out: 'x.md' },
  });
});

test('a value outside the choices is a usage problem naming them; the empty string is not a choice', () => {
  assert.deepEqual(declaredValues(SPECS, { format: 'xml' }), { problem: '--format must be one of text, json' });
  assert.deepEqual(declaredValues(SPECS, { format: '' }), { problem: '--format must be one of text, json' });
});

test('help rows: short name first, the placeholder in angle brackets, a flag without one, --help last', () => {
  assert.deepEqual(optionRows(SPECS), [
    ['-f, --format <format>', 'text (default) or json'],
    ['--rule <ID>', 'only this rule (repeatable)'],
    ['--scan', 'also scan'],
    ['--out <out>', 'the file to write'],
    ['-h, --help', 'show this help'],
  ]);
});

test('two columns: the second starts four past the widest first and wraps under itself', () => {
  const rows = [['--a', 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen'], ['--long-name <x>', 'short']] as const;
  const column = helpColumn(rows);
  assert.equal(column, 19);
  assert.deepEqual(helpColumns(rows, column), [
    '  --a              one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
    '                   sixteen seventeen',
    '  --long-name <x>  short',
  ]);
});

test('wrapping keeps a word longer than the width whole, on a line of its own', () => {
  assert.deepEqual(wrapWords('a bb ccccccc d', 4), ['a bb', 'ccccccc', 'd']);
  assert.deepEqual(wrapWords('  spaced   out  ', 20), ['spaced out']);
  assert.deepEqual(wrapWords('', 20), []);
});
