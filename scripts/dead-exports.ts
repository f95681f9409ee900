// Finds exports no other file imports (dead code, or helpers that should be private) and the imports that
// cross the layering where ESLint cannot look: .astro frontmatter and client scripts, MDX pages, Vite's
// import.meta.glob. Reads every module with the TypeScript parser alone (no type check), so it is quick.
// Usage: node scripts/dead-exports.ts [root]   (one line per finding and exit 1, or a summary and exit 0)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(process.argv[2] ?? fileURLToPath(new URL('../', import.meta.url)));
const SKIP_DIRS = new Set(['node_modules', 'dist', 'dist-team', '.astro', '.git', 'target', 'test-results', '.cache', 'public']);
const MODULE = /\.(ts|mts|mjs|js|astro|mdx)$/;
/** Files whose exports a framework or runtime consumes by convention, through no import we could see. */
const ENTRY = [
  /^src\/pages\//, /^src\/content\.config\.ts$/, /\.config\.(ts|mjs|js)$/, /\.(test|spec)\.ts$/, /^bin\//, /\.astro$/, /\.mdx$/,
  /^scripts\/bench\/test-durations\.ts$/, // a node:test reporter, named on the command line
];
/** Where unused exports are reported; other files (tests, fixtures, pages) count only as importers. */
const REPORTED = /^(src|scripts)\//;

interface Target { file: string; name: string }
interface Module {
  file: string;
  text: string;
  exports: Map<string, { line: number; origin?: Target }>;
  stars: string[];
  /** Names imported from each file; '*' stands for all of them (a namespace passed on, import(), a glob). */
  uses: Array<{ target: string; names: string[]; line: number }>;
  namespaces: Map<string, string>;
  imported: Map<string, Target>;
}

const lineOf = (source: ts.SourceFile, node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

function projectFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : projectFiles(join(dir, entry.name));
    return MODULE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative(ROOT, join(dir, entry.name))] : [];
  });
}

/**
 * What TypeScript can parse, on the lines where it stands (so findings name the file's own lines): an .astro
 * file's frontmatter and bundled scripts, an MDX page's ESM lines; everything else becomes blank lines.
 */
