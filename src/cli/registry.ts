// The commands, each loaded only when named, so a heavy command (a browser for diagrams) costs nothing to
// `interlock check`. A list, not a folder scan: the CLI also runs bundled (the interlock-cli package, the
// site's build), where src/cli/commands/ does not exist. A unit test keeps the list equal to the folder.
import type { Command } from './command.ts';

type Loader = () => Promise<{ command?: Command }>;

const LOADERS: Record<string, Loader> = {
  bundle: () => import('./commands/bundle.ts'),
  check: () => import('./commands/check.ts'),
  checklist: () => import('./commands/checklist.ts'),
  diagram: () => import('./commands/diagram.ts'),
  diff: () => import('./commands/diff.ts'),
  drift: () => import('./commands/drift.ts'),
  evidence: () => import('./commands/evidence.ts'),
  init: () => import('./commands/init.ts'),
};

export function commandNames(): string[] {
  return Object.keys(LOADERS).sort();
}

export async function loadCommand(name: string): Promise<Command | undefined> {
  if (!Object.hasOwn(LOADERS, name)) return undefined;
  const command = (await LOADERS[name]!()).command;
  if (command === undefined || command.name !== name) {
    throw new Error(`src/cli/commands/${name}.ts must export a command named "${name}"`);
  }
  return command;
}

export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(commandNames().map(async (name) => (await loadCommand(name))!));
}
