// ESLint guards the layering (what may import what) and a few correctness rules; style is left alone.
// .astro and .mdx files, and import.meta.glob, are checked by scripts/dead-exports.ts, which reads them.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** Where a relative import lands, as a path from the repository root; undefined for a package. */
function landing(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  return relative(ROOT, resolve(dirname(file), specifier.replace(/\?.*$/, '')));
}

/** The layering rules that need the importing file and the imported file, not only the import's text. */
function layeringProblem(from, to) {
  if (from.startsWith('src/lib/') && !to.startsWith('src/lib/')) return 'src/lib is the pure core: it imports only from src/lib';
  if (from.startsWith('src/') && /^(scripts|test)\//.test(to)) return 'no src file imports scripts/ or test/ (move what both need into src)';
  if (/^src\/pages\/(.*\/)?_[^/]*$/.test(to) && dirname(from) !== dirname(to)) return `${to} is private to its page folder`;
  return undefined;
}

const layering = {
  meta: { type: 'problem', messages: { crossing: 'import of {{to}}: {{why}}' }, schema: [] },
  create(context) {
    const file = relative(ROOT, context.filename);
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const to = landing(context.filename, node.value);
      const why = to === undefined ? undefined : layeringProblem(file, to);
      if (why !== undefined) context.report({ node, messageId: 'crossing', data: { to, why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-team/**', '.astro/**', 'node_modules/**', 'packages/cli/dist/**', 'playbooks/patterns/**/target/**', 'test-results/**', 'public/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { interlock: { rules: { layering } } },
    rules: {
      'interlock/layering': 'error',
      'no-cond-assign': 'error',
      'no-dupe-else-if': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-self-compare': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'no-unsafe-negation': 'error',
      'use-isnan': 'error',
      'valid-typeof': 'error',
      'no-debugger': 'error',
      // A URL's pathname keeps percent-escapes: a clone in "my projects/" would look for "my%20projects/".
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name='pathname'][object.type='NewExpression'][object.callee.name='URL'][object.arguments.1.object.type='MetaProperty']",
        message: 'a file path from a URL is fileURLToPath(new URL(...)) (or interlockRoot()): .pathname keeps %20',
      }],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'src/lib runs in browsers too: no Node built-ins' })),
        patterns: [
          { group: ['node:*'], message: 'src/lib runs in browsers too: no Node built-ins' },
          { group: ['astro', 'astro/*', 'astro:*', '@astrojs/*'], message: 'src/lib is shared by the CLI and the site: no Astro' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require'].map((name) => ({ name, message: 'src/lib is pure: Node globals belong in src/node or src/cli' })),
        ...['document', 'window', 'localStorage', 'navigator'].map((name) => ({ name, message: 'src/lib is pure: the DOM belongs in src/wizard or a component' })),
      ],
    },
  },
);
