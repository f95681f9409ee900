// Stable diagnostic codes for everything before linting (input, YAML, schema). Lint findings use rule IDs.
// A code never changes meaning once released: scripts and CI filters match on it.
export const INPUT_CODES = {
  'input-unreadable': 'The file could not be read (missing, a directory, a device, no permission).',
  'input-too-large': 'The file is past a cost cap (bytes, lines, YAML entries, functions or types; see /limits/), so it is refused before the expensive step.',
  'input-not-utf8': 'The bytes are not valid UTF-8.',
  'input-bom': 'The file starts with a byte order mark.',
  'input-control-char': 'The text holds a control character (NUL, escape, a bidirectional override...).',
  'input-empty': 'The file holds no YAML document.',
  'input-too-many-problems': 'More problems than are worth listing; the first ones are shown.',
} as const;

export const YAML_CODES = {
  'yaml-syntax': 'The text is not well-formed YAML.',
  'yaml-duplicate-key': 'A mapping has the same key twice.',
  'yaml-alias': 'An alias (*name) was used; aliases are refused so expansion attacks are impossible.',
  'yaml-merge-key': 'A merge key (<<) was used; contracts spell every field out.',
  'yaml-tag': 'An explicit tag (!!binary, !!js/function, !custom...) was used; contracts use plain values only.',
  'yaml-directive': 'A directive other than %YAML 1.2 (for example %YAML 1.1 or %TAG) was used.',
  'yaml-multiple-documents': 'The file holds more than one YAML document.',
  'yaml-complex-key': 'A mapping key is a list, a map or null; keys are plain names.',
  'yaml-reserved-key': 'A key that JavaScript treats specially (__proto__, constructor, prototype).',
  'yaml-too-deep': 'Collections are nested deeper than any contract needs.',
} as const;

export const SCHEMA_CODES = {
  'schema-missing-field': 'A required field is absent.',
  'schema-unknown-field': 'A field the format does not define (often a typo).',
  'schema-wrong-type': 'A value has the wrong type (a number where a string is needed...).',
  'schema-bad-value': 'A value is not one of the allowed words.',
  'schema-bad-name': 'A name breaks the allow-list for its kind (C identifier, Go module path...).',
  'schema-out-of-range': 'A number or list is too small or too large.',
  'schema-invalid': 'A value does not have the required form.',
} as const;

type InputCode = keyof typeof INPUT_CODES;
export type YamlCode = keyof typeof YAML_CODES;
export type SchemaCode = keyof typeof SCHEMA_CODES;
type PreLintCode = InputCode | YamlCode | SchemaCode;

export const PRE_LINT_CODES: Readonly<Record<PreLintCode, string>> = { ...INPUT_CODES, ...YAML_CODES, ...SCHEMA_CODES };
