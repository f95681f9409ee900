// The fault-modes page is found by searching for an error message, so every message the toolchains were
// seen to print must stay on it word for word (search indexes its text, inline code and code blocks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { missingMessages } from './handbook-check.ts';

const PAGE = 'content/docs/reference/fault-modes.mdx';
const text = readFileSync(new URL(`../../../${PAGE}`, import.meta.url), 'utf8');

/** Messages reproduced with Go 1.26.8 and Rust 1.95 (or recorded by the pattern library), as printed. */
const MESSAGES = [
  // Go runtime: pointer rules (Go 1.26 wording, then the wording of earlier releases).
  'panic: runtime error: argument of cgo function has Go pointer to unpinned Go pointer',
  'cgo argument has Go pointer to unpinned Go pointer',
  'called from cgo is unpinned Go pointer or points to unpinned Go pointer',
  'cgo result is unpinned Go pointer or points to unpinned Go pointer',
  'fatal error: unpinned Go pointer stored into non-Go memory',
  'fatal error: cgocheck > 1 mode is no longer supported at runtime. Use GOEXPERIMENT=cgocheck2 at build time instead.',
  'panic: runtime/cgo: misuse of an invalid Handle',
  'panic: runtime error: runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?',
  'panic: runtime: function marked with #cgo nocallback called back into Go',
  'runtime.AddCleanup: cleanup function closes over ptr, cleanup will never run',
  'runtime.AddCleanup: ptr is equal to arg, cleanup will never run',
  'runtime.AddCleanup: ptr is within arg, cleanup will never run',
  // Go runtime: signals, threads and loading.
  'signal arrived during cgo execution',
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=',
  'fatal error: non-Go code set up signal handler without SA_ONSTACK flag',
  'fatal error: runtime.Goexit called in a thread that was not created by the Go runtime',
  'runtime: program exceeds 10000-thread limit',
  'fatal error: thread exhaustion',
  'cannot open shared object file: No such file or directory',
  // Rust.
  'panic in a function that cannot unwind',
  'thread caused non-unwinding panic. aborting.',
  'fatal runtime error: failed to initiate panic, error 5, aborting',
  'misaligned pointer dereference: address must be a multiple of 0x8 but is',
  'null pointer dereference occurred',
  'unsafe precondition(s) violated: slice::from_raw_parts requires the pointer to be aligned and non-null',
  // Sanitizers and the race detector.
  'AddressSanitizer: attempting double-free',
  'free(): double free detected in tcache 2',
  'AddressSanitizer: heap-use-after-free',
  'AddressSanitizer: heap-buffer-overflow',
  'LeakSanitizer: detected memory leaks',
  'WARNING: DATA RACE',
  // Tools.
  'possibly passing Go type with embedded pointer to C',
  'fuzzing process hung or terminated unexpectedly: exit status 2',
  'cannot use -fuzz flag with multiple packages',
  'warning: `extern` fn uses type `String`, which is not FFI-safe',
  'error: this public function might dereference a raw pointer but is not marked `unsafe`',
  // The pattern library's own detectors.
  'but it was allocated with size',
  'while the ledger still holds it as a live',
  'entered while another call was still inside it',
];

test('a message missing from a page is named, with the page it should be on', () => {
  const page = 'Intro.\n\n```text\npanic: runtime/cgo: misuse of an invalid Handle\n```\n\nSee `WARNING: DATA RACE`.\n';
  assert.deepEqual(missingMessages(page, 'reference.mdx', ['misuse of an invalid Handle', 'WARNING: DATA RACE', 'thread exhaustion']), [
    'reference.mdx: does not quote "thread exhaustion"',
  ]);
});

test('a message split across two lines of prose does not count as quoted', () => {
  const page = 'The run ends with `fatal error:\nthread exhaustion`.\n';
  assert.deepEqual(missingMessages(page, 'reference.mdx', ['fatal error: thread exhaustion']), [
    'reference.mdx: does not quote "fatal error: thread exhaustion"',
  ]);
});

test('the fault-modes page quotes every reproduced message verbatim', () => {
  assert.deepEqual(missingMessages(text, PAGE, MESSAGES), []);
});
