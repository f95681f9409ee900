// Static endpoint: one pattern project's files as text, for the zip bundle the wizard builds in the browser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { repository } from 'virtual:interlock/repository';
import { readPatternFolder } from '../../../node/bundle/pattern-files.ts';

export const getStaticPaths: GetStaticPaths = () => [...repository.patterns.keys()].sort().map((id) => ({ params: { id } }));

const decoder = new TextDecoder('utf-8', { fatal: true });

export const GET: APIRoute = ({ params }) => {
  const id = params['id'] ?? '';
  const found = repository.patterns.get(id);
  if (found === undefined) throw new Error(`no pattern ${id}`);
  // Every pattern file is UTF-8 text; the browser encodes it back to the same bytes the CLI reads from disk.
  const files = readPatternFolder(found.dir).map((f) => ({ path: f.path, text: decoder.decode(f.data) }));
  const body = { id, title: found.pattern.title, detectors: found.pattern.detectors, files };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
