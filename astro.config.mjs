// Astro + Starlight configuration for the Interlock handbook site.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { sidebarFor } from './src/site/sidebar.ts';
import { rehypeFocusableTables } from './src/site/rehype-focusable-tables.ts';
import { teamSite } from './src/site/data/team.ts';
import { teamSidebar } from './src/site/team-sidebar.ts';
import { applyCsp } from './scripts/csp-hashes.ts';
import { interlockRepository } from './src/site/repository-integration.ts';
import { loadRepository, RepositoryError } from './src/node/repository.ts';

/**
 * Content-Security-Policy for every built page: a <meta> policy whose script and style hashes are computed
 * from the finished HTML (Astro's own CSP support leaves Starlight's inline scripts unhashed, so they would be
 * blocked). See scripts/csp-hashes.ts; test/e2e/csp.spec.ts checks it in a real browser.
 */
const contentSecurityPolicy = {
  name: 'interlock-csp',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      logger.info(`Content-Security-Policy added to ${applyCsp(fileURLToPath(dir))} pages`);
    },
  },
};

// The repository (playbooks, patterns, seed points) is read once, here; pages get it through the
// integration's virtual module. A file that does not validate stops the build with file:line:column.
let repository;
try {
  repository = loadRepository();
  void repository.patterns; // read on first use: here, so a broken pattern.yaml stops the build the same way
} catch (error) {
  if (!(error instanceof RepositoryError)) throw error;
  console.error(`interlock: ${error.message}`);
  process.exit(2);
}

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
    interlockRepository(repository),
    starlight({
      title: 'Interlock',
      description:
        'Ownership contracts, audit playbooks and runnable examples for Go <-> Rust integration through cgo and a C ABI.',
      favicon: '/favicon.svg',
      logo: { src: './src/site/logo.svg', alt: 'Interlock' },
      sidebar: [...sidebarFor(repository), ...teamGroup],
      customCss: ['./src/site/interlock.css'],
      // Starlight's own git dates cover src/content/docs only; last-updated-route.ts dates content/docs.
      // "Edit page" links where the repository's edit URL is configured (INTERLOCK_EDIT_URL, for example
      // https://github.com/<owner>/interlock/edit/main/), so no link points at a made-up host.
      lastUpdated: false,
      ...(process.env.INTERLOCK_EDIT_URL ? { editLink: { baseUrl: process.env.INTERLOCK_EDIT_URL } } : {}),
      routeMiddleware: ['./src/site/onboarding-route.ts', './src/site/last-updated-route.ts'],
      components: { PageTitle: './src/components/starlight/PageTitle.astro' },
      pagination: true,
      credits: false,
      // Keep Go's tabs as tabs, so a copied snippet is byte-for-byte the file CI compiles (gofmt uses tabs).
      expressiveCode: { tabWidth: 0 },
    }),
    contentSecurityPolicy,
  ],
});
