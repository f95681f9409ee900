// The audit bundle: checklist, contract, the pattern projects that apply and audit.sh, as one deterministic zip.
// The CLI and the wizard both call bundleFromChecklist, so the same answers and date give the same bytes.
import { libraryNameProblem } from '../contract/names.ts';
import { scanEvidenceMarkdown, type RuleEvidence } from '../code/scan-evidence.ts';
import { checklistRules, type Checklist } from '../engine/checklist.ts';
import type { Postmortem } from '../engine/postmortem.ts';
import type { DetectorId } from '../patterns/schema.ts';
import { labScript } from './lab-script.ts';
import { teamAuditScript } from './team-audit-script.ts';
import { contractSkeleton } from './contract-skeleton.ts';
import { checklistJsonText } from './json.ts';
import { checklistMarkdown, postmortemMarkdown } from './markdown.ts';
import { writeZip, zipPathProblem, type ZipEntry } from './zip.ts';

/** One file of a pattern project, its path relative to the pattern folder. */
export interface BundleFile {
  path: string;
  data: Uint8Array;
}

interface BundlePattern {
  /** The folder name under playbooks/patterns/. */
  id: string;
  title: string;
  /** The detectors the correct variant must pass (pattern.yaml `detectors`). */
  detectors: readonly DetectorId[];
  files: readonly BundleFile[];
}

interface BundleInput {
  /** The project name, checked by the caller with the engine's validator and checked again here. */
  project: string;
  toolVersion: string;
  /** The engine's Markdown and JSON exports, byte for byte. */
  markdown: string;
  json: string;
  /** The postmortem document, in postmortem mode. */
  postmortem?: string;
  /** The project's contract: the one the user gave, or the skeleton written from the answers. */
  contract: string;
  patterns: readonly BundlePattern[];
  /** playbooks/patterns/_shared, relative to it: included whenever a pattern is. */
  shared: readonly BundleFile[];
  /** Every pattern ID in the library; a pattern outside it is refused. */
  knownPatterns: ReadonlySet<string>;
  /** audit.sh's defaults for the team's code: the contract's sources: (relative to the contract). */
  code?: { go?: string; rust?: string };
}

type BundleResult = { ok: true; zip: Uint8Array; paths: string[] } | { ok: false; problems: string[] };

/** The folder everything unpacks into, so unzip never scatters files over the current directory. */
export const BUNDLE_ROOT = 'interlock-audit';

const PATTERN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const utf8 = new TextEncoder();

function readme(input: BundleInput, patterns: readonly BundlePattern[]): string {
  const go = input.code?.go;
  const rust = input.code?.rust;
  const defaults = go !== undefined ? ` (defaults from the contract's sources: \`--go ${go}${rust !== undefined ? ` --rust ${rust}` : ''}\`, relative to the folder that holds the contract)` : '';
  const lines = [
    `# Interlock audit bundle for ${input.project}`,
    '',
    `Written by interlock ${input.toolVersion}. Everything here came from your answers (or your contract).`,
    '',
    '| file | what it is |',
    '| --- | --- |',
    ...(input.postmortem !== undefined ? ['| `POSTMORTEM.md` | the blameless postmortem: incident, fault class, the checks that would have caught it, action items |'] : []),
    '| `CHECKLIST.md` | the audit checklist as Markdown task lists: paste it into an issue, pull request or postmortem |',
    '| `checklist.json` | the same checklist as JSON, for tools |',
    '| `contract.yaml` | the boundary contract: check it with `interlock check contract.yaml` |',
    '| `audit.sh` | runs the detectors on YOUR Go module and Rust crate and says what it ran on |',
    ...(patterns.length > 0 ? ["| `lab/` | the pattern lab: Interlock's example projects for the patterns your answers call for, and `lab.sh` to run them; not your code |"] : []),
    '',
    '## Audit your code',
    '',
    'It needs Go 1.26 or newer, Rust (cargo) and a C compiler. From the folder that holds your contract:',
    '',
    '```sh',
    `sh ${BUNDLE_ROOT}/audit.sh --go path/to/go/module --rust path/to/rust/crate`,
    '```',
    '',
    `audit.sh builds and tests the crate, then runs go vet, go test, the race detector, AddressSanitizer, cgocheck2 and GC and scheduler pressure on the Go module${defaults}. Each check's output stays in \`audit-logs/\`, ready to attach as evidence; the first lines name the module, the crate and the tool versions it ran with.`,
    '',
  ];
  if (patterns.length > 0) {
    lines.push("## The pattern lab (Interlock's examples, not your code)", '');
    for (const p of patterns) lines.push(`- \`lab/patterns/${p.id}/\`: ${p.title}`);
    lines.push(
      '',
      'Unzip into a folder whose path has no spaces or quotes (cgo splits CGO_LDFLAGS at white space), then',
      `\`sh ${BUNDLE_ROOT}/lab/lab.sh\` builds each example and runs the detectors its correct variant must pass. Each`,
      "`lab/patterns/<id>/pattern.yaml` lists broken variants under `broken:` with the Go build tag or cargo feature that",
      'switches each on and the detector that catches it: run them to see what the detectors report before they report it on your code.',
      '',
    );
  }
  return lines.join('\n');
}

