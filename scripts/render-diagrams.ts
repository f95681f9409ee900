// `npm run diagrams`: renders every diagram the site shows into its cache, reusing every SVG already there:
// the samples' into the committed cache (content/diagrams/) and, when INTERLOCK_SITE_CONFIG names a team's
// site configuration, the team's contracts into the team's own folder. --prune also deletes cache files no
// diagram needs any more.
// Usage: node scripts/render-diagrams.ts [--prune]
import { relative } from 'node:path';
import { BrowserNotFoundError } from '../src/node/browser/find-chromium.ts';
import { diagramKey } from '../src/node/diagram/cache-key.ts';
import { cachedSvg, COMMITTED_CACHE, removeFiles, unreferencedFiles } from '../src/node/diagram/cache-store.ts';
import { ensureDiagrams, type DiagramJob } from '../src/node/diagram/ensure.ts';
import { contractDiagramJobs, siteDiagramJobs } from '../src/node/diagram/site-diagrams.ts';
import { TeamSiteError } from '../src/node/site/team-site.ts';
import { teamSite } from '../src/site/data/team.ts';

const args = process.argv.slice(2);
const prune = args.includes('--prune');
if (args.some((a) => a !== '--prune')) {
  console.error('usage: node scripts/render-diagrams.ts [--prune]');
  process.exit(2);
}

let team;
try {
  team = teamSite();
} catch (error) {
  if (!(error instanceof TeamSiteError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const groups: Array<{ dir: string; jobs: DiagramJob[] }> = [{ dir: COMMITTED_CACHE, jobs: siteDiagramJobs() }];
if (team !== undefined) groups.push({ dir: team.diagramsDir, jobs: contractDiagramJobs(team.contracts) });

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
for (const { dir, jobs } of groups) {
  const cache = { lookIn: [dir], storeIn: dir };
  const shownDir = `${relative(process.cwd(), dir) || '.'}/`;
  const missing = jobs.filter((job) => cachedSvg(cache, diagramKey(job.diagram, job.theme)) === undefined).length;
  console.log(`${jobs.length} diagrams for ${shownDir}; ${jobs.length - missing} cached, ${missing} to render`);
  const started = performance.now();
  const width = String(jobs.length).length;
  let results;
  try {
    results = await ensureDiagrams(jobs, {
      cache,
      onResult(result, index, total) {
        const verdict = result.cached ? 'cached  ' : 'rendered';
        console.log(
          `[${String(index + 1).padStart(width)}/${total}] ${verdict} ${result.job.label.padEnd(44)} ${result.ms.toFixed(0).padStart(5)} ms  ${kb(Buffer.byteLength(result.svg)).padStart(8)}  ${result.key.slice(0, 12)}`,
        );
      },
    });
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(`\n${missing} diagram(s) are not in ${shownDir} and must be rendered, but no browser was found.\n\n${error.message}`);
    } else {
      console.error(`\nrendering failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    process.exit(1);
  }

  const rendered = results.filter((r) => !r.cached);
  const cachedResults = results.filter((r) => r.cached);
  const sum = (list: typeof results): number => list.reduce((total, r) => total + r.ms, 0);
  console.log(
    `\n${rendered.length} rendered (cold) in ${(sum(rendered) / 1000).toFixed(2)} s, browser start included; ` +
      `${cachedResults.length} read from the cache (warm) in ${sum(cachedResults).toFixed(0)} ms; ` +
      `${((performance.now() - started) / 1000).toFixed(2)} s in all`,
  );

  const stale = unreferencedFiles(dir, new Set(results.map((r) => r.key)));
  if (stale.length > 0 && prune) {
    removeFiles(dir, stale);
    console.log(`pruned ${stale.length} unreferenced file(s) from ${shownDir}`);
  } else if (stale.length > 0) {
    console.log(`${stale.length} file(s) in ${shownDir} are no longer used; run with --prune to delete them`);
  }
}
