import { contract, METHOD_NAMES } from './contract';
import { ROLES } from './roles';

/** The role × method matrix as a Markdown table (written into the README, checked by a test). */
export function roleMatrixMarkdown(): string {
  const header = `| Méthode | ${ROLES.join(' | ')} | Effet |`;
  const sep = `|---|${ROLES.map(() => ':-:').join('|')}|---|`;
  const rows = METHOD_NAMES.map((name) => {
    const def = contract[name];
    const cells = ROLES.map((r) => (def.roles === 'public' ? 'public' : (def.roles as readonly string[]).includes(r) ? '✔' : '—'));
    return `| \`${name}\` | ${cells.join(' | ')} | ${def.summary} |`;
  });
  return [header, sep, ...rows].join('\n');
}
