// Static endpoint: playbooks/patterns/_shared (the Rust detectors patterns include by #[path]), for the wizard's zip.
import type { APIRoute } from 'astro';
import { SITE_REPO } from '../../components/wizard/wizard-data.ts';
import { loadPlaybooks } from '../../node/bundle/playbooks.ts';
import { readSharedFolder } from '../../node/bundle/pattern-files.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

export const GET: APIRoute = () => {
  const files = readSharedFolder(loadPlaybooks(SITE_REPO).repo).map((f) => ({ path: f.path, text: decoder.decode(f.data) }));
  return new Response(JSON.stringify({ files }), { headers: { 'Content-Type': 'application/json' } });
};
