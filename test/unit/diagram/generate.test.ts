// Contract -> Mermaid text: the exact output for the fixtures, and the cases the fixtures do not reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkContract } from '../../../src/lib/contract/check.ts';
import type { ContractModel, OpaqueTypeModel } from '../../../src/lib/contract/model.ts';
import { chooseDiagram, contractDiagrams } from '../../../src/lib/diagram/contract-diagrams.ts';
import { lifecycleDiagram } from '../../../src/lib/diagram/lifecycle.ts';
import { ownershipDiagram } from '../../../src/lib/diagram/ownership.ts';

const FIXTURES = new URL('../../fixtures/diagram/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

function modelOf(yaml: string, file = 'inline.yaml'): ContractModel {
  const result = checkContract(yaml, file);
  assert.deepEqual(result.parseDiagnostics, [], 'the test contract parses');
  return result.model!;
}

const samples: Record<string, string[]> = {
  imgcodec: ['ownership', 'lifecycle-Image'],
  mini: ['ownership', 'lifecycle-Pool'],
  // 13 functions: more than SPLIT_ABOVE, so one map per type the functions are about, then the rest.
  'crypto-vault': ['ownership-Vault', 'ownership-Key', 'ownership-SecretBytes', 'ownership-KeyId', 'ownership-other-functions', 'lifecycle-Vault', 'lifecycle-Key', 'lifecycle-AuditSink'],
};

/** The fixture name of a diagram: its kind, then the type it follows or the part of a split map. */
function nameOf(d: { kind: string; type?: string; part?: string }): string {
  if (d.type !== undefined) return `${d.kind}-${d.type}`;
  return d.part === undefined ? d.kind : `${d.kind}-${d.part.replaceAll(' ', '-')}`;
}

for (const [name, expected] of Object.entries(samples)) {
  test(`${name}: exact Mermaid text, title and description of every diagram`, () => {
    const diagrams = contractDiagrams(modelOf(fixture(`${name}.yaml`), `${name}.yaml`));
    assert.deepEqual(diagrams.map(nameOf), expected);
    for (const d of diagrams) {
      const base = `${name}.${nameOf(d)}`;
      assert.equal(d.mermaid, fixture(`${base}.mmd`), `${base}.mmd`);
      assert.equal(`${d.title}\n\n${d.description}\n`, fixture(`${base}.txt`), `${base}.txt`);
    }
  });
}

test('the imgcodec ownership map, spelled out: what each function does in its box, unlabelled arrows by style', () => {
  assert.equal(
    ownershipDiagram(modelOf(fixture('imgcodec.yaml'))).mermaid,
    `flowchart LR
  subgraph go["Go side (Go heap)"]
    n1["progress<br>(Go callback)"]
    n2["cb<br>(Go callback)"]
  end
  subgraph abi["C ABI"]
    n3["imgcodec_image_decode<br>creates: Image<br>borrows for the call:<br>Go byte slices<br>calls back on the Go<br>thread, via a Go<br>pointer: progress"]
    n4["imgcodec_image_info<br>borrows for the call:<br>Image, ImageInfo"]
    n5["imgcodec_image_free<br>releases: Image"]
    n6["imgcodec_image_pixels<br>creates: PixelData<br>borrows for the call:<br>Image"]
    n7["imgcodec_bytes_free<br>releases: PixelData"]
    n8["imgcodec_decode_cancel"]
    n9["imgcodec_set_progress<br>calls back on a Rust<br>thread, via cgo.Handle,<br>until<br>imgcodec_clear_progress:<br>cb"]
    n10["imgcodec_clear_progress"]
  end
  subgraph rust["Rust side (Rust heap)"]
    n11["Image<br>(opaque handle)"]
    n12["PixelData<br>(buffer)"]
  end
  go ~~~ abi
  abi ~~~ rust
  n3 --> n11
  n11 --> n5
  n6 --> n12
  n12 --> n7
  n3 ==> n1
  n9 ==> n2
`,
  );
});

const SMALL = `interlock: 1
library: { name: small, abi: "1.0", go_package: example.com/small }
types:
  Conn: { kind: opaque, owner: rust, create: [small_open] }
functions:
  small_open:
    returns: { type: Conn, pass: transfer }
    errors: none
    panics: catch
  small_ping:
    params:
      conn: { type: Conn, pass: borrow, lifetime: call }
    errors: none
    panics: catch
`;

test('a map with nothing on the Go side has two regions and one layout link', () => {
  assert.equal(
    ownershipDiagram(modelOf(SMALL)).mermaid,
    `flowchart LR
  subgraph abi["C ABI"]
    n1["small_open<br>creates: Conn"]
    n2["small_ping<br>borrows for the call:<br>Conn"]
  end
  subgraph rust["Rust side (Rust heap)"]
    n3["Conn<br>(opaque handle)"]
  end
  abi ~~~ rust
  n1 --> n3
`,
  );
});

test('a handle no function frees is drawn as a leak', () => {
  const model = modelOf(SMALL);
  const lifecycle = lifecycleDiagram(model, model.types[0] as OpaqueTypeModel);
  assert.equal(
    lifecycle.mermaid,
    `sequenceDiagram
  participant G as Go
  participant C as C ABI
  participant R as Rust
  Note over G,R: Conn lives in the Rust heap, Go holds only a handle
  G->>C: small_open
  C->>R: allocates Conn
  C-->>G: returns the Conn handle, Go must free it
  G->>C: small_ping borrows Conn for the call
  Note over R: no function frees Conn, so it leaks
`,
  );
  assert.match(lifecycle.description, /No function frees Conn, so it leaks\.$/);
});

test('chooseDiagram: the type is required when several handles exist and must be an opaque type', () => {
  const vault = modelOf(fixture('crypto-vault.yaml'));
  const pick = (kind: 'ownership' | 'lifecycle', type?: string) => {
    const choice = chooseDiagram(vault, kind, type);
    return choice.ok ? `${choice.diagram.kind}:${choice.diagram.type ?? ''}` : choice.problem;
  };
  assert.equal(pick('ownership'), 'ownership:');
  assert.equal(pick('ownership', 'Key'), 'a type is chosen only for a lifecycle diagram');
  assert.equal(pick('lifecycle'), 'choose the opaque type to follow: Vault, Key, AuditSink');
  assert.equal(pick('lifecycle', 'Key'), 'lifecycle:Key');
  assert.equal(pick('lifecycle', 'KeyId'), '"KeyId" is not an opaque type of crypto_vault; opaque types: Vault, Key, AuditSink');
  const small = modelOf(SMALL);
  const only = chooseDiagram(small, 'lifecycle');
  assert.ok(only.ok && only.diagram.type === 'Conn', 'the only opaque type needs no --type');
  const none = chooseDiagram(modelOf(SMALL.replace('kind: opaque', 'kind: buffer')), 'lifecycle');
  assert.deepEqual(none, { ok: false, problem: 'small declares no opaque handle type, so it has no lifecycle diagram' });
});

test('generation is a pure function of the model: the same contract gives the same text', () => {
  const text = fixture('crypto-vault.yaml');
  assert.deepEqual(contractDiagrams(modelOf(text)), contractDiagrams(modelOf(text)));
});
