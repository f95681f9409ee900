// Static endpoint: playbooks/patterns/_shared (the Rust detectors patterns include by #[path]), for the wizard's zip.
import type { APIRoute } from 'astro';
import { repository } from 'virtual:interlock/repository';
import { readSharedFolder } from '../../node/bundle/pattern-files.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

export const GET: APIRoute = () => {
  const files = readSharedFolder(repository.root).map((f) => ({ path: f.path, text: decoder.decode(f.data) }));
  return new Response(JSON.stringify({ files }), { headers: { 'Content-Type': 'application/json' } });
};
