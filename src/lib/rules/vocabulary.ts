// The fixed vocabulary of audit rules: phases and their titles, severities, rule ID areas, ANSSI IDs and the hosts a
// reference may use. Plain constants without zod, so the wizard's page shares them with the schema and the exports.

/** Phases in the order a checklist lists them: the life of a boundary from drawing board to postmortem. */
export const PHASES = ['design', 'implementation', 'testing', 'release', 'incident-follow-up'] as const;
export type Phase = (typeof PHASES)[number];

/** Severities from most to least urgent; a checklist orders items within a phase this way. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type RuleSeverity = (typeof SEVERITIES)[number];

/**
 * ANSSI Secure Rust Guidelines rule IDs that a rule may cite. Only IDs checked against the guide's own
 * checklist are listed, so a typo or an invented ID fails validation instead of reaching a reader.
 */
export const ANSSI_IDS = [
  'FFI-CTYPE', 'FFI-TCONS', 'FFI-AUTOMATE', 'FFI-PFTYPE', 'FFI-CKNONROBUST', 'FFI-CKINRUST', 'FFI-NOREF',
  'FFI-CKREF', 'FFI-CKPTR', 'FFI-MARKEDFUNPTR', 'FFI-CKFUNPTR', 'FFI-NOENUM', 'FFI-R-OPAQUE', 'FFI-C-OPAQUE',
  'FFI-MEM-NODROP', 'FFI-MEM-OWNER', 'FFI-MEM-WRAPPING', 'FFI-NOPANIC', 'FFI-SAFEWRAPPING', 'FFI-CAPI',
  'MEM-FORGET', 'MEM-LEAK', 'MEM-INTOFROMRAW', 'MEM-ZERO', 'LANG-NOPANIC', 'LANG-ARITH', 'LANG-ARRINDEXING', 'LANG-ERRWRAP',
  'LANG-SYNC-TRAITS', 'LANG-DROP-SEC', 'DENV-LINTER',
] as const;

/** Where the ANSSI guide lists every rule ID with a link to its text. */
export const ANSSI_CHECKLIST_URL = 'https://anssi-fr.github.io/rust-guide/checklist.html';

/** Hosts a reference may point at: primary documentation only, never a blog that may move or rot. */
export const REFERENCE_HOSTS = [
  'pkg.go.dev', 'go.dev', 'doc.rust-lang.org', 'rust-lang.github.io', 'github.com', 'anssi-fr.github.io', 'sre.google',
  'semver.org', 'docs.github.com', 'docs.rs',
] as const;

/** IL-<AREA>-<NNN>: the area names the topic (see playbooks/rules/README.md), the number never changes meaning. */
export const RULE_ID_PATTERN = /^IL-[A-Z]{2,4}-\d{3}$/;

/** The areas a rule ID may use, with what each covers; the README lists the same table. */
export const RULE_AREAS = {
  OWN: 'ownership contract and who frees what',
  HDL: 'opaque handles and their lifecycle',
  BUF: 'buffers and strings crossing the boundary',
  CB: 'callbacks from Rust into Go',
  ERR: 'error translation',
  PAN: 'panic containment',
  THR: 'threads and concurrency',
  LAY: 'types, layout and alignment',
  ABI: 'ABI versioning, bindings and build metadata',
  TST: 'tests, detectors and CI',
  OPS: 'timeouts, resilience and observability',
  GOV: 'review, documentation and team process',
  INC: 'incidents and postmortems',
} as const;

/** Where a verification step's commands run: the Go wrapper module, the Rust crate or the repository root. */
export const VERIFY_PLACES = ['go', 'rust', 'repo'] as const;
export type VerifyPlace = (typeof VERIFY_PLACES)[number];

/** How a checklist, the wizard and the rule pages say where a step's commands run ("Run in the Rust crate"). */
export const VERIFY_PLACE_TITLES: Readonly<Record<VerifyPlace, string>> = {
  go: 'in the Go wrapper module',
  rust: 'in the Rust crate',
  repo: 'in the repository root',
};

/** Phase headings in checklists, the wizard and the rule pages. */
export const PHASE_TITLES: Readonly<Record<Phase, string>> = {
  design: 'Design',
  implementation: 'Implementation',
  testing: 'Testing',
  release: 'Release',
  'incident-follow-up': 'Incident follow-up',
};
