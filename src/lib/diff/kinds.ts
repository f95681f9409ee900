// The catalogue of change kinds `interlock diff` reports: stable IDs that CI filters and changelogs can match.
// A kind never changes meaning once released; retire one by deleting it and leaving the ID unused.

/** How a change affects code built against the old contract. */
export type Impact = 'breaking-abi' | 'memory-safety' | 'compatible';
export const IMPACTS: readonly Impact[] = ['breaking-abi', 'memory-safety', 'compatible'];

/** Which version bump a change needs; `major` also satisfies `minor`. */
export type Bump = 'major' | 'minor' | 'none';
export const BUMP_RANK: Readonly<Record<Bump, number>> = { none: 0, minor: 1, major: 2 };

export type Category = 'surface' | 'signature' | 'layout' | 'ownership' | 'lifetime' | 'threading' | 'errors' | 'callbacks' | 'library' | 'review';

interface KindInfo {
  category: Category;
  severity: Impact;
  /** Whether a change of this kind needs a targeted audit (documentation-only kinds do not). */
  audit: boolean;
  /**
   * Fact ID prefixes the change can touch; the facts of the changed item are filtered by them.
   * Absent: every fact of the changed item. Empty: none.
   */
  factFamilies?: readonly string[];
  description: string;
}

const VALUE_FACTS = ['buffer.', 'string.', 'handle.', 'struct.', 'callback.', 'secret.', 'enum.'];

