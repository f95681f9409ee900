// Blanks out Expressive Code's block markup (a <div> per line inside <code>, a copy button whose label is
// a title attribute) before html-validate reads a page: it is a third-party renderer's fixed output that
// axe checks in a real browser. Positions of everything else are kept, so reported line:column stay true.
const CODE_BLOCK = /<div class="expressive-code">[\s\S]*?<\/figure><\/div>/g;

export function maskThirdPartyMarkup(html: string): string {
  return html.replace(CODE_BLOCK, (block) => {
    const keep = '<div class="expressive-code">';
    const tail = '</div>';
    const inner = block.slice(keep.length, block.length - tail.length).replace(/[^\n]/g, ' ');
    return keep + inner + tail;
  });
}
