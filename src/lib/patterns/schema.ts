// The pattern.yaml schema: what one boundary pattern declares (see playbooks/patterns/README.md).
import { z } from 'zod';
import { factId, seedPointId } from '../ids.ts';

/** Every detector the pattern harness knows how to run. */
export const DETECTOR_IDS = [
  'cargo-test',
  'go-vet',
  'go-test',
  'race',
  'asan',
  'cgocheck2',
  'pressure',
  'ledger',
  'busy-flag',
  'layout-test',
  'abort-subprocess',
] as const;
export const detectorId = z.enum(DETECTOR_IDS);
export type DetectorId = z.infer<typeof detectorId>;

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const nonEmpty = z.string().trim().min(1, 'must not be empty');


/**
 * A path inside the pattern folder (relative, forward slashes, no ".."), or a shared file under
 * "../_shared/" that the pattern includes.
 */
const relPath = z
  .string()
  .regex(
    /^(\.\.\/_shared\/)?(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9_./-]+$/,
    'a relative path inside the pattern folder (or ../_shared/...), without other ..',
  );

/** "10-24" or "3,10-24": 1-based line ranges that the site highlights. */
const focus = z
  .string()
  .regex(/^\d+(-\d+)?(,\s*\d+(-\d+)?)*$/, 'line ranges like "10-24" or "3,10-24"')
  .refine(
    (s) =>
      s.split(',').every((r) => {
        const [a = 0, b = a] = r.trim().split('-').map(Number);
        return a >= 1 && b >= a;
      }),
    'each range must start at line 1 or later and not run backwards',
  );

/** A JavaScript regular expression source that compiles. */
const regexSource = nonEmpty.refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'not a valid JavaScript regular expression');

const brokenVariant = z.strictObject({
  id: z.string().regex(kebab, 'a kebab-case ID like use-after-free'),
  title: nonEmpty,
  explains: nonEmpty,
  'rust-feature': z.string().regex(kebab, 'a cargo feature name like broken-use-after-free').optional(),
  'go-tags': z
    .string()
    .regex(/^[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*$/, 'Go build tags like broken_use_after_free (comma-separated)')
    .optional(),
  files: z.array(relPath).min(1, 'name the file(s) that hold the bug'),
  detector: detectorId,
  expect: regexSource,
});
export type BrokenVariant = z.infer<typeof brokenVariant>;

const patternFile = z.strictObject({
  path: relPath,
  focus: focus.optional(),
});

export const pattern = z
  .strictObject({
    id: z.string().regex(kebab, 'a kebab-case ID like opaque-handle'),
    title: nonEmpty,
    summary: nonEmpty,
    problem: nonEmpty,
    facts: z.array(factId).min(1, 'name at least one fact from playbooks/facts.yaml'),
    covers: z.array(seedPointId),
    files: z.array(patternFile).min(1, 'list the files shown for the correct variant'),
    detectors: z.array(detectorId).min(1, 'the correct variant must name at least one detector'),
    broken: z.array(brokenVariant).min(1, 'a pattern needs at least one broken variant'),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.broken.forEach((b, i) => {
      if (seen.has(b.id)) {
        ctx.addIssue({ code: 'custom', path: ['broken', i, 'id'], message: `duplicate broken variant id "${b.id}"` });
      }
      seen.set(b.id, i);
      if (b['rust-feature'] === undefined && b['go-tags'] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['broken', i],
          message: 'a broken variant must switch something: set rust-feature, go-tags or both',
        });
      }
    });
    for (const key of ['facts', 'covers', 'detectors'] as const) {
      const list: readonly string[] = p[key];
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: [key, i], message: `"${v}" is listed twice` });
      });
    }
  });
export type Pattern = z.infer<typeof pattern>;