export const CHANGE_KINDS = {
  'function-added': { category: 'surface', severity: 'compatible', audit: true, description: 'A function was added: a new entry point crosses the boundary (needs a minor bump).' },
  'function-removed': { category: 'surface', severity: 'breaking-abi', audit: true, description: 'A function was removed: Go code that calls it no longer links or loads.' },
  'type-added': { category: 'surface', severity: 'compatible', audit: true, description: 'A type was declared.' },
  'type-removed': { category: 'surface', severity: 'breaking-abi', audit: true, description: 'A declared type was removed.' },
  'type-kind-changed': { category: 'surface', severity: 'breaking-abi', audit: true, description: 'A type changed kind (opaque, struct, enum, buffer, string): its representation at the boundary changed.' },

  'param-added': { category: 'signature', severity: 'breaking-abi', audit: true, description: 'A parameter was added to a C signature.' },
  'param-removed': { category: 'signature', severity: 'breaking-abi', audit: true, description: 'A parameter was removed from a C signature.' },
  'param-reordered': { category: 'signature', severity: 'breaking-abi', audit: true, description: 'Parameters changed position: C passes arguments by position.' },
  'param-renamed': { category: 'signature', severity: 'compatible', audit: false, factFamilies: [], description: 'A parameter was renamed in place (names are not part of the C ABI).' },
  'param-type-changed': { category: 'signature', severity: 'breaking-abi', audit: true, description: 'A parameter changed type.' },
  'return-type-changed': { category: 'signature', severity: 'breaking-abi', audit: true, description: 'The return type changed (void included).' },
  'string-form-changed': { category: 'signature', severity: 'breaking-abi', audit: true, factFamilies: ['string.'], description: 'A string type switched between nul-terminated and pointer-length.' },
  'array-length-changed': { category: 'signature', severity: 'breaking-abi', audit: true, factFamilies: VALUE_FACTS, description: 'What bounds an array parameter (count, sized-by, lengths) changed.' },

  'struct-field-added': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['struct.'], description: 'A struct gained a field: its size and offsets changed.' },
  'struct-field-removed': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['struct.'], description: 'A struct lost a field: its size and offsets changed.' },
  'struct-field-reordered': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['struct.'], description: 'Struct fields changed order: their offsets changed.' },
  'struct-field-type-changed': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['struct.'], description: 'A struct field changed C type.' },
  'struct-field-renamed': { category: 'layout', severity: 'compatible', audit: false, factFamilies: [], description: 'A struct field was renamed in place (the layout is unchanged).' },
  'struct-layout-changed': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['struct.'], description: 'The declared size or alignment of a struct changed.' },
  'enum-repr-changed': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['enum.'], description: 'The integer type an enum crosses as changed.' },
  'enum-value-added': { category: 'layout', severity: 'compatible', audit: true, factFamilies: ['enum.'], description: 'An enum gained a value; old receivers must reject it as unknown.' },
  'enum-value-removed': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['enum.'], description: 'An enum lost a value.' },
  'enum-value-changed': { category: 'layout', severity: 'breaking-abi', audit: true, factFamilies: ['enum.'], description: 'An enum constant now has a different number.' },
  'enum-value-renamed': { category: 'layout', severity: 'compatible', audit: false, factFamilies: [], description: 'An enum constant was renamed; its number is unchanged.' },

  'pass-changed': { category: 'ownership', severity: 'memory-safety', audit: true, factFamilies: VALUE_FACTS, description: 'A value switched between borrow, transfer and copy: who frees it changed.' },
  'allocator-changed': { category: 'ownership', severity: 'memory-safety', audit: true, factFamilies: VALUE_FACTS, description: 'The side that allocates a value (from) changed.' },
  'owner-changed': { category: 'ownership', severity: 'memory-safety', audit: true, description: 'The side that owns and frees a type changed.' },
  'destroy-changed': { category: 'ownership', severity: 'memory-safety', audit: true, description: 'The function that releases a type changed, appeared or disappeared.' },
  'arena-changed': { category: 'ownership', severity: 'memory-safety', audit: true, description: 'The arena function that releases a buffer type in bulk changed.' },
  'create-changed': { category: 'ownership', severity: 'compatible', audit: true, description: 'The list of functions that create a type changed.' },
  'out-changed': { category: 'ownership', severity: 'memory-safety', audit: true, factFamilies: VALUE_FACTS, description: 'Whether a parameter is an out-parameter, or when the callee writes it (always, on-success), changed.' },
  'parent-changed': { category: 'ownership', severity: 'memory-safety', audit: true, factFamilies: ['handle.', 'teardown.'], description: 'Which handle a child handle is made from, or whether it may outlive it, changed.' },
  'nullable-changed': { category: 'ownership', severity: 'memory-safety', audit: true, factFamilies: VALUE_FACTS, description: 'Whether NULL is a legal value changed.' },
  'secret-changed': { category: 'ownership', severity: 'memory-safety', audit: true, factFamilies: ['secret.'], description: 'Whether a type holds secrets that must be wiped changed.' },

  'lifetime-changed': { category: 'lifetime', severity: 'memory-safety', audit: true, factFamilies: VALUE_FACTS, description: 'How long the receiver may keep a pointer changed.' },
  'pinned-changed': { category: 'lifetime', severity: 'memory-safety', audit: true, factFamilies: VALUE_FACTS, description: 'Whether Go must pin memory that Rust keeps changed.' },

  'threads-changed': { category: 'threading', severity: 'memory-safety', audit: true, factFamilies: ['handle.'], description: 'Which goroutines and OS threads may use a handle changed.' },
  'sync-changed': { category: 'threading', severity: 'memory-safety', audit: true, factFamilies: ['handle.'], description: 'Which side serialises concurrent use of a shared handle changed.' },
  'locks-os-thread-changed': { category: 'threading', severity: 'memory-safety', audit: true, factFamilies: ['error.last-error'], description: 'Whether Go must lock the OS thread around a call changed.' },
  'blocking-changed': { category: 'threading', severity: 'memory-safety', audit: true, factFamilies: ['call.'], description: 'Whether a call can block for long changed.' },
  'cancellable-changed': { category: 'threading', severity: 'memory-safety', audit: true, factFamilies: ['call.'], description: 'How (or whether) a running call is cancelled from Go changed.' },
  'exclusive-changed': { category: 'threading', severity: 'memory-safety', audit: true, factFamilies: ['handle.'], description: 'Whether a call must not overlap other calls on the same handle changed.' },

  'error-model-changed': { category: 'errors', severity: 'breaking-abi', audit: true, factFamilies: ['error.'], description: 'How a function reports failure (out-param, return-code, last-error, none) changed.' },
  'panic-policy-changed': { category: 'errors', severity: 'memory-safety', audit: true, factFamilies: ['panic.'], description: 'What a Rust panic inside a function does (catch or abort) changed.' },
  'error-code-added': { category: 'errors', severity: 'compatible', audit: true, factFamilies: ['error.'], description: 'An error code was added.' },
  'error-code-removed': { category: 'errors', severity: 'breaking-abi', audit: true, factFamilies: ['error.'], description: 'An error code was removed; Go code may still match its sentinel.' },
  'error-code-meaning-changed': { category: 'errors', severity: 'breaking-abi', audit: true, factFamilies: ['error.'], description: 'An error code now names a different error.' },
  'error-code-renumbered': { category: 'errors', severity: 'breaking-abi', audit: true, factFamilies: ['error.'], description: 'An error kept its sentinel but moved to another code.' },
  'success-code-changed': { category: 'errors', severity: 'breaking-abi', audit: true, factFamilies: ['error.'], description: 'The status that means success (`success-code:`) changed.' },
  'error-sentinel-renamed': { category: 'errors', severity: 'compatible', audit: true, factFamilies: ['error.'], description: 'An error code is translated to a different Go sentinel.' },
  'error-name-changed': { category: 'errors', severity: 'compatible', audit: false, factFamilies: [], description: 'The name an error is logged under changed.' },
  'error-message-changed': { category: 'errors', severity: 'compatible', audit: false, factFamilies: [], description: 'The default message of an error changed.' },

  'callback-thread-changed': { category: 'callbacks', severity: 'memory-safety', audit: true, factFamilies: ['callback.'], description: 'Which thread runs a callback (runs-on) changed.' },
  'callback-retention-changed': { category: 'callbacks', severity: 'memory-safety', audit: true, factFamilies: ['callback.'], description: 'How long Rust keeps a callback registered (until) changed.' },
  'callback-context-changed': { category: 'callbacks', severity: 'memory-safety', audit: true, factFamilies: ['callback.'], description: 'How a callback finds its Go state (cgo-handle or go-pointer) changed.' },

  'library-renamed': { category: 'library', severity: 'breaking-abi', audit: true, factFamilies: [], description: 'The library (crate and archive) name changed: Go links against a different archive.' },
  'go-package-changed': { category: 'library', severity: 'compatible', audit: false, factFamilies: [], description: 'The Go wrapper package moved to another import path.' },

  'allowance-changed': { category: 'review', severity: 'compatible', audit: true, description: 'A lint finding was acknowledged, un-acknowledged or re-justified with allow:.' },
  'doc-changed': { category: 'review', severity: 'compatible', audit: false, factFamilies: [], description: 'Documentation text changed.' },
} as const satisfies Record<string, KindInfo>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

export function kindInfo(kind: ChangeKind): KindInfo {
  return CHANGE_KINDS[kind];
}

export const IMPACT_TITLES: Readonly<Record<Impact, string>> = {
  'breaking-abi': 'Breaking ABI',
  'memory-safety': 'Memory safety',
  compatible: 'Compatible',
};
