// <PatternCode> props are checked at build time: a wrong pattern, a file its pattern.yaml does not list, a
// malformed focus or an unknown prop each fail with the component as written and what it would accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProps, patternCodeProps } from '../../../src/site/component-props.ts';

const KNOWN = new Map([['strings', ['rust/src/lib.rs', 'go/st.h']], ['buffer-pool', ['go/pool.go']]]);
const check = (props: Record<string, unknown>): string => {
  try {
    parseProps('PatternCode', patternCodeProps(KNOWN), props);
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
};

test('good props pass through', () => {
  assert.deepEqual(parseProps('PatternCode', patternCodeProps(KNOWN), { pattern: 'strings', file: 'go/st.h', focus: '1-4, 9' }), { pattern: 'strings', file: 'go/st.h', focus: '1-4, 9' });
});

test('each mistake names the component, the prop and what is accepted', () => {
  assert.equal(check({ pattern: 'string', file: 'go/st.h' }), '<PatternCode pattern="string" file="go/st.h">:\n  pattern: expected a pattern of playbooks/patterns/: strings, buffer-pool');
  assert.equal(check({ pattern: 'strings', file: 'go/strings.go' }), '<PatternCode pattern="strings" file="go/strings.go">:\n  file: expected a file pattern.yaml of strings lists: rust/src/lib.rs, go/st.h');
  assert.equal(check({ pattern: 'strings', file: 'go/st.h', focus: '9-3' }), '<PatternCode pattern="strings" file="go/st.h" focus="9-3">:\n  focus: expected each range starts at line 1 or later and does not run backwards');
  assert.equal(check({ pattern: 'strings', file: 'go/st.h', focus: 'lines 3' }), '<PatternCode pattern="strings" file="go/st.h" focus="lines 3">:\n  focus: expected line ranges such as "10-24" or "1-4, 9-12"');
  assert.equal(check({ pattern: 'strings', file: 'go/st.h', marks: '3' }), '<PatternCode pattern="strings" file="go/st.h" marks="3">:\n  (props): unknown prop marks');
});
