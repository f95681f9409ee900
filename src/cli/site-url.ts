// Links from the CLI to the handbook. Interlock has no public address of its own: a team hosts the site
// (`npm start`, "Run Interlock for your team") and says where with INTERLOCK_SITE_URL. Without it, help
// names the page's path and SARIF carries no links, rather than links to a host that does not exist.

/** A help-text token for a handbook page, filled in by `docLink` when help is printed. */
export function docToken(path: string): string {
  return `<doc:${path}>`;
}

/** The handbook base URL from the environment, or undefined when it is unset or not an http(s) URL. */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

function docLink(path: string, siteUrl: string | undefined): string {
  return siteUrl === undefined ? `${path} in the Interlock handbook (set INTERLOCK_SITE_URL to link your team's copy)` : `${siteUrl}${path}`;
}

/** Help text with every doc token turned into a link or a path. */
export function fillDocLinks(text: string, siteUrl: string | undefined): string {
  return text.replace(/<doc:(\/[\w/#.-]*)>/g, (_, path: string) => docLink(path, siteUrl));
}
