// Command-line options of scripts/audit-patterns.ts.

export interface Options {
  patterns: string[]; // empty = all
  detectors: string[]; // empty = all
  probes: string[]; // toolchain probes to run; empty = all of them when no pattern or detector is named, else none
  record: boolean;
  cacheDir: string | undefined; // undefined = <repo>/.cache/patterns
  jobs: number; // patterns and probes checked at once; a pattern's own checks run in order, timing probes alone
  help: boolean;
}

export const USAGE = `usage: node scripts/audit-patterns.ts [--pattern id[,id...]] [--detector id[,id...]] [--probe id[,id...]] [--record] [--cache dir] [--jobs n]

Builds every pattern under playbooks/patterns/, runs each detector of the correct variant (it must
pass) and each broken variant's detector (it must fail with output matching \`expect\`).

  --pattern id    only these patterns (repeatable or comma-separated)
  --detector id   only checks that use these detectors
  --probe id      run these probes of playbooks/patterns/_probes/ (all of them run when neither
                  --pattern nor --detector is given); with only --probe, no pattern runs
  --record        rewrite playbooks/patterns/<id>/broken/<variant>.out.txt from the real output
  --cache dir     build cache (default .cache/patterns under the repository; INTERLOCK_PATTERN_CACHE too)
  --jobs n        patterns and probes checked at once (default 3: on 2 cores, 96 s cold against 105 s
                  for 2); a probe marked "Runs alone" (it times something) runs after them, by itself`;

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { patterns: [], detectors: [], probes: [], record: false, cacheDir: process.env['INTERLOCK_PATTERN_CACHE'], jobs: 3, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--pattern':
        o.patterns.push(...value().split(',').filter(Boolean));
        break;
      case '--detector':
        o.detectors.push(...value().split(',').filter(Boolean));
        break;
      case '--probe':
        o.probes.push(...value().split(',').filter(Boolean));
        break;
      case '--record':
        o.record = true;
        break;
      case '--cache':
        o.cacheDir = value();
        break;
      case '--jobs': {
        const v = value();
        if (!/^[1-9][0-9]?$/.test(v)) throw new Error(`--jobs needs a whole number from 1 to 99, not "${v}"`);
        o.jobs = Number(v);
        break;
      }
      case '-h':
      case '--help':
        o.help = true;
        break;
      default:
        throw new Error(`unknown argument "${a}"`);
    }
  }
  return o;
}
