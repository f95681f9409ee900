// rust-unsafe-without-safety: an unsafe block with no `SAFETY:` comment saying why it is sound.
import type { Finding, Probe } from './probe.ts';

export const rustUnsafeWithoutSafety: Probe = {
  meta: {
    id: 'rust-unsafe-without-safety',
    title: 'Every unsafe block says why it is sound',
    severity: 'warning',
    reads: 'rust',
    answers: 'IL-TST-001',
    description: 'An `unsafe { ... }` block with no `// SAFETY:` comment on the lines above its statement, on its line, or first inside it (the convention clippy::undocumented_unsafe_blocks checks).',
    rationale: 'At the boundary every unsafe block rests on a promise the Go side must keep (a live handle, a length that matches). Unwritten, the promise is neither reviewed nor kept when the Go wrapper changes.',
    messages: { undocumented: 'unsafe block in {name} has no SAFETY: comment' },
  },
  check(boundary) {
    const out: Finding[] = [];
    for (const file of boundary.rust) {
      for (const block of file.unsafeBlocks) {
        if (block.justified) continue;
        const owner = file.functions.filter((f) => f.pos.line <= block.pos.line).at(-1)?.name ?? file.file;
        out.push({ probe: 'rust-unsafe-without-safety', messageId: 'undocumented', data: { subject: owner, name: owner }, pos: block.pos });
      }
    }
    return out;
  },
};
