// Starlight lets a wide table scroll sideways; a scrolling region must take keyboard focus (WCAG 2.1.1), so
// every table in Markdown and MDX pages becomes focusable. Tables built by .astro pages set tabindex themselves.
import type { Element, Root } from 'hast';

export function rehypeFocusableTables() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'table' && child.properties.tabIndex === undefined) child.properties.tabIndex = 0;
        visit(child);
      }
    };
    visit(tree);
  };
}