/** Paths audit.sh may default to: the contract's sources: when they cannot leave a shell quote or pose as an option. */
function safeCodePaths(paths: Checklist['meta']['paths']): { go?: string; rust?: string } | undefined {
  const safe = (p: string | undefined): p is string => p !== undefined && /^(?!-)[A-Za-z0-9._/-]{1,200}$/.test(p);
  const out = { ...(safe(paths?.go) ? { go: paths.go } : {}), ...(safe(paths?.rust) ? { rust: paths.rust } : {}) };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Builds the bundle, or says why it cannot. Entry paths come only from fixed names and validated pattern IDs. */
export function buildBundle(input: BundleInput): BundleResult {
  const problems: string[] = [];
  if (libraryNameProblem(input.project) !== undefined) problems.push(`project name ${JSON.stringify(input.project.slice(0, 40))} is not a validated name`);
  const seen = new Set<string>();
  for (const p of input.patterns) {
    if (!PATTERN_ID.test(p.id) || !input.knownPatterns.has(p.id)) problems.push(`pattern ${JSON.stringify(p.id.slice(0, 40))} is not in the pattern library`);
    if (seen.has(p.id)) problems.push(`pattern ${p.id} is listed twice`);
    seen.add(p.id);
    for (const f of p.files) {
      const problem = zipPathProblem(f.path);
      if (problem !== undefined) problems.push(`patterns/${p.id}: file path ${problem}`);
    }
  }
  for (const f of input.shared) {
    const problem = zipPathProblem(f.path);
    if (problem !== undefined) problems.push(`patterns/_shared: file path ${problem}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const patterns = [...input.patterns].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byPath = (a: BundleFile, b: BundleFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const entries: ZipEntry[] = [
    { path: 'README.md', data: utf8.encode(readme(input, patterns)) },
    ...(input.postmortem !== undefined ? [{ path: 'POSTMORTEM.md', data: utf8.encode(input.postmortem) }] : []),
    { path: 'CHECKLIST.md', data: utf8.encode(input.markdown) },
    { path: 'checklist.json', data: utf8.encode(input.json) },
    { path: 'contract.yaml', data: utf8.encode(input.contract) },
    {
      path: 'audit.sh',
      data: utf8.encode(teamAuditScript({ project: input.project, toolVersion: input.toolVersion, ...(input.code?.go !== undefined ? { goDir: input.code.go } : {}), ...(input.code?.rust !== undefined ? { rustDir: input.code.rust } : {}) })),
      executable: true,
    },
  ];
  if (patterns.length > 0) {
    const lab = labScript({ project: input.project, toolVersion: input.toolVersion, patterns: patterns.map((p) => ({ id: p.id, detectors: p.detectors })) });
    entries.push({ path: 'lab/lab.sh', data: utf8.encode(lab), executable: true });
    for (const f of [...input.shared].sort(byPath)) entries.push({ path: `lab/patterns/_shared/${f.path}`, data: f.data });
  }
  for (const p of patterns) {
    for (const f of [...p.files].sort(byPath)) entries.push({ path: `lab/patterns/${p.id}/${f.path}`, data: f.data });
  }
  const rooted = entries.map((e) => ({ ...e, path: `${BUNDLE_ROOT}/${e.path}` }));
  return { ok: true, zip: writeZip(rooted), paths: rooted.map((e) => e.path) };
}

/** A pattern the caller has the files of (read from disk by the CLI, fetched by the wizard). */
export interface AvailablePattern {
  title: string;
  detectors: readonly DetectorId[];
  files: readonly BundleFile[];
}

/** What decides whether a pattern applies: the facts its pattern.yaml declares. */
type PatternFacts = ReadonlyMap<string, readonly string[]>;

/**
 * The patterns a checklist calls for: those its rules name whose declared facts meet the checklist's facts,
 * plus in postmortem mode the fault class's patterns. A rule that applies to every boundary may name any
 * pattern, so through such a rule a pattern counts only when its first (defining) fact holds: answering "no
 * handles" leaves the handle patterns out. Only patterns the library has; sorted.
 */
export function bundlePatternIds(checklist: Checklist, postmortem: Postmortem | undefined, library: PatternFacts): string[] {
  const facts = new Set(checklist.facts);
  const ids = new Set<string>();
  for (const rule of checklistRules(checklist)) {
    for (const p of rule.patterns) {
      const declared = library.get(p) ?? [];
      const fits = rule.when === undefined ? declared[0] !== undefined && facts.has(declared[0]) : declared.some((f) => facts.has(f));
      if (fits) ids.add(p);
    }
  }
  for (const p of postmortem?.faultClass.patterns ?? []) if (library.has(p)) ids.add(p);
  return [...ids].sort();
}

interface ChecklistBundleRequest {
  checklist: Checklist;
  postmortem?: Postmortem;
  /** The user's own contract text (interlock bundle --contract); otherwise a skeleton is written from the facts. */
  contract?: string;
  toolVersion: string;
  /** Patterns whose files the caller loaded: at least every one bundlePatternIds returned. */
  patterns: Readonly<Record<string, AvailablePattern>>;
  shared: readonly BundleFile[];
  /** Every pattern in the library with its declared facts. */
  library: PatternFacts;
  /** interlock bundle --scan: what the static probes found in the team's code, per checklist rule. */
  code?: { evidence: readonly RuleEvidence[]; unanswered: number };
}

/**
 * Checklist -> bundle. The project name is required (it names the contract and the audit); the crate defaults
 * to the project and the Go module to example.com/<crate>, both visibly placeholders in the contract.
 */
export function bundleFromChecklist(req: ChecklistBundleRequest): BundleResult {
  const meta = req.checklist.meta;
  if (meta.project === undefined) {
    return { ok: false, problems: ['the bundle needs a project name: give one in the wizard, the answers file (project:) or the contract'] };
  }
  const ids = bundlePatternIds(req.checklist, req.postmortem, req.library);
  const missing = ids.filter((id) => req.patterns[id] === undefined);
  if (missing.length > 0) return { ok: false, problems: [`the files of pattern(s) ${missing.join(', ')} were not loaded`] };
  const library = meta.crate ?? meta.project;
  const contract =
    req.contract ??
    contractSkeleton({
      library,
      goPackage: meta.goModule ?? `example.com/${library}`,
      facts: new Set(req.checklist.facts),
      toolVersion: req.toolVersion,
      ...(meta.abi !== undefined ? { abi: meta.abi } : {}),
    });
  const input: BundleInput = {
    project: meta.project,
    toolVersion: req.toolVersion,
    markdown: checklistMarkdown(req.checklist) + (req.code !== undefined ? scanEvidenceMarkdown(req.code.evidence, req.code.unanswered) : ''),
    json: checklistJsonText(req.checklist, req.postmortem, req.code?.evidence),
    contract,
    patterns: ids.map((id) => {
      const p = req.patterns[id] as AvailablePattern;
      return { id, title: p.title, detectors: p.detectors, files: p.files };
    }),
    shared: req.shared,
    knownPatterns: new Set(req.library.keys()),
  };
  const code = safeCodePaths(meta.paths);
  if (code !== undefined) input.code = code;
  if (req.postmortem !== undefined) input.postmortem = postmortemMarkdown(req.checklist, req.postmortem);
  return buildBundle(input);
}
