// Finds commands: each file in src/cli/commands/ exports `command`. Loading one command imports only its
// file, so a heavy command (a browser for diagrams) costs nothing to `interlock check`.
import { readdirSync } from 'node:fs';
import type { Command } from './command.ts';

const COMMANDS_DIR = new URL('./commands/', import.meta.url);
const COMMAND_NAME = /^[a-z][a-z0-9-]{0,31}$/;

export function commandNames(): string[] {
  return readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => COMMAND_NAME.test(n))
    .sort();
}

export async function loadCommand(name: string): Promise<Command | undefined> {
  if (!COMMAND_NAME.test(name) || !commandNames().includes(name)) return undefined;
  const mod = (await import(new URL(`${name}.ts`, COMMANDS_DIR).href)) as { command?: Command };
  const command = mod.command;
  if (command === undefined || command.name !== name) {
    throw new Error(`src/cli/commands/${name}.ts must export a command named "${name}"`);
  }
  return command;
}

export async function loadAllCommands(): Promise<Command[]> {
  const all: Command[] = [];
  for (const name of commandNames()) {
    const c = await loadCommand(name);
    if (c !== undefined) all.push(c);
  }
  return all;
}
