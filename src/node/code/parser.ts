// Loads web-tree-sitter and the C, Rust and Go grammars once per process, from node_modules or from a
// `grammars/` folder next to the running file (where a bundled CLI ships them).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';
import type { Lang, SyntaxNode } from '../../lib/code/syntax.ts';

const require = createRequire(import.meta.url);

const WASM_FILES: Record<Lang | 'runtime', string> = {
  runtime: 'web-tree-sitter/web-tree-sitter.wasm',
  c: 'tree-sitter-c/tree-sitter-c.wasm',
  rust: 'tree-sitter-rust/tree-sitter-rust.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
};

/** A grammar or the parser runtime could not be found: the install is incomplete, not the user's input. */
export class CodeReaderUnavailable extends Error {
  override name = 'CodeReaderUnavailable';
}

function locate(key: Lang | 'runtime'): string {
  const spec = WASM_FILES[key];
  const beside = join(dirname(fileURLToPath(import.meta.url)), 'grammars', spec.split('/')[1]!);
  if (existsSync(beside)) return beside;
  try {
    return require.resolve(spec);
  } catch {
    throw new CodeReaderUnavailable(`cannot find ${spec}: install the web-tree-sitter, tree-sitter-c, tree-sitter-rust and tree-sitter-go packages`);
  }
}

let loading: Promise<Record<Lang, Parser>> | undefined;

async function load(): Promise<Record<Lang, Parser>> {
  const runtime = locate('runtime');
  await Parser.init({ locateFile: () => runtime });
  const langs: Lang[] = ['c', 'rust', 'go'];
  const entries = await Promise.all(
    langs.map(async (lang) => {
      const parser = new Parser();
      parser.setLanguage(await Language.load(locate(lang)));
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
  if (tree === null) throw new CodeReaderUnavailable(`the ${lang} parser returned no tree`);
  try {
    return read(tree.rootNode as unknown as SyntaxNode);
  } finally {
    tree.delete();
  }
}
