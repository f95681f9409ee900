// Finds a Chromium-family browser already on this machine; Interlock never downloads one.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Environment variables consulted first, in order. */
export const BROWSER_ENV_VARS = ['INTERLOCK_CHROMIUM', 'CHROME_PATH'] as const;

// The headless shell first: everything Interlock does with a browser is headless, and the shell ran the
// browser suite in 132 s where full Chromium's headless mode took 235 s (npm test's e2e stage, 2 cores).
const SYSTEM_NAMES = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export interface BrowserLocation {
  path: string;
  /** Where it was found: an environment variable's name, 'playwright-cache' or 'system'. */
  source: string;
}

export interface FindOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  listDir?: (path: string) => string[];
  home?: string;
}

/** Returns the first browser found, or undefined. Pure apart from the injected file-system probes. */
export function findChromium(options: FindOptions = {}): BrowserLocation | undefined {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const listDir = options.listDir ?? safeReadDir;
  const home = options.home ?? homedir();

  for (const name of BROWSER_ENV_VARS) {
    const value = env[name];
    if (value) {
      // An explicit choice that is wrong must not silently fall through to another browser.
      if (!exists(value)) throw new BrowserNotFoundError(`${name} is set to ${value}, but no file exists there.`);
      return { path: value, source: name };
    }
  }

  const cacheRoot = env.PLAYWRIGHT_BROWSERS_PATH || join(home, '.cache', 'ms-playwright');
  for (const dir of listDir(cacheRoot).sort().reverse()) {
    for (const relative of playwrightExecutables(dir)) {
      const candidate = join(cacheRoot, dir, relative);
      if (exists(candidate)) return { path: candidate, source: 'playwright-cache' };
    }
  }

  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of [...pathDirs, '/usr/bin', '/usr/local/bin', '/snap/bin']) {
      const candidate = join(dir, name);
      if (exists(candidate)) return { path: candidate, source: 'system' };
    }
  }
  return undefined;
}

function playwrightExecutables(dir: string): string[] {
  if (dir.startsWith('chromium_headless_shell-')) {
    return ['chrome-linux/headless_shell', 'chrome-headless-shell-linux64/chrome-headless-shell'];
  }
  if (dir.startsWith('chromium-')) return ['chrome-linux/chrome', 'chrome-linux64/chrome'];
  return [];
}

function safeReadDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

/** The one paragraph every face prints when no browser can be found. */
export const NO_BROWSER_HELP = [
  'Interlock needs a Chromium-based browser for its end-to-end tests and for rendering diagrams that are',
  'not yet in the committed cache, and it never downloads one. Install one from your system packages',
  '(Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`, or `chromium`; Fedora: `sudo dnf install',
  'chromium`; macOS: install Google Chrome or `brew install --cask chromium`), or point INTERLOCK_CHROMIUM at',
  'an existing browser binary, for example INTERLOCK_CHROMIUM=/usr/bin/chromium.',
].join('\n');

/** Finds a browser or throws BrowserNotFoundError carrying the help paragraph. */
export function requireChromium(options: FindOptions = {}): BrowserLocation {
  const found = findChromium(options);
  if (!found) throw new BrowserNotFoundError(NO_BROWSER_HELP);
  return found;
}
