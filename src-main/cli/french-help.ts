/**
 * French help and usage errors for the `dpo` command. commander writes its own words in English
 * (« Usage: », « Options: », « display help for command », « error: unknown option »…): they are
 * replaced here, so that every line the DPO reads is French like the rest of the workbench.
 * Call `frenchHelp(program)` before adding subcommands: commander copies these settings into each
 * subcommand when it is created.
 */
import { Help, type Command } from 'commander';

/** commander's section titles (Help.styleTitle is called with each of them). */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options globales :',
};

export const HELP_OPTION_DESCRIPTION = 'affiche l’aide de la commande';
export const HELP_COMMAND_DESCRIPTION = 'affiche l’aide d’une commande';

export function frenchTitle(title: string): string {
  return TITLES[title] ?? title;
}

/** The usage line: commander's own placeholders in French (user-defined argument names are kept). */
export function frenchUsage(usage: string): string {
  return usage.replace(/\[command\]/g, '[commande]');
}

/** The extras commander appends to a description: « (default: "1") » → « (défaut : "1") ». */
export function frenchExtras(description: string): string {
  return description
    .replace(/([(,] ?)default: /g, '$1défaut : ')
    .replace(/([(,] ?)choices: /g, '$1valeurs possibles : ')
    .replace(/([(,] ?)preset: /g, '$1valeur sans argument : ')
    .replace(/([(,] ?)env: /g, '$1variable d’environnement : ');
}

/** commander's usage errors, one pattern each, turned into French sentences that say what to fix. */
const ERRORS: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^']*)'/, (flag = '') => `dpo : option inconnue « ${flag} ».`],
  [/^error: unknown command '([^']*)'/, (name = '') => `dpo : commande inconnue « ${name} ».`],
  [/^error: missing required argument '([^']*)'/, (name = '') => `dpo : argument obligatoire manquant « ${name} ».`],
  [/^error: option '([^']*)' argument missing/, (flags = '') => `dpo : l’option « ${flags} » attend une valeur.`],
  [/^error: required option '([^']*)' not specified/, (flags = '') => `dpo : l’option « ${flags} » est obligatoire.`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (cmd = '', expected = '', got = '') =>
    `dpo : trop d’arguments${cmd ? ` pour « ${cmd} »` : ''} (${expected} attendu${Number(expected) > 1 ? 's' : ''}, ${got} reçu${Number(got) > 1 ? 's' : ''}).`],
  [/^error: (.*) cannot be used with (.*)$/m, (a = '', b = '') => `dpo : ${a} ne peut pas être utilisée avec ${b}.`],
];

/** One commander error message in French; an unknown one is kept, prefixed like our own errors. */
export function frenchCommanderError(message: string): string {
  const [first = '', ...rest] = message.replace(/\n$/, '').split('\n');
  let line = first.replace(/^error: /, 'dpo : ');
  for (const [pattern, render] of ERRORS) {
    const match = pattern.exec(first);
    if (match) {
      line = render(...match.slice(1).map((g) => g ?? ''));
      break;
    }
  }
  const suggestion = rest
    .join('\n')
    .replace(/\(Did you mean one of (.*)\?\)/, 'Vouliez-vous dire l’une de : $1 ?')
    .replace(/\(Did you mean (.*)\?\)/, 'Vouliez-vous dire $1 ?');
  return `${line}${suggestion ? `\n${suggestion}` : ''}\n`;
}

/** Sets the French help option, help command, titles and errors on the program (inherited by subcommands). */
export function frenchHelp(program: Command): Command {
  const base = new Help();
  return program
    .helpOption('-h, --help', HELP_OPTION_DESCRIPTION)
    .helpCommand('help [commande]', HELP_COMMAND_DESCRIPTION)
    .configureHelp({
      styleTitle: frenchTitle,
      commandUsage: (cmd) => frenchUsage(base.commandUsage(cmd)),
      subcommandTerm: (cmd) => frenchUsage(base.subcommandTerm(cmd)),
      optionDescription: (option) => frenchExtras(base.optionDescription(option)),
      argumentDescription: (argument) => frenchExtras(base.argumentDescription(argument)),
    })
    .configureOutput({ outputError: (message, write) => write(frenchCommanderError(message)) });
}
