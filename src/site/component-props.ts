// Props of the components that handbook authors write by hand in MDX, checked at build time with zod (as
// Starlight's parseWithFriendlyErrors does): a mistake fails the build with the component, the prop and what
// would be accepted, instead of a stack trace from deep inside a renderer.
import { z } from 'zod';

const RANGES = /^\s*\d+(-\d+)?(\s*,\s*\d+(-\d+)?)*\s*$/;

/** "10-24", "3", "1-4, 9-12": the line ranges Expressive Code marks. */
const lineRanges = z
  .string()
  .regex(RANGES, 'line ranges such as "10-24" or "1-4, 9-12"')
  // Only a well-formed list is checked for order; a malformed one has its message from the regex.
  .refine((text) => !RANGES.test(text) || text.split(',').every((r) => {
    const [a, b = a] = r.trim().split('-').map(Number);
    return a! >= 1 && b! >= a!;
  }), 'each range starts at line 1 or later and does not run backwards');

export function patternCodeProps(known: ReadonlyMap<string, readonly string[]>) {
  return z
    .strictObject({
      pattern: z.string().refine((id) => known.has(id), { error: `a pattern of playbooks/patterns/: ${[...known.keys()].join(', ')}` }),
      file: z.string().min(1),
      focus: lineRanges.optional(),
    })
    .superRefine((props, ctx) => {
      const files = known.get(props.pattern);
      if (files !== undefined && !files.includes(props.file)) {
        ctx.addIssue({ code: 'custom', path: ['file'], message: `a file pattern.yaml of ${props.pattern} lists: ${files.join(', ')}` });
      }
    });
}

/** The props, or an Error naming the component as written, each wrong prop and what it accepts. */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: unknown): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const shown = Object.entries((props ?? {}) as Record<string, unknown>).map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('');
  const problems = result.error.issues.map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(props)'}: ${i.code === 'unrecognized_keys' ? `unknown prop ${i.keys.join(', ')}` : `expected ${i.message}`}`);
  throw new Error(`<${component}${shown}>:\n${problems.join('\n')}`);
}
