// Each command-line option is declared once, in its command's file. The declaration drives parsing
// (node:util parseArgs), the Options section of --help, the check every option with a fixed list of values
// shares, and the type of the values a command's run() receives.
import type { ParseArgsOptionsConfig } from 'node:util';

interface OptionSpec {
  type: 'string' | 'boolean';
  /** A one-letter alias: -o for --output. */
  short?: string;
  /** The option may be given more than once; run() receives every value, in order. */
  multiple?: boolean;
  /** The placeholder help shows after the flag: `--date <YYYY-MM-DD>`; the option's name when absent. */
  value?: string;
  /** The only values accepted; anything else is a usage error naming them. */
  choices?: readonly string[];
  /** The value run() receives when the option is left out. */
  default?: string;
  /** One paragraph for --help; wrapped to the terminal width help is written for. */
  help: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** One value of an option: one of its choices when it has them. */
type OneValue<S extends OptionSpec> = S extends { choices: ReadonlyArray<infer C extends string> } ? C : string;

/** What run() receives for each declared option. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['multiple'] extends true
      ? Array<OneValue<O[K]>>
      : O[K] extends { default: string }
        ? OneValue<O[K]>
        : OneValue<O[K]> | undefined;
};

/** The same declaration in node:util parseArgs' terms, with --help added. */
export function parseArgsConfig(specs: OptionSpecs): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(specs)) {
    config[name] = {
      type: spec.type,
      ...(spec.short !== undefined ? { short: spec.short } : {}),
      ...(spec.multiple === true ? { multiple: true } : {}),
    };
  }
  return config;
}

type RawValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/**
 * parseArgs' values checked against the declaration and given their declared shape: a boolean is true or
 * false, a repeatable option an array, a left-out option its default. Returns the problem as a usage line.
 */
export function declaredValues(specs: OptionSpecs, raw: RawValues): { values: OptionValues<OptionSpecs> } | { problem: string } {
  const values: Record<string, boolean | string | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const given = raw[name];
    if (spec.type === 'boolean') {
      values[name] = given === true;
      continue;
    }
    const list = (Array.isArray(given) ? given : given === undefined ? [] : [given]).map(String);
    for (const value of list) {
      if (spec.choices !== undefined && !spec.choices.includes(value)) return { problem: `--${name} must be one of ${spec.choices.join(', ')}` };
    }
    values[name] = spec.multiple === true ? list : (list.at(-1) ?? spec.default);
  }
  return { values: values as OptionValues<OptionSpecs> };
}

const HELP_WIDTH = 110;

/** The flag column of one option: `-o, --output <file>`. */
function flagText(name: string, spec: OptionSpec): string {
  const short = spec.short !== undefined ? `-${spec.short}, ` : '';
  return `${short}--${name}${spec.type === 'string' ? ` <${spec.value ?? name}>` : ''}`;
}

/** Words laid into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

type HelpRow = readonly [string, string];

/** Where the second column starts, for rows that are to line up (the Arguments and Options sections). */
export function helpColumn(rows: readonly HelpRow[]): number {
  return Math.max(...rows.map(([left]) => left.length)) + 4;
}

/** Two columns, the second wrapped and starting at `column`. */
export function helpColumns(rows: readonly HelpRow[], column: number): string[] {
  return rows.flatMap(([left, right]) => {
    const [first = '', ...rest] = wrapWords(right, HELP_WIDTH - column);
    return [`  ${left.padEnd(column - 2)}${first}`, ...rest.map((line) => `${' '.repeat(column)}${line}`)];
  });
}

/** The rows of the Options section: every declared option, then -h, --help. */
export function optionRows(specs: OptionSpecs): HelpRow[] {
  const rows = Object.entries(specs).map(([name, spec]) => [flagText(name, spec), spec.help] as const);
  return [...rows, ['-h, --help', 'show this help'] as const];
}
