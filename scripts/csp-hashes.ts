// After `astro build`: gives every HTML page a Content-Security-Policy <meta> whose script-src and style-src
// list the SHA-256 hashes of that page's own inline scripts and styles (Starlight's theme and sidebar scripts
// are inline, and Astro's CSP support does not hash them). Nothing inline runs unless it was in the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inline elements: a <script> without src (any type; hashing a data block is harmless) and every <style>. */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const OURS = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/g;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Inside inline <svg> (foreign content) the HTML parser reads `<![CDATA[...]]>` as a CDATA section, so the
 * browser hashes the text without the markers; in an HTML <style> the markers are text. Both forms are
 * listed (both came from the build), so the hash matches wherever the element sits.
 */
function hashedForms(content: string): string[] {
  const unwrapped = content.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return unwrapped === content ? [content] : [content, unwrapped];
}

function hashes(html: string, pattern: RegExp, skip: (attributes: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(pattern)) {
    if (skip(m[1] ?? '')) continue;
    for (const form of hashedForms(m[2] ?? '')) out.add(sha256(form));
  }
  return [...out].sort();
}

/**
 * The policy for one page. 'wasm-unsafe-eval' lets Pagefind's search and the wizard's parsers compile their
 * WebAssembly (it allows no JavaScript eval); style attributes stay allowed because Starlight and Expressive
 * Code set them, and an attribute cannot run code. frame-ancestors and report-uri cannot be set from <meta>.
 */
export function policyFor(html: string): string {
  const scripts = hashes(html, INLINE_SCRIPT, (attributes) => /\ssrc\s*=/i.test(attributes));
  const styles = hashes(html, INLINE_STYLE, () => false);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trimEnd(),
    `style-src-elem 'self' ${styles.join(' ')}`.trimEnd(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page with its policy right after <meta charset> (which must stay within the first 1024 bytes), else
 * first in <head>: before every script and style, so it covers them all. Idempotent.
 */
export function withPolicy(html: string): string {
  const clean = html.replace(OURS, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(clean)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (charset.test(clean)) return clean.replace(charset, (m) => `${m}${meta}`);
  if (!/<head(\s[^>]*)?>/i.test(clean)) return clean;
  return clean.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Adds the policy to every page under `dist`; returns how many pages it wrote. */
export function applyCsp(dist: string): number {
  const files = htmlFiles(dist);
  for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
  return files.length;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  console.log(`Content-Security-Policy added to ${applyCsp(dist)} pages under ${dist}`);
}
