// linked-params: an array's count and lengths, and a callback's environment and finalizer, point at parameters
// of the right kind (format 1.1).
import type { ContractModel, FunctionModel, ParamModel } from '../model.ts';
import { INTEGER_TYPES } from '../schema/vocabulary.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { typeIndex } from './helpers.ts';

export const linkedParams: LintRule = {
  meta: {
    id: 'linked-params',
    title: 'Arrays and callback environments name parameters of the right kind',
    severity: 'error',
    description:
      'An array parameter\'s `count` names an integer parameter (and it has `count` or `sized-by`, not both); `lengths` comes with a count on an array of bytes or strings. `env` and `free-env` appear on callback parameters only, and `free-env` names another callback.',
    rationale:
      'cgo passes an array as a bare pointer: the count is the only bound Rust has, so it must be an integer the caller sets. A finalizer that is not a callback, or an environment attached to a plain value, means the Go wrapper cannot tell when Rust stops using the state it handed over, which is when its cgo.Handle must be deleted.',
    facts: ['callback.go-from-rust'],
    covers: ['S0-06', 'S1-07'],
    messages: {
      countAndSizedBy: '{{param}} has both count and sized-by',
      countNotInteger: 'the count of {{param}} is {{count}}, a {{type}}, not an integer',
      lengthsWithoutCount: '{{param}} has lengths but no count',
      lengthsNotBuffers: '{{param}} has lengths, but its elements are {{type}}, not bytes or strings',
      callbackOnly: '{{field}} applies to callbacks only, but {{param}} is a {{type}}',
      finalizerNotCallback: 'the finalizer of {{param}} is {{finalizer}}, a {{type}}, not a callback',
    },
    hints: {
      countAndSizedBy: 'keep count when the caller passes the length, sized-by when another object fixes it',
      countNotInteger: 'declare {{count}} as usize (size_t)',
      lengthsWithoutCount: 'add count: <the parameter holding the number of elements>',
      lengthsNotBuffers: 'remove lengths: only arrays of byte buffers or strings carry a length per element',
      callbackOnly: 'move {{field}} to the callback parameter that receives it',
      finalizerNotCallback: 'free-env names the callback parameter Rust calls once to drop the environment',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const fn of model.functions) {
      for (const param of fn.params) checkParam(fn, param, types, ctx);
    }
  },
};

function checkParam(fn: FunctionModel, param: ParamModel, types: ReadonlyMap<string, unknown>, ctx: RuleContext): void {
  const other = (name: string | undefined): ParamModel | undefined => fn.params.find((p) => p !== param && p.name === name);
  const label = `parameter ${param.name} of ${fn.name}`;
  if (param.count !== undefined && param.sizedBy !== undefined) {
    ctx.report({ path: [...param.path, 'sized-by'], messageId: 'countAndSizedBy', data: { param: label } });
  }
  const count = other(param.count);
  if (count !== undefined && !INTEGER_TYPES.has(count.type)) {
    ctx.report({ path: [...param.path, 'count'], messageId: 'countNotInteger', data: { param: label, count: count.name, type: count.type } });
  }
  if (param.lengths !== undefined) {
    const element = types.get(param.type) as { kind?: string } | undefined;
    const textOrBytes = param.type === 'bytes' || param.type === 'string' || element?.kind === 'buffer' || element?.kind === 'string';
    if (param.count === undefined && param.sizedBy === undefined) {
      ctx.report({ path: [...param.path, 'lengths'], messageId: 'lengthsWithoutCount', data: { param: label } });
    } else if (!textOrBytes) {
      ctx.report({ path: [...param.path, 'lengths'], messageId: 'lengthsNotBuffers', data: { param: label, type: param.type } });
    }
  }
  for (const [field, value] of [['env', param.env], ['free-env', param.freeEnv]] as const) {
    if (value !== undefined && param.type !== 'callback') {
      ctx.report({ path: [...param.path, field], messageId: 'callbackOnly', data: { field, param: label, type: param.type } });
    }
  }
  const finalizer = other(param.freeEnv);
  if (finalizer !== undefined && finalizer.type !== 'callback') {
    ctx.report({ path: [...param.path, 'free-env'], messageId: 'finalizerNotCallback', data: { param: label, finalizer: finalizer.name, type: finalizer.type } });
  }
}
