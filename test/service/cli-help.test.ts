/**
 * The `dpo` command speaks French in its help and usage errors too, not only in its own messages:
 * commander's English words (« Usage: », « Options: », « display help for command ») are replaced.
 */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src-main/cli/main';
import { frenchCommanderError, frenchExtras, frenchUsage } from '../../src-main/cli/french-help';
import { dpo } from '../helpers/raw';

const ENGLISH = /Usage:|Options:|Commands:|Arguments:|display help|default:|\[command\]/;

describe('dpo --help', () => {
  it('prints the help in French, exit code 0', () => {
    const r = dpo(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Utilisation : dpo \[options\] \[commande\]/);
    expect(r.stdout).toContain('Options :');
    expect(r.stdout).toContain('Commandes :');
    expect(r.stdout).toMatch(/-h, --help\s+affiche l’aide de la commande/);
    expect(r.stdout).toMatch(/help \[commande\]\s+affiche l’aide d’une commande/);
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('explains an unknown option in French and suggests the right one, exit code 2', () => {
    const r = dpo(['--vaul', '/tmp/x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('dpo : option inconnue « --vaul ».');
    expect(r.stderr).toContain('Vouliez-vous dire --vault ?');
    expect(r.stderr).not.toMatch(/error:|Did you mean/);
  });
});

describe('the help of every subcommand', () => {
  it('is French, with French titles and defaults', () => {
    const program = buildProgram();
    for (const command of [program, ...program.commands]) {
      const help = command.helpInformation();
      expect(help, command.name()).toMatch(/^Utilisation : /);
      expect(help, command.name()).not.toMatch(ENGLISH);
    }
    const demo = program.commands.find((c) => c.name() === 'demo');
    expect(demo?.helpInformation()).toContain('(défaut : "1")');
  });
});

describe('commander messages in French', () => {
  it('translates the usage errors that say what to fix', () => {
    expect(frenchCommanderError("error: missing required argument 'method'\n")).toBe('dpo : argument obligatoire manquant « method ».\n');
    expect(frenchCommanderError("error: option '--out <file>' argument missing\n")).toBe('dpo : l’option « --out <file> » attend une valeur.\n');
    expect(frenchCommanderError("error: unknown command 'exprot'\n(Did you mean export?)\n")).toBe('dpo : commande inconnue « exprot ».\nVouliez-vous dire export ?\n');
    expect(frenchCommanderError("error: too many arguments for 'verify'. Expected 0 arguments but got 1.\n")).toBe(
      'dpo : trop d’arguments pour « verify » (0 attendu, 1 reçu).\n',
    );
  });

  it('keeps an unknown message, with our prefix instead of « error: »', () => {
    expect(frenchCommanderError('error: something new\n')).toBe('dpo : something new\n');
  });

  it('translates the extras and placeholders commander adds', () => {
    expect(frenchExtras('graine (default: "2026")')).toBe('graine (défaut : "2026")');
    expect(frenchExtras('format (choices: "pdf", "xlsx", default: "pdf")')).toBe('format (valeurs possibles : "pdf", "xlsx", défaut : "pdf")');
    expect(frenchUsage('[options] [command]')).toBe('[options] [commande]');
  });
});
