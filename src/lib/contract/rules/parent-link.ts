// parent-link: a child handle names an opaque parent, and every function that makes it borrows that parent
// (format 1.1).
import type { ContractModel, OpaqueTypeModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { functionIndex, typeIndex } from './helpers.ts';

export const parentLink: LintRule = {
  meta: {
    id: 'parent-link',
    title: 'Child handles are made from their parent',
    severity: 'error',
    description:
      'A type with `parent:` names another opaque type, and each of its create functions takes a parameter of the parent type without taking ownership of it (not `pass: transfer`).',
    rationale:
      'A child that points into its parent (an iterator over a compiled regex, a store\'s instance) becomes a dangling pointer when the parent is freed first. The link is what tells the Go wrapper to keep the parent reachable while a child lives, and the reviewer to check the release order; a create function that does not take the parent makes the link unverifiable.',
    facts: ['teardown.ordered', 'handle.opaque'],
    covers: ['S0-06', 'S1-01'],
    messages: {
      parentNotHandle: 'the parent of {{type}} must be another opaque handle, but {{parent}} is {{what}}',
      createWithoutParent: '{{fn}} creates {{type}} handles but takes no {{parent}}, their parent',
      parentTaken: '{{fn}} takes ownership of {{parent}}, but {{type}} handles only borrow their parent',
    },
    hints: {
      parentNotHandle: 'name the opaque type whose handle this one is made from',
      createWithoutParent: 'add the parent parameter { type: {{parent}}, pass: borrow } to {{fn}}, or remove parent: from {{type}}',
      parentTaken: 'pass the parent with pass: borrow',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    const functions = functionIndex(model);
    for (const t of model.types) {
      if (t.kind !== 'opaque' || t.parent === undefined) continue;
      const parent = types.get(t.parent.type);
      if (parent === undefined) continue; // unknown-reference reports it
      if (parent.kind !== 'opaque' || parent === t) {
        ctx.report({ path: [...t.parent.path, 'type'], messageId: 'parentNotHandle', data: { type: t.name, parent: parent.name, what: parent === t ? 'the type itself' : `a ${parent.kind}` } });
        continue;
      }
      checkCreates(t, functions, ctx);
    }
  },
};

function checkCreates(t: OpaqueTypeModel, functions: ReturnType<typeof functionIndex>, ctx: RuleContext): void {
  const parentType = t.parent?.type ?? '';
  t.create.forEach((name, i) => {
    const fn = functions.get(name);
    if (fn === undefined) return;
    const parentParam = fn.params.find((p) => p.type === parentType);
    if (parentParam === undefined) {
      ctx.report({ path: [...t.path, 'create', i], messageId: 'createWithoutParent', data: { fn: name, type: t.name, parent: parentType } });
    } else if (parentParam.pass === 'transfer') {
      ctx.report({ path: [...parentParam.path, 'pass'], messageId: 'parentTaken', data: { fn: name, parent: parentType, type: t.name } });
    }
  });
}
