// Loads web-tree-sitter and the C, Rust and Go grammars from node_modules once per process.
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import type { Lang, SyntaxNode } from '../../lib/code/syntax.ts';

const require = createRequire(import.meta.url);

const GRAMMAR_FILES: Record<Lang, string> = {
  c: 'tree-sitter-c/tree-sitter-c.wasm',
  rust: 'tree-sitter-rust/tree-sitter-rust.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
};

let loading: Promise<Record<Lang, Parser>> | undefined;

async function load(): Promise<Record<Lang, Parser>> {
  await Parser.init();
  const entries = await Promise.all(
    (Object.keys(GRAMMAR_FILES) as Lang[]).map(async (lang) => {
      const language = await Language.load(require.resolve(GRAMMAR_FILES[lang]));
      const parser = new Parser();
      parser.setLanguage(language);
      return [lang, parser] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Lang, Parser>;
}

/** The parsers, created on first use; every later call gets the same ones. */
export function parsers(): Promise<Record<Lang, Parser>> {
  loading ??= load();
  return loading;
}

/**
 * Parses `text` and hands the root to `read`, then frees the tree (it lives in WASM memory, not the JS heap).
 * `read` must copy what it needs into plain data: the nodes are dead once it returns.
 */
export async function withTree<T>(lang: Lang, text: string, read: (root: SyntaxNode) => T): Promise<T> {
  const parser = (await parsers())[lang];
  const tree = parser.parse(text);
  if (tree === null) throw new Error(`the ${lang} parser returned no tree`);
  try {
    return read(tree.rootNode as unknown as SyntaxNode);
  } finally {
    tree.delete();
  }
}
