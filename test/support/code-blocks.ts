// Extracts the code blocks Expressive Code rendered into a built page, with their language and exact text.
export interface RenderedCodeBlock {
  lang: string;
  code: string;
}

// Each block is a <pre data-language> (other attributes may follow: class="wrap") followed by a copy button whose data-code holds the raw text, with
// U+007F standing in for line breaks.
const BLOCK = /<pre data-language="([^"]*)"[^>]*>[\s\S]*?data-code="([^"]*)"/g;

export function renderedCodeBlocks(html: string): RenderedCodeBlock[] {
  return [...html.matchAll(BLOCK)].map((match) => ({
    lang: match[1]!,
    code: decodeHtml(match[2]!).replace(/\u007f/g, '\n'),
  }));
}

export function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
