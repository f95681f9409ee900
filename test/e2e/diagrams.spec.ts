// Contract diagrams in a real browser: the theme picks the variant, and a wide map can be fitted to the page.
import { expect, test } from '@playwright/test';

test('a wide ownership map scrolls at drawn size and fits the column on request', async ({ page }) => {
  // rustls' Connection part: 20 functions about one handle, the widest map of the samples.
  await page.goto('/contracts/rustls/');
  const figure = page.locator('h4#ownership-Connection + figure.contract-diagram');
  const scroller = figure.locator('.scroller');
  const overflow = () => scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(await overflow()).toBeGreaterThan(0);
  await figure.getByRole('checkbox', { name: 'Fit the whole diagram to the page width' }).check();
  expect(await overflow()).toBeLessThanOrEqual(1);
});

test('the light theme shows the light drawing and the dark theme the dark one', async ({ page }) => {
  await page.goto('/contracts/imgcodec/');
  const figure = page.locator('figure.contract-diagram').first();
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(figure.locator('.variant-light svg')).toBeVisible();
  await expect(figure.locator('.variant-dark svg')).toBeHidden();
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(figure.locator('.variant-dark svg')).toBeVisible();
  await expect(figure.locator('.variant-light svg')).toBeHidden();
});

test('a reader sees diagram text in the font it was measured with, and every label fits its box', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2$/.test(response.url())) fonts.push(`${response.status()} ${response.url().split('/').pop()}`);
  });
  await page.goto('/contracts/imgcodec/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  const svg = page.locator('figure.contract-diagram .variant-light svg').first();
  await expect(svg).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // The face comes from the site itself (no system font stands in for it) and has loaded.
  expect(fonts.some((f) => /^200 ibm-plex-sans-latin-400-normal\.[\w-]+\.woff2$|^200 ibm-plex-sans-latin-400-normal\.woff2$/.test(f)), fonts.join(', ')).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans"'))).toBe(true);
  // Measured in the same font, each node's text is no wider than the box the renderer drew around it.
  const overflowing = await svg.evaluate((root) => {
    const bad: string[] = [];
    for (const node of root.querySelectorAll('g.node')) {
      const rect = node.querySelector('rect');
      const text = node.querySelector('text');
      if (rect === null || text === null) continue;
      const textWidth = (text as SVGTextElement).getBBox().width;
      if (textWidth > Number(rect.getAttribute('width'))) bad.push(`${text.textContent}: ${textWidth} > ${rect.getAttribute('width')}`);
    }
    return bad;
  });
  expect(overflowing).toEqual([]);
});

test('every part of a split map fits the content column with its text at 12 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/contracts/rure/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  const parts = page.locator('h4[id^="ownership-"] + figure.contract-diagram');
  expect(await parts.count()).toBe(8);
  const measured = await parts.evaluateAll((figures) =>
    figures.map((figure) => {
      const scroller = figure.querySelector('.scroller')!;
      const svg = figure.querySelector('.variant-light svg') as SVGSVGElement;
      // Every label is drawn in 16 px units of the viewBox; on screen it is that times the drawn scale.
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return { heading: figure.previousElementSibling?.textContent ?? '', overflow: scroller.scrollWidth - scroller.clientWidth, text: 16 * scale };
    }),
  );
  for (const m of measured) {
    expect(m.overflow, m.heading).toBeLessThanOrEqual(1);
    expect(m.text, m.heading).toBeGreaterThanOrEqual(12);
  }
});
