// The handbook's curated learning order. Starlight's autogenerate only works under src/content/docs,
// and a newcomer needs a deliberate path anyway, so every entry is listed here by slug. Generated pages
// (patterns, contracts, rules) are listed by link; the pattern list comes from the library itself.
import type { Repository } from '../node/repository.ts';

export interface SidebarGroup {
  label: string;
  items: Array<string | { label: string; link: string }>;
  collapsed?: boolean;
}

const groups = (patterns: Repository['patterns']): SidebarGroup[] => [
  {
    label: 'Start here',
    items: ['start-here', 'run-for-your-team'],
  },
  {
    label: 'Audit a boundary',
    items: [
      { label: 'Audit wizard', link: '/wizard/' },
      { label: 'Audit rule catalogue', link: '/rules/' },
      { label: 'The interlock command', link: '/cli/' },
      { label: 'Code probes and drift', link: '/probes/' },
    ],
  },
  {
    label: 'Two memory models',
    items: [
      'memory-models/go-runtime',
      'memory-models/rust-ownership',
      'memory-models/cgo-pointer-rules',
      'memory-models/cleanups-and-finalizers',
      'memory-models/secrets',
    ],
  },
  {
    label: 'Boundary contracts',
    items: [
      'boundary-contracts/what-to-write-down',
      'boundary-contracts/ownership-diagrams',
      'boundary-contracts/c-idioms',
      { label: 'Contract format reference', link: '/contracts/format/' },
      { label: 'Sample contracts', link: '/contracts/' },
      { label: 'Contract lint rules', link: '/lint/' },
    ],
  },
  {
    label: 'Crossing mechanisms',
    items: ['crossing/linking-and-headers', 'crossing/build-and-ship', 'crossing/copy-borrow-or-handle', 'crossing/arenas-and-pools'],
  },
  {
    label: 'Pattern library',
    items: [
      { label: 'All patterns', link: '/patterns/' },
      ...[...patterns.values()].map(({ pattern }) => ({ label: pattern.title, link: `/patterns/${pattern.id}/` })),
    ],
  },
  {
    label: 'Error translation',
    items: ['errors/error-translation', 'errors/timeouts-and-failure-policy'],
  },
  {
    label: 'Panic containment',
    items: ['panics/panic-containment'],
  },
  {
    label: 'Concurrency and threads',
    items: ['concurrency/goroutines-and-threads', 'concurrency/callbacks', 'concurrency/callback-reentrancy', 'concurrency/async-runtimes', 'concurrency/signals-and-stacks', 'concurrency/process-globals'],
  },
  {
    label: 'Layout and alignment',
    items: ['layout/repr-c-and-alignment'],
  },
  {
    label: 'Testing strategy',
    items: [
      'testing/test-layers',
      'testing/detector-matrix',
      'testing/fuzzing',
      'testing/pressure-harness',
      'testing/continuous-integration',
    ],
  },
  {
    label: 'Observability',
    items: ['observability/metrics-logs-traces', 'observability/memory-pressure'],
  },
  {
    label: 'Performance vs safety',
    items: ['performance/cost-of-safety'],
  },
  {
    label: 'Governance',
    items: [
      'governance/review-policy',
      'governance/abi-changes',
      'governance/governance-in-ci',
      'governance/on-call-and-checklist',
    ],
  },
  {
    label: 'Incidents and postmortems',
    items: ['incidents/postmortems'],
  },
  {
    label: 'Reference',
    items: ['reference/fault-modes', 'reference/glossary', { label: 'Limits of every input', link: '/limits/' }],
  },
];

/**
 * The sidebar, its pattern entries from the repository's pattern library. The first two groups stay open; the
 * rest start collapsed (Starlight opens the group holding the current page), so the learning path fits on one screen.
 */
export function sidebarFor(repository: Pick<Repository, 'patterns'>): SidebarGroup[] {
  return groups(repository.patterns).map((group, index) => (index < 2 ? group : { ...group, collapsed: true }));
}
