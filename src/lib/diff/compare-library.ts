// Compares the `library:` block (the archive name Go links and the Go package path) and the top-level doc.
// The ABI version itself is not a change: governance compares it with what the changes require.
import type { ContractModel } from '../contract/model.ts';
import type { RecordChange } from './change.ts';
import { compareDoc } from './compare-review.ts';

export function compareLibrary(record: RecordChange, base: ContractModel, head: ContractModel): void {
  if (base.library.name !== head.library.name) {
    record({
      kind: 'library-renamed', path: ['library', 'name'],
      before: base.library.name, after: head.library.name, facts: [],
      summary: `the library is now \`${head.library.name}\` (was \`${base.library.name}\`).`,
      implication: `Go links against a different archive: every \`#cgo LDFLAGS\` line must name \`${head.library.name}\`, and a Go wrapper built for the old name cannot load the new library.`,
    });
  }
  if (base.library.goPackage !== head.library.goPackage) {
    record({
      kind: 'go-package-changed', path: ['library', 'go_package'],
      before: base.library.goPackage, after: head.library.goPackage, facts: [],
      summary: `the Go wrapper package moved to \`${head.library.goPackage}\` (was \`${base.library.goPackage}\`).`,
      implication: 'Go importers must update their import path; the compiler finds every one.',
    });
  }
  compareDoc(record, base.library.doc, head.library.doc, ['library'], 'the library');
  compareDoc(record, base.doc, head.doc, [], 'the contract');
}
