// Renders Mermaid to SVG in one headless Chromium per run: the official mermaid bundle in an offline page.
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Diagram } from '../../lib/diagram/diagram.ts';
import { decodeEntityCodes } from '../../lib/diagram/label.ts';
import { requireChromium } from '../browser/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../browser/launch-flags.ts';
import { svgIdFor } from './cache-key.ts';
import { mermaidPackage } from './mermaid-package.ts';
import { optimiseSvg } from './optimise.ts';
import { mermaidConfig, type Theme } from './render-config.ts';
import { renderInPage } from './render-page.ts';

export interface Renderer {
  /** The finished SVG for a diagram in a theme, under the id derived from its cache key. */
  render(diagram: Diagram, theme: Theme, key: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Launches the browser found on this machine (never a downloaded one) and loads mermaid into a blank
 * page that can reach no network. Throws BrowserNotFoundError, carrying NO_BROWSER_HELP, when there is none.
 */
export async function openRenderer(): Promise<Renderer> {
  const { path } = requireChromium();
  const browser: Browser = await chromium.launch({ executablePath: path, args: [...CHROMIUM_FLAGS] });
  let page: Page;
  try {
    page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>diagram</title></head><body></body></html>');
    await page.addScriptTag({ path: mermaidPackage().script });
    // The label encoder's inverse, as source: the page decodes drawn labels with the very function the tests check.
    await page.addScriptTag({ content: `globalThis.interlockDecodeEntityCodes = ${decodeEntityCodes.toString()};` });
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    async render(diagram, theme, key) {
      const job = { mermaid: diagram.mermaid, config: mermaidConfig(theme), id: svgIdFor(key), title: diagram.title, description: diagram.description };
      const { svg } = await page.evaluate(renderInPage, job);
      return `${optimiseSvg(svg)}\n`;
    },
    close: () => browser.close(),
  };
}
