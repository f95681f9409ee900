// The onboarding path of "Start here" as data: ten steps, each a few handbook pages, read in this order.
// Previous/Next on these pages follow it (onboarding-route.ts) and each shows "Step n of 10"; a unit test
// keeps it identical to the numbered list on the Start here page, link for link.

interface OnboardingStep {
  title: string;
  /** Handbook page ids (content/docs paths without extension), in reading order. */
  pages: readonly string[];
}

const ONBOARDING_START = 'start-here';

export const ONBOARDING_STEPS: readonly OnboardingStep[] = [
  { title: 'The two memory models', pages: ['memory-models/go-runtime', 'memory-models/rust-ownership', 'memory-models/cgo-pointer-rules', 'memory-models/cleanups-and-finalizers'] },
  { title: 'Boundary contracts', pages: ['boundary-contracts/what-to-write-down', 'boundary-contracts/ownership-diagrams'] },
  { title: 'Crossing mechanisms', pages: ['crossing/linking-and-headers', 'crossing/copy-borrow-or-handle', 'crossing/arenas-and-pools'] },
  { title: 'Errors and panics', pages: ['errors/error-translation', 'errors/timeouts-and-failure-policy', 'panics/panic-containment'] },
  { title: 'Threads', pages: ['concurrency/goroutines-and-threads', 'concurrency/callbacks'] },
  { title: 'Layout', pages: ['layout/repr-c-and-alignment'] },
  { title: 'Testing', pages: ['testing/test-layers', 'testing/detector-matrix', 'testing/fuzzing', 'testing/pressure-harness', 'testing/continuous-integration'] },
  { title: 'Running it in production', pages: ['observability/metrics-logs-traces', 'observability/memory-pressure', 'performance/cost-of-safety'] },
  { title: 'Working as a team', pages: ['governance/review-policy', 'governance/abi-changes', 'governance/on-call-and-checklist', 'incidents/postmortems'] },
  { title: 'Keep at hand', pages: ['reference/fault-modes', 'reference/glossary'] },
];

/** Every page of the path in reading order, "Start here" first. */
export function onboardingPath(): string[] {
  return [ONBOARDING_START, ...ONBOARDING_STEPS.flatMap((step) => step.pages)];
}

interface OnboardingPlace {
  /** 1-based step number; 0 for "Start here" itself. */
  step: number;
  steps: number;
  prev?: string;
  next?: string;
}

/** Where a page sits on the path, or undefined when it is not on it. */
export function onboardingPlace(id: string): OnboardingPlace | undefined {
  const path = onboardingPath();
  const index = path.indexOf(id);
  if (index === -1) return undefined;
  const step = id === ONBOARDING_START ? 0 : ONBOARDING_STEPS.findIndex((s) => s.pages.includes(id)) + 1;
  const place: OnboardingPlace = { step, steps: ONBOARDING_STEPS.length };
  if (index > 0) place.prev = path[index - 1]!;
  if (index < path.length - 1) place.next = path[index + 1]!;
  return place;
}

/** Minutes to read a page at 200 words a minute (rounded up), counting prose words, not code or markup. */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^import .*$/gm, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / 200));
}
