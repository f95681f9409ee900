// Static endpoint: one pattern's example, pre-rendered at build time with Starlight's <Code>, fetched when a reader opens it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import PatternExample from '../../../components/wizard/PatternExample.astro';
import { repository } from 'virtual:interlock/repository';

export const getStaticPaths: GetStaticPaths = () => [...repository.patterns.keys()].sort().map((id) => ({ params: { id } }));

// The wizard page already loads Expressive Code's stylesheet and script (it shows a code block of its own), so the
// copies a stand-alone render adds are dropped: the fragment is markup only.
const EC_ASSETS = /<link rel="stylesheet" href="\/_astro\/ec\.[\w-]+\.css"\s*\/?>|<script type="module" src="\/_astro\/ec\.[\w-]+\.js"><\/script>/g;

export const GET: APIRoute = async ({ params }) => {
  const id = params['id'] ?? '';
  const container = await AstroContainer.create();
  const html = (await container.renderToString(PatternExample, { props: { id } })).replace(EC_ASSETS, '');
  return new Response(JSON.stringify({ id, html }), { headers: { 'Content-Type': 'application/json' } });
};
