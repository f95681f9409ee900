// What a static probe is: a rule over the boundary model, documented like a lint rule and tied to an audit rule.
import type { Boundary } from '../model.ts';
import type { Pos } from '../syntax.ts';

interface ProbeMeta {
  id: string;
  title: string;
  severity: 'error' | 'warning';
  /** Which code it reads. */
  reads: 'rust' | 'go';
  /** The audit rule (playbooks/rules/IL-*.yaml) whose verify step this probe answers. */
  answers: string;
  description: string;
  rationale: string;
  /** messageId -> template; `{name}` is replaced by data.name. */
  messages: Readonly<Record<string, string>>;
}

export interface Finding {
  probe: string;
  messageId: string;
  /** Template data; `subject` is the stable name of what was found (a function), used by expectation files. */
  data: Readonly<Record<string, string>> & { subject: string };
  pos: Pos;
}

export interface Probe {
  meta: ProbeMeta;
  check(boundary: Boundary): Finding[];
}

export function render(meta: ProbeMeta, f: Finding): string {
  const template = meta.messages[f.messageId] ?? f.messageId;
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => f.data[key] ?? `{${key}}`);
}
