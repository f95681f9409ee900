// The header preprocessor subset: decorations blanked, declaration macros expanded in place, line numbers kept.
// Each case is a header idiom seen in a real library's C API (wasm.h, wasi.h, wasmtime's component headers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectMacros, expandHeaderMacros, headerIncludes } from '../../../src/lib/code/c-macros.ts';

function expand(text: string, ...others: string[]): string {
  return expandHeaderMacros(text, collectMacros([...others, text]));
}

test('an empty decoration becomes spaces of its own length, and the line keeps its columns', () => {
  const out = expand(['#define API', '#define own', 'API own thing_t *thing_new(void);'].join('\n'));
  assert.equal(out.split('\n')[2], '        thing_t *thing_new(void);');
});

test('a decoration defined empty in one branch and __declspec in the other is blanked, as a non-Windows build sees it', () => {
  const text = ['#ifdef _WIN32', '#define API __declspec(dllimport)', '#else', '#define API', '#endif', 'API void f(void);'].join('\n');
  assert.equal(expand(text).split('\n')[5], '    void f(void);');
});

test('an alias of a blank decoration is blank; a macro that stands for a value is left alone', () => {
  const text = ['#define BASE', '#define LIB_API BASE', '#define LIMIT (1 << 4)', 'LIB_API int f(int x[LIMIT]);'].join('\n');
  assert.equal(expand(text).split('\n')[3], '        int f(int x[LIMIT]);');
});

test('a declaration macro is expanded on its own line: ## pastes, parameters are replaced, nested decorations vanish', () => {
  const text = ['#define API', '#define DECLARE_OWN(name) \\', '  typedef struct lib_##name##_t lib_##name##_t; \\', '  API void lib_##name##_delete(lib_##name##_t *);', '', 'DECLARE_OWN(engine)', 'int after(void);'].join('\n');
  const lines = expand(text).split('\n');
  assert.equal(lines.length, 7);
  assert.match(lines[5]!, /^typedef struct lib_engine_t lib_engine_t; +void lib_engine_delete\(lib_engine_t \*\);$/);
  assert.equal(lines[6], 'int after(void);');
  // The definition itself is blanked (the grammar trips on such bodies), keeping its lines.
  assert.deepEqual(lines.slice(1, 4).map((l) => l.trim()), ['', '', '']);
});

test('an invocation whose arguments run onto the next line is joined; the lines it used become empty', () => {
  const text = ['#define VEC(name, type) typedef struct { type *data; } name##_t;', 'VEC(list,', '    struct item)', 'int n;'].join('\n');
  assert.deepEqual(expand(text).split('\n'), ['', 'typedef struct { struct item *data; } list_t;', '', 'int n;'].map((l, i) => (i === 0 ? ' '.repeat(text.split('\n')[0]!.length) : l)));
});

test('#x makes a string and ## is not mistaken for it', () => {
  const text = ['#define NAMED(n) const char *n##_name = #n;', 'NAMED(width)'].join('\n');
  assert.equal(expand(text).split('\n')[1], 'const char *width_name = "width";');
});

test('a name one header defines and #undefs is its own: another header using the word keeps it', () => {
  const wasm = ['#define own', 'own int *take(void);', '#undef own'].join('\n');
  const other = 'struct s { int *own; };';
  assert.equal(expand(wasm).split('\n')[1], '    int *take(void);');
  assert.equal(expand(other, wasm), other);
});

test('a file\'s own definition wins over another file\'s macro of the same name', () => {
  const a = ['#define DECLARE(n) int a_##n;', '#undef DECLARE'].join('\n');
  const b = ['#define DECLARE(n) long b_##n;', 'DECLARE(x)'].join('\n');
  assert.equal(expand(b, a).split('\n')[1], 'long b_x;');
});

test('comments and directives are never rewritten', () => {
  const text = ['#define API', '// API in a comment', '/* API', '   API */', '#ifdef API', 'int x; // API'].join('\n');
  assert.deepEqual(expand(text).split('\n').slice(1), ['// API in a comment', '/* API', '   API */', '#ifdef API', 'int x; // API']);
});

test('includes: quoted and system, with their paths as written', () => {
  assert.deepEqual(headerIncludes(['#include <stdint.h>', '  #  include "detail/types.h"', '// #include "no.h"', '#include <lib/api.h>'].join('\n')), [
    { path: 'stdint.h', system: true },
    { path: 'detail/types.h', system: false },
    { path: 'lib/api.h', system: true },
  ]);
});
