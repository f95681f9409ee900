// Renders Mermaid to SVG in one headless Chromium per run: the official mermaid bundle in an offline page,
// measuring text only with the shipped diagram font, so every machine lays a diagram out the same way.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Diagram } from '../../lib/diagram/diagram.ts';
import { decodeEntityCodes } from '../../lib/diagram/label.ts';
import { requireChromium } from '../browser/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../browser/launch-flags.ts';
import { svgIdFor } from './cache-key.ts';
import { diagramFont } from './diagram-font.ts';
import { mermaidPackage } from './mermaid-package.ts';
import { optimiseSvg } from './optimise.ts';
import { mermaidConfig, type Theme } from './render-config.ts';
import { loadFontsInPage, renderInPage, type PageFontFace } from './render-page.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

/** How long one diagram may take before the render is abandoned (a 60-function contract takes about 0.3 s). */
export const RENDER_TIME_LIMIT_MS = 30_000;

export class RenderTimeLimitError extends Error {
  override name = 'RenderTimeLimitError';
}

export interface Renderer {
  /** The finished SVG for a diagram in a theme, under the id derived from its cache key. */
  render(diagram: Diagram, theme: Theme, key: string): Promise<string>;
  close(): Promise<void>;
}

export interface RendererOptions {
  /** Overrides RENDER_TIME_LIMIT_MS (tests use a small one). */
  timeLimitMs?: number;
}

/**
 * Launches the browser found on this machine (never a downloaded one) and loads mermaid into a blank
 * page that can reach no network. Throws BrowserNotFoundError, carrying NO_BROWSER_HELP, when there is none.
 */
export async function openRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const { path } = requireChromium();
  const fontconfig = isolatedFontconfig();
  const browser: Browser = await chromium.launch({
    executablePath: path,
    args: [...CHROMIUM_FLAGS],
    env: { ...process.env, FONTCONFIG_FILE: fontconfig.file },
  });
  const cleanUp = async (): Promise<void> => {
    await browser.close();
    rmSync(fontconfig.dir, { recursive: true, force: true });
  };
  let page: Page;
  try {
    page = await openPage(browser);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const limit = options.timeLimitMs ?? RENDER_TIME_LIMIT_MS;
  return {
    async render(diagram, theme, key) {
      const job = { mermaid: diagram.mermaid, config: mermaidConfig(theme), id: svgIdFor(key), title: diagram.title, description: diagram.description };
      const { svg } = await withTimeLimit(page.evaluate(renderInPage, job), limit, diagram, cleanUp);
      return `${optimiseSvg(svg)}\n`;
    },
    close: cleanUp,
  };
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>diagram</title></head><body></body></html>');
  const font = diagramFont();
  const faces: PageFontFace[] = font.faces.map((face) => ({ base64: readFileSync(face.path).toString('base64'), unicodeRange: face.unicodeRange }));
  await page.evaluate(loadFontsInPage, { family: font.family, faces });
  await page.addScriptTag({ path: mermaidPackage().script });
  // The label encoder's inverse, as source: the page decodes drawn labels with the very function the tests check.
  await page.addScriptTag({ content: `globalThis.interlockDecodeEntityCodes = ${decodeEntityCodes.toString()};` });
  return page;
}

/**
 * A fontconfig of its own whose only fonts are the diagram font's faces: the browser cannot fall back to
 * whatever the machine has installed, so any text, even in a family nobody named, measures the same everywhere.
 */
function isolatedFontconfig(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-fontconfig-'));
  mkdirSync(join(dir, 'fonts'));
  for (const face of diagramFont().faces) {
    writeFileSync(join(dir, 'fonts', basename(face.woff).replace(/\.woff$/, '.otf')), woffToSfnt(readFileSync(face.woff)));
  }
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${join(dir, 'fonts')}</dir>`,
    `  <cachedir>${join(dir, 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  return { dir, file };
}

/** A render past the limit closes the browser (the page is stuck in layout) and says how big the diagram was. */
async function withTimeLimit<T>(work: Promise<T>, limitMs: number, diagram: Diagram, abandon: () => Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const lines = diagram.mermaid.split('\n').length;
      reject(new RenderTimeLimitError(`rendering "${diagram.title}" (${lines} lines of Mermaid) took longer than the ${limitMs / 1000} s limit; split the contract or draw one type at a time`));
    }, limitMs);
  });
  try {
    return await Promise.race([work, expired]);
  } catch (error) {
    if (error instanceof RenderTimeLimitError) await abandon().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
