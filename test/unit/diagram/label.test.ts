// The label encoder: nothing that reaches it can become a Mermaid directive, a link or HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntityCodes, encodeLabel } from '../../../src/lib/diagram/label.ts';
import { ownershipMermaid } from '../../../src/lib/diagram/ownership.ts';
import type { GraphNode, OwnershipGraph } from '../../../src/lib/diagram/ownership-graph.ts';
import { lifecycleDiagram } from '../../../src/lib/diagram/lifecycle.ts';
import type { ContractModel } from '../../../src/lib/contract/model.ts';
import { HOSTILE } from '../../fixtures/diagram/hostile.ts';

const DIRECTIVES = ['%%{init: {"securityLevel": "loose"}}%%', 'a %%{init:{"theme":"dark"}}%% b', '%%', 'comment %% here'];

/** What an encoded label may contain: the allow-list and entity codes, nothing else. */
const ENCODED = /^(?:[A-Za-z0-9 _.,:()-]|#\d{1,7};)*$/;

test('allow-listed characters pass through unchanged', () => {
  const plain = 'imgcodec_image_free (opaque handle): ABI 3.1, borrows-for the call';
  assert.equal(encodeLabel(plain), plain);
});

test('every other character becomes a Mermaid entity code', () => {
  assert.equal(encodeLabel('"]'), '#34;#93;');
  assert.equal(encodeLabel('<img>'), '#60;img#62;');
  assert.equal(encodeLabel('a%b'), 'a#37;b');
  assert.equal(encodeLabel('#35;'), '#35;35#59;');
  assert.equal(encodeLabel('line\nbreak'), 'line#10;break');
  assert.equal(encodeLabel('🦀'), '#129408;');
  assert.equal(encodeLabel(''), '');
});

test('text holding %% is refused, since it could open a directive or a comment', () => {
  for (const text of DIRECTIVES) assert.throws(() => encodeLabel(text), RangeError, text);
});

test('hostile strings encode to the allow-list and entity codes only', () => {
  for (const text of HOSTILE) {
    const encoded = encodeLabel(text);
    assert.match(encoded, ENCODED, text);
    // No quote or bracket to end a label, no pipe to end an edge label, no newline or ; to start a statement,
    // no % for a directive, no < for HTML, no braces or backtick for shapes and markdown strings.
    assert.doesNotMatch(encoded, /["[\]|\n\r%<>{}`=&]/, text);
  }
});

test('inside a flowchart every hostile label stays quoted text inside its box; arrows carry no text', () => {
  // Each hostile label is a node, and also the phrase of an arrow into one function: the function's box then
  // holds every phrase, wrapped into lines that the generator joins with <br>.
  const graph: OwnershipGraph = {
    library: 'x',
    nodes: [{ key: 'fn:f', region: 'abi', label: HOSTILE[0]! }, ...HOSTILE.map((label, i): GraphNode => ({ key: `k${i}`, region: i % 2 === 0 ? 'go' : 'rust', label }))],
    edges: HOSTILE.map((label, i) => ({ from: `k${i}`, to: 'fn:f', kind: 'borrow' as const, lines: [label, label], sentence: '' })),
  };
  const lines = ownershipMermaid(graph).trimEnd().split('\n');
  const nodeLines = lines.filter((l) => /^ {4}n\d+\[/.test(l));
  const edgeLines = lines.filter((l) => /^ {2}n\d+ /.test(l));
  assert.equal(nodeLines.length, HOSTILE.length + 1);
  assert.equal(edgeLines.length, HOSTILE.length);
  const text = '(?:[A-Za-z0-9 _.,:()-]|#\\d{1,7};)*';
  for (const line of nodeLines) assert.match(line, new RegExp(`^ {4}n\\d+\\["${text}(?:<br>${text})*"\\]$`));
  for (const line of edgeLines) assert.match(line, /^ {2}n\d+ -\.-> n\d+$/);
  // Every other line is the generator's own: no hostile text made a statement of its own. Words like
  // click, href or style do appear, but only inside a quoted label, where they are text.
  const own = /^(flowchart LR|  subgraph (go|abi|rust)\["[A-Za-z ()]+"\]|  end|  (go|abi) ~~~ (abi|rust))$/;
  for (const line of lines.filter((l) => !nodeLines.includes(l) && !edgeLines.includes(l))) assert.match(line, own);
  assert.equal(lines.length, 1 + 3 * 2 + 2 + nodeLines.length + edgeLines.length);
  assert.doesNotMatch(lines.join('\n'), /%%|<(?!br>)/);
});

test('inside a sequence diagram every hostile name stays in its message', () => {
  const name = 'Img';
  const model: ContractModel = {
    interlock: 1,
    allow: {},
    library: { name: 'x', abi: { major: 1, minor: 0, text: '1.0' }, goPackage: 'example.com/x', path: ['library'] },
    types: [{ kind: 'opaque', name, owner: 'rust', create: [HOSTILE[0]!], destroy: HOSTILE[1]!, secret: false, allow: {}, path: ['types', name] }],
    functions: HOSTILE.map((fn) => ({ name: fn, params: [{ name: 'h', type: name, pass: 'borrow', pinned: false, nullable: false, path: [] }], allow: {}, locksOsThread: false, blocking: false, path: [] })),
    errors: [],
    successCode: 0,
  };
  const lines = lifecycleDiagram(model, model.types[0] as never).mermaid.trimEnd().split('\n');
  const statement = /^(sequenceDiagram|  participant [GCR] as (Go|C ABI|Rust)|  [GCR](->>|-->>|-\))[GCR]: .*|  Note over [GCR](,[GCR])?: .*|  (alt|else) .*|  end)$/;
  for (const line of lines) assert.match(line, statement);
  for (const line of lines.slice(4)) {
    const text = line.replace(/^ {2}(?:[GCR](?:->>|-->>|-\))[GCR]: |Note over [GCR](?:,[GCR])?: |alt |else )/, '');
    if (text === '  end') continue;
    assert.match(text, /^(?:[A-Za-z0-9 _.,:()-]|#\d{1,7};|<br>)*$/, line);
  }
});

test('decoding what Mermaid draws for an encoded label gives back the original text', () => {
  // Characters XML cannot hold (NUL, ESC, a lone surrogate) come back as U+FFFD, so an SVG stays well-formed.
  const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu, '\uFFFD');
  for (const text of [...HOSTILE, 'plain', '', 'style x:#1; classDef y:#2;']) {
    // Mermaid turns #60; into &#60; in the text it draws; the renderer decodes that.
    const drawn = encodeLabel(text).replace(/#(\d+);/g, '&#$1;');
    assert.equal(decodeEntityCodes(drawn), xmlSafe(text), text);
  }
  assert.equal(encodeLabel('\u0000\ud800'), '#65533;#65533;');
});

test('"style" and "classDef" next to an entity code are written so Mermaid cannot drop their ";"', () => {
  assert.equal(encodeLabel('style n1 fill:#f00'), '#115;tyle n1 fill:#35;f00');
  assert.equal(encodeLabel('classDef x fill:red;'), '#99;lassDef x fill:red#59;');
  assert.equal(encodeLabel('mystyle: plain'), 'mystyle: plain', 'without any entity code the words stay as they are');
});
