// The prose of a built page, as a reader reads it: no code, no keyboard keys, no diagrams, no scripts or
// styles, no markup. The spelling and punctuation checks read this, so identifiers never count as words.
const DROP = [
  /<script\b[\s\S]*?<\/script>/gi,
  /<style\b[\s\S]*?<\/style>/gi,
  /<svg\b[\s\S]*?<\/svg>/gi,
  /<div class="expressive-code[\s\S]*?<\/figure><\/div>/gi,
  /<pre\b[\s\S]*?<\/pre>/gi,
  /<head\b[\s\S]*?<\/head>/gi,
];
/** Inline code and keys stand in the sentence as a mark, so "X or Y" never reads as "or or". */
const INLINE = [/<code\b[\s\S]*?<\/code>/gi, /<kbd\b[\s\S]*?<\/kbd>/gi];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function pageProse(html: string): string {
  // Only the page's own content: the header, sidebar and footer are the same on every page.
  let text = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  for (const pattern of DROP) text = text.replace(pattern, ' ');
  for (const pattern of INLINE) text = text.replace(pattern, ' § ');
  // Block ends become line breaks, so a heading and the paragraph after it never run together.
  text = text
    .replace(/<\/(p|h[1-6]|li|td|th|dt|dd|summary|figcaption|div|section|nav|header|footer|tr|option|button|label|legend)>/gi, '\n')
    .replace(/<(br|select|option)\b[^>]*>/gi, '\n');
  text = text.replace(/<[^>]+>/g, '');
  text = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}
