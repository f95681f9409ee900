// Every lint rule, in the order the docs list them. Adding a rule: one file in this folder, one line here,
// a case folder under test/fixtures/contract/rules/<id>/ (the docs page and the tests both read it).
import type { LintRule } from './rule.ts';
import { allowKnownRule } from './allow-known-rule.ts';
import { blockingCancellable } from './blocking-cancellable.ts';
import { borrowOutlivesCall } from './borrow-outlives-call.ts';
import { callbackFields } from './callback-fields.ts';
import { callbackForeignThreadHandle } from './callback-foreign-thread-handle.ts';
import { enumValuesDistinct } from './enum-values-distinct.ts';
import { errorAndPanicPolicy } from './error-and-panic-policy.ts';
import { errorCodesDistinct } from './error-codes-distinct.ts';
import { goMemoryTransfer } from './go-memory-transfer.ts';
import { lastErrorOnGoroutines } from './last-error-on-goroutines.ts';
import { linkedParams } from './linked-params.ts';
import { nameCollision } from './name-collision.ts';
import { opaqueCreateDestroy } from './opaque-create-destroy.ts';
import { outParamOnFailure } from './out-param-on-failure.ts';
import { ownedErrorFreed } from './owned-error-freed.ts';
import { ownerConsistent } from './owner-consistent.ts';
import { panicAbort } from './panic-abort.ts';
import { parentLink } from './parent-link.ts';
import { secretZeroize } from './secret-zeroize.ts';
import { sharedHandleSync } from './shared-handle-sync.ts';
import { structLayoutDeclared } from './struct-layout-declared.ts';
import { transferNeedsDestroy } from './transfer-needs-destroy.ts';
import { typeProduced } from './type-produced.ts';
import { unknownReference } from './unknown-reference.ts';

export const RULES: readonly LintRule[] = [
  unknownReference,
  nameCollision,
  opaqueCreateDestroy,
  transferNeedsDestroy,
  typeProduced,
  parentLink,
  goMemoryTransfer,
  ownerConsistent,
  borrowOutlivesCall,
  callbackFields,
  linkedParams,
  callbackForeignThreadHandle,
  sharedHandleSync,
  errorAndPanicPolicy,
  ownedErrorFreed,
  outParamOnFailure,
  lastErrorOnGoroutines,
  panicAbort,
  errorCodesDistinct,
  structLayoutDeclared,
  enumValuesDistinct,
  secretZeroize,
  blockingCancellable,
  allowKnownRule,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function findRule(id: string): LintRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
