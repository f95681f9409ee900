// Astro + Starlight configuration for the Interlock handbook site.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { sidebar } from './src/site/sidebar.ts';
import { rehypeFocusableTables } from './src/site/rehype-focusable-tables.ts';
import { teamSite } from './src/site/data/team.ts';
import { teamSidebar } from './src/site/team-sidebar.ts';

// A team builds the handbook with its own contracts and pages by pointing INTERLOCK_SITE_CONFIG at a site
// configuration (see "Run Interlock for your team"); a bad one stops the build with file:line:column.
let team;
let teamGroup;
try {
  team = teamSite();
  teamGroup = teamSidebar(team);
} catch (error) {
  if (error?.name !== 'TeamSiteError') throw error;
  console.error(`interlock: the site configuration cannot be used:\n${error.message}`);
  process.exit(2);
}

export default defineConfig({
  site: team?.site ?? 'https://interlock.example',
  // The handbook lives in content/, not src/content/, so the site and its data sit side by side at the top.
  srcDir: './src',
  publicDir: './public',
  trailingSlash: 'always',
  markdown: { rehypePlugins: [rehypeFocusableTables] },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks every MDX page with a "use astro:head-inject" directive that the bundler then warns it
        // may drop; the directive is Astro's own bookkeeping, so the warning is noise on every build.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
    resolve: {
      // Only the bare specifier: the stand-in imports the real UI by its file path.
      alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/site/lazy-pagefind-ui.ts', import.meta.url)) }],
    },
  },
  integrations: [
    starlight({
      title: 'Interlock',
      description:
        'Ownership contracts, audit playbooks and runnable examples for Go <-> Rust integration through cgo and a C ABI.',
      favicon: '/favicon.svg',
      logo: { src: './src/site/logo.svg', alt: 'Interlock' },
      sidebar: [...sidebar, ...teamGroup],
      customCss: ['./src/site/interlock.css'],
      lastUpdated: false,
      pagination: true,
      credits: false,
      // Keep Go's tabs as tabs, so a copied snippet is byte-for-byte the file CI compiles (gofmt uses tabs).
      expressiveCode: { tabWidth: 0 },
    }),
  ],
});
