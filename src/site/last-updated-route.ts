// Starlight route middleware: "Last updated" from git for handbook pages. Starlight reads git dates only for
// pages under src/content/docs, and Interlock's handbook lives in content/docs, so the dates come from one
// `git log` over that folder per build. Without git (an exported tree) pages simply show no date.
import { execFileSync } from 'node:child_process';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

let dates: Map<string, Date> | undefined;

/** Newest commit date of every file under content/docs, from a single git call. */
function commitDates(): Map<string, Date> {
  const found = new Map<string, Date>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--', 'content/docs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return found;
  }
  let current: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = new Date(Number(line.slice(1)) * 1000);
    // git lists the newest commit first: the first date seen for a file is its last change.
    else if (line !== '' && current !== undefined && !found.has(line)) found.set(line, current);
  }
  return found;
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const file = route.entry.filePath;
  if (file === undefined || !file.startsWith('content/docs/') || route.entry.data.template === 'splash') return;
  dates ??= commitDates();
  const date = dates.get(file);
  if (date !== undefined) route.lastUpdated = date;
});