function scriptOf(file: string, text: string): string {
  if (file.endsWith('.mdx')) return text.split('\n').map((line) => (/^(import|export)\s/.test(line) ? line : '')).join('\n');
  if (!file.endsWith('.astro')) return text;
  const keep: Array<[number, number]> = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) keep.push([4, 4 + front[1]!.length]);
  for (const m of text.matchAll(/(<script(?![^>]*is:inline)[^>]*>)([\s\S]*?)<\/script>/g)) keep.push([m.index + m[1]!.length, m.index + m[1]!.length + m[2]!.length]);
  const blank = (part: string): string => part.replace(/[^\n]/g, ' ');
  let out = '';
  let at = 0;
  for (const [from, to] of keep) {
    out += blank(text.slice(at, from)) + text.slice(from, to);
    at = to;
  }
  return out + blank(text.slice(at));
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  if (!bare.startsWith('.') && !bare.startsWith('/')) return undefined;
  const full = bare.startsWith('/') ? join(ROOT, bare) : resolve(ROOT, dirname(from), bare);
  for (const candidate of [full, `${full}.ts`, join(full, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return undefined;
}

function globFiles(from: string, pattern: string, all: readonly string[]): string[] {
  const base = pattern.startsWith('/') ? pattern.slice(1) : relative(ROOT, resolve(ROOT, dirname(from), pattern));
  const regex = new RegExp(`^${base.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  return all.filter((file) => regex.test(file));
}

function readModule(file: string, all: readonly string[]): Module {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, scriptOf(file, text), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const module: Module = { file, text, exports: new Map(), stars: [], uses: [], namespaces: new Map(), imported: new Map() };
  for (const statement of source.statements) readStatement(statement, source, module);
  readExpressions(source, module, all);
  readNamespaces(source, module);
  return module;
}

function readImport(statement: ts.ImportDeclaration, source: ts.SourceFile, module: Module): void {
  const target = resolveSpecifier(module.file, (statement.moduleSpecifier as ts.StringLiteral).text);
  if (target === undefined) return;
  const clause = statement.importClause;
  const names: string[] = [];
  if (clause?.name) {
    names.push('default');
    module.imported.set(clause.name.text, { file: target, name: 'default' });
  }
  const bindings = clause?.namedBindings;
  if (bindings && ts.isNamedImports(bindings)) {
    for (const e of bindings.elements) {
      names.push((e.propertyName ?? e.name).text);
      module.imported.set(e.name.text, { file: target, name: (e.propertyName ?? e.name).text });
    }
  }
  // A namespace import counts the properties the file reads (readNamespaces).
  if (bindings && ts.isNamespaceImport(bindings)) module.namespaces.set(bindings.name.text, target);
  module.uses.push({ target, names, line: lineOf(source, statement) });
}

function readExportList(statement: ts.ExportDeclaration, source: ts.SourceFile, module: Module): void {
  const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolveSpecifier(module.file, statement.moduleSpecifier.text) : undefined;
  const clause = statement.exportClause;
  if (clause === undefined) {
    if (from !== undefined) module.stars.push(from);
    return;
  }
  if (!ts.isNamedExports(clause)) return;
  for (const e of clause.elements) {
    const local = (e.propertyName ?? e.name).text;
    // `export { x }` of an imported x is resolved after every import is read (origins()).
    const origin = from !== undefined ? { file: from, name: local } : { file: '', name: local };
    module.exports.set(e.name.text, { line: lineOf(source, e), origin });
  }
}

function readStatement(statement: ts.Statement, source: ts.SourceFile, module: Module): void {
  if (ts.isImportDeclaration(statement)) return readImport(statement, source, module);
  if (ts.isExportDeclaration(statement)) return readExportList(statement, source, module);
  if (ts.isExportAssignment(statement)) {
    module.exports.set('default', { line: lineOf(source, statement) });
    return;
  }
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
  const line = lineOf(source, statement);
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) module.exports.set('default', { line });
  else if (ts.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) module.exports.set(d.name.text, { line });
  } else {
    const name = (statement as { name?: ts.Node }).name;
    if (name !== undefined && ts.isIdentifier(name)) module.exports.set(name.text, { line });
  }
}

/** import(), import.meta.glob, import('x').T in types, and paths handed to a framework as strings. */
function readExpressions(source: ts.SourceFile, module: Module, all: readonly string[]): void {
  const use = (target: string | undefined, names: string[], node: ts.Node): void => {
    if (target !== undefined) module.uses.push({ target, names, line: lineOf(source, node) });
  };
  const visit = (node: ts.Node): void => {
    const firstArg = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    const literal = firstArg !== undefined && ts.isStringLiteralLike(firstArg) ? firstArg.text : undefined;
    if (ts.isCallExpression(node) && literal !== undefined && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      use(resolveSpecifier(module.file, literal), ['*'], node);
    } else if (ts.isCallExpression(node) && literal !== undefined && node.expression.getText(source) === 'import.meta.glob') {
      for (const target of globFiles(module.file, literal, all)) use(target, ['*'], node);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      use(resolveSpecifier(module.file, node.argument.literal.text), [node.qualifier?.getText(source).split('.')[0] ?? '*'], node);
    } else if (ts.isStringLiteral(node) && /^\.\/(src|scripts)\/.*\.(ts|astro)$/.test(node.text)) {
      use(resolveSpecifier(module.file, node.text), ['*'], node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function readNamespaces(source: ts.SourceFile, module: Module): void {
  for (const [space, target] of module.namespaces) {
    const names = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === space && !ts.isNamespaceImport(node.parent)) {
        const p = node.parent;
        if (ts.isPropertyAccessExpression(p) && p.expression === node) names.add(p.name.text);
        else if (ts.isQualifiedName(p) && p.left === node) names.add(p.right.text);
        else names.add('*');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    module.uses.push({ target, names: [...names], line: 0 });
  }
}

/** Marks an export used, following re-exports to where it is declared; '*' marks every export. */
function markUsed(modules: Map<string, Module>, used: Set<string>, file: string, name: string, seen = new Set<string>()): void {
  const key = `${file}\0${name}`;
  if (seen.has(key)) return;
  seen.add(key);
  const module = modules.get(file);
  if (module === undefined) return;
  const names = name === '*' ? [...module.exports.keys()] : [name];
  for (const n of names) {
    const decl = module.exports.get(n);
    if (decl === undefined) continue;
    used.add(`${file}\0${n}`);
    const origin = decl.origin?.file === '' ? module.imported.get(decl.origin.name) : decl.origin;
    if (origin !== undefined) markUsed(modules, used, origin.file, origin.name, seen);
  }
  if (name === '*' || !module.exports.has(name)) for (const star of module.stars) markUsed(modules, used, star, name, seen);
}

function deadExports(modules: Map<string, Module>): string[] {
  const used = new Set<string>();
  for (const module of modules.values()) {
    for (const u of module.uses) if (u.target !== module.file) for (const name of u.names) markUsed(modules, used, u.target, name);
  }
  const findings: string[] = [];
  for (const module of modules.values()) {
    if (!REPORTED.test(module.file) || ENTRY.some((entry) => entry.test(module.file))) continue;
    for (const [name, decl] of module.exports) {
      if (used.has(`${module.file}\0${name}`)) continue;
      const inOwnFile = name !== 'default' && (module.text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0) > 1;
      findings.push(`${module.file}:${decl.line}: ${name} is exported but no other file imports it${inOwnFile ? ' (used only in its own file: make it private)' : ''}`);
    }
  }
  return findings;
}

/** Layering ESLint cannot see: .astro and .mdx imports and import.meta.glob, in any file. */
function layering(modules: Map<string, Module>): string[] {
  const findings: string[] = [];
  for (const module of modules.values()) {
    const seenByEslint = /\.(ts|mts|mjs|js)$/.test(module.file);
    for (const u of module.uses) {
      if (seenByEslint && !/import\.meta\.glob/.test(module.text.split('\n')[u.line - 1] ?? '')) continue;
      if (module.file.startsWith('src/') && /^(scripts|test)\//.test(u.target)) findings.push(`${module.file}:${u.line}: imports ${u.target} (no src file imports scripts/ or test/)`);
      const helper = /^src\/pages\/(.*\/)?_[^/]*$/.exec(u.target);
      if (helper && dirname(module.file) !== dirname(u.target)) findings.push(`${module.file}:${u.line}: imports ${u.target}, a helper private to its page folder`);
    }
  }
  return findings;
}

const started = performance.now();
const files = projectFiles();
const modules = new Map(files.map((file) => [file, readModule(file, files)]));
const findings = [...layering(modules), ...deadExports(modules)].sort();
for (const finding of findings) console.log(finding);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${files.length} modules read in ${seconds} s: ${findings.length === 0 ? 'no dead export, no hidden layering break' : `${findings.length} findings`}`);
process.exitCode = findings.length === 0 ? 0 : 1;
