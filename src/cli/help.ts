// `interlock <command> --help`, generated from the command's declarations. The CLI prints it and the site's
// CLI reference page shows the same text, so the two cannot differ.
import type { Command } from './command.ts';
import { helpColumn, helpColumns, optionRows } from './options.ts';
import { fillDocLinks } from './site-url.ts';

/** A command's help, generated from its declarations; handbook links point where the team hosts the site. */
export function commandHelp(command: Command, siteUrl?: string): string {
  const sections = [`Usage: ${command.usage}`, command.summary];
  if (command.intro !== undefined) sections.push(command.intro.trimEnd());
  const options = optionRows(command.options);
  const column = helpColumn([...(command.arguments ?? []), ...options]);
  if (command.arguments !== undefined) sections.push(['Arguments:', ...helpColumns(command.arguments, column)].join('\n'));
  sections.push(['Options:', ...helpColumns(options, column)].join('\n'));
  sections.push(command.help.trimEnd());
  return `${fillDocLinks(sections.join('\n\n'), siteUrl)}\n`;
}

