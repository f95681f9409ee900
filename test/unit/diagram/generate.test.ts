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
  'crypto-vault': ['ownership', 'lifecycle-Vault', 'lifecycle-Key', 'lifecycle-AuditSink'],
};

for (const [name, expected] of Object.entries(samples)) {
  test(`${name}: exact Mermaid text, title and description of every diagram`, () => {
    const diagrams = contractDiagrams(modelOf(fixture(`${name}.yaml`), `${name}.yaml`));
    assert.deepEqual(diagrams.map((d) => (d.type === undefined ? d.kind : `${d.kind}-${d.type}`)), expected);
    for (const d of diagrams) {
      const base = `${name}.${d.type === undefined ? d.kind : `${d.kind}-${d.type}`}`;
      assert.equal(d.mermaid, fixture(`${base}.mmd`), `${base}.mmd`);
      assert.equal(`${d.title}\n\n${d.description}\n`, fixture(`${base}.txt`), `${base}.txt`);
    }
  });
}

test('the imgcodec ownership map, spelled out: regions, generated ids, one edge per fact', () => {
  assert.equal(
    ownershipDiagram(modelOf(fixture('imgcodec.yaml'))).mermaid,
    `flowchart LR
  subgraph go["Go side (Go heap)"]
    n1["ImageInfo (struct)"]
    n2["Go byte slices"]
    n3["progress (Go callback)"]
    n4["cb (Go callback)"]
  end
  subgraph abi["C ABI"]
    n5["imgcodec_image_decode"]
    n6["imgcodec_decode_cancel"]
    n7["imgcodec_image_info"]
    n8["imgcodec_image_pixels"]
    n9["imgcodec_image_free"]
    n10["imgcodec_bytes_free"]
    n11["imgcodec_set_progress"]
    n12["imgcodec_clear_progress"]
  end
  subgraph rust["Rust side (Rust heap)"]
    n13["Image (opaque handle)"]
    n14["PixelData (buffer)"]
  end
  go ~~~ abi
  abi ~~~ rust
  n5 -->|"creates"| n13
  n13 -->|"releases"| n9
  n8 -->|"creates"| n14
  n14 -->|"releases"| n10
  n2 -.->|"borrows for the call"| n5
  n5 ==>|"calls back on the Go thread<br>via a Go pointer"| n3
  n13 -.->|"borrows for the call"| n7
  n1 -.->|"borrows for the call"| n7
  n13 -.->|"borrows for the call"| n8
  n11 ==>|"calls back on a Rust thread<br>via cgo.Handle<br>until imgcodec_clear_progress"| n4
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
    n1["small_open"]
    n2["small_ping"]
  end
  subgraph rust["Rust side (Rust heap)"]
    n3["Conn (opaque handle)"]
  end
  abi ~~~ rust
  n1 -->|"creates"| n3
  n3 -.->|"borrows for the call"| n2
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
