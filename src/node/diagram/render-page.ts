// Runs inside the headless browser page: renders one diagram with mermaid, then trims and labels the SVG.
// Playwright sends this function to the page as source text, so it must stay self-contained: no imports,
// no helpers from outside its own body except the two scripts renderer.ts loads into the page. The same goes
// for loadFontsInPage.

interface PageJob {
  mermaid: string;
  config: Record<string, unknown>;
  /** The SVG's id; Mermaid scopes its CSS with it, so it must be unique on a page. */
  id: string;
  title: string;
  description: string;
}

interface PageResult {
  svg: string;
  width: number;
  height: number;
}

export interface PageFontFace {
  base64: string;
  unicodeRange: string;
}

/** Loads the diagram font's faces from their bytes (the page has no network) and waits until each is ready. */
export async function loadFontsInPage(font: { family: string; faces: PageFontFace[] }): Promise<void> {
  for (const face of font.faces) {
    const bytes = Uint8Array.from(atob(face.base64), (c) => c.charCodeAt(0));
    const loaded = await new FontFace(font.family, bytes, { style: 'normal', weight: '400', unicodeRange: face.unicodeRange }).load();
    document.fonts.add(loaded);
  }
  await document.fonts.ready;
}

export async function renderInPage(job: PageJob): Promise<PageResult> {
  interface Mermaid {
    initialize(config: unknown): void;
    render(id: string, text: string): Promise<{ svg: string }>;
  }
  const mermaid = (globalThis as unknown as { mermaid?: Mermaid }).mermaid;
  if (mermaid === undefined) throw new Error('mermaid did not load into the rendering page');
  mermaid.initialize(job.config);
  const { svg: markup } = await mermaid.render(job.id, job.mermaid);

  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  if (parsed.querySelector('parsererror') !== null) throw new Error('mermaid produced an SVG that is not well-formed XML');
  const svg = document.importNode(parsed.documentElement, true);
  document.body.replaceChildren(svg);
  const all = (selector: string): Element[] => [...svg.querySelectorAll(selector)];

  // Layout-only links (`~~~`) draw nothing; drop their paths and their empty labels.
  for (const el of all('path.edge-thickness-invisible')) el.remove();
  for (const el of all('g.edgeLabel')) if ((el.textContent ?? '').trim() === '') el.remove();

  // SVG text shows Mermaid's entity codes literally (&#60;); turn them into the characters they stand for,
  // with the label encoder's own inverse (renderer.ts loads it into the page). This touches text nodes
  // only, so a decoded "<" is a character, never markup.
  const decode = (globalThis as unknown as { interlockDecodeEntityCodes?: (text: string) => string }).interlockDecodeEntityCodes;
  if (decode === undefined) throw new Error('the entity decoder did not load into the rendering page');
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('style') !== null) continue;
    const text = node.nodeValue ?? '';
    if (text.includes('&#')) node.nodeValue = decode(text);
  }

  // Mermaid writes one tspan per word; a line of plain words is one text run.
  for (const line of all('tspan.text-outer-tspan')) {
    const words = [...line.children];
    const plain = words.every((w) => w.localName === 'tspan' && w.children.length === 0 && w.getAttribute('font-style') === 'normal' && w.getAttribute('font-weight') === 'normal');
    if (plain) line.textContent = words.map((w) => w.textContent ?? '').join('');
  }

  // The three regions of the ownership map get classes the theme CSS tints.
  for (const cluster of all('g.cluster')) {
    const region = /-(go|abi|rust)$/.exec(cluster.id)?.[1];
    if (region !== undefined) cluster.classList.add(`region-${region}`);
  }

  // Bookkeeping attributes and shapes that draw nothing.
  for (const el of all('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.name.startsWith('data-') || (attr.name === 'style' && attr.value.trim() === '')) el.removeAttribute(attr.name);
    }
    if (el.localName === 'rect' && !el.hasAttribute('width') && !el.hasAttribute('height')) el.remove();
  }

  // Keep only the CSS rules that match something in this SVG (Mermaid ships the rules of every shape).
  const styles = all('style');
  const css = styles.map((s) => s.textContent ?? '').join('\n');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const topLevelSelectors = (text: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
      else if (c === ',' && depth === 0) {
        parts.push(text.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(text.slice(start).trim());
    return parts;
  };
  const matches = (selector: string): boolean => {
    // State pseudo-classes (:hover) match nothing in a still picture; test the element they style.
    const structural = selector.replace(/::?(hover|focus|active|visited|focus-visible|focus-within|before|after)\b/g, '');
    try {
      return document.querySelector(structural) !== null;
    } catch {
      return true;
    }
  };
  const kept: string[] = [];
  const keyframes: Array<{ name: string; text: string }> = [];
  for (const rule of [...sheet.cssRules]) {
    if (rule instanceof CSSStyleRule) {
      const selectors = topLevelSelectors(rule.selectorText).filter(matches);
      if (selectors.length > 0 && rule.style.length > 0) kept.push(`${selectors.join(',')}{${rule.style.cssText}}`);
    } else if (rule instanceof CSSKeyframesRule) {
      keyframes.push({ name: rule.name, text: rule.cssText });
    } else {
      kept.push(rule.cssText);
    }
  }
  const used = kept.join('');
  for (const frames of keyframes) if (used.includes(frames.name)) kept.push(frames.text);
  const finalCss = kept.join('');
  for (const s of styles.slice(1)) s.remove();
  if (styles[0] !== undefined) styles[0].textContent = finalCss;

  // Ids: keep the root (the CSS scope) and every id something points at; drop definitions nobody uses.
  const referenced = new Set<string>([job.id]);
  const collect = (text: string): void => {
    for (const m of text.matchAll(/url\(#([^)"'\s]+)\)/g)) referenced.add(m[1]!);
  };
  collect(finalCss);
  for (const m of finalCss.matchAll(/#([A-Za-z_][\w-]*)/g)) referenced.add(m[1]!);
  for (const el of all('*')) {
    for (const attr of [...el.attributes]) {
      collect(attr.value);
      if ((attr.name === 'href' || attr.name === 'xlink:href') && attr.value.startsWith('#')) referenced.add(attr.value.slice(1));
    }
  }
  for (const el of all('marker, filter, linearGradient, radialGradient, clipPath, mask, pattern, symbol')) {
    if (!referenced.has(el.id)) el.remove();
  }
  for (const el of all('[id]')) if (!referenced.has(el.id)) el.removeAttribute('id');
  // Innermost first, so a group left empty by removing its only child goes too.
  for (const el of all('defs, g').reverse()) if (el.childElementCount === 0 && (el.textContent ?? '') === '') el.remove();

  // Classes only feed the CSS, so a class the remaining CSS never names is dead weight.
  const cssClasses = new Set([...finalCss.matchAll(/\.(-?[_A-Za-z][\w-]*)/g)].map((m) => m[1]!));
  for (const el of [svg, ...all('[class]')]) {
    const keep = [...el.classList].filter((c) => cssClasses.has(c));
    if (keep.length > 0) el.setAttribute('class', keep.join(' '));
    else el.removeAttribute('class');
  }

  // An image with a name and a description, and a fixed intrinsic size; the page decides how it scales.
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Math.ceil(viewBox[2] ?? 0);
  const height = Math.ceil(viewBox[3] ?? 0);
  if (!(width > 0 && height > 0)) throw new Error('mermaid produced an SVG without a usable viewBox');
  for (const name of ['style', 'aria-roledescription', 'aria-labelledby', 'aria-describedby']) svg.removeAttribute(name);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${job.id}-title`);
  svg.setAttribute('aria-describedby', `${job.id}-desc`);
  for (const old of all(':scope > title, :scope > desc')) old.remove();
  const ns = 'http://www.w3.org/2000/svg';
  const title = document.createElementNS(ns, 'title');
  title.id = `${job.id}-title`;
  title.textContent = job.title;
  const desc = document.createElementNS(ns, 'desc');
  desc.id = `${job.id}-desc`;
  desc.textContent = job.description;
  svg.prepend(title, desc);

  return { svg: new XMLSerializer().serializeToString(svg), width, height };
}
