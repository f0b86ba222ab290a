import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kitGroups, recoveryKitPdf } from '../../src-main/reports/recovery-kit-pdf';
import { decodeRecoveryKit, encodeRecoveryKit } from '../../src-main/store/recovery-kit';
import { auditHead, generatedAt, organisation, pdfPages, pdfText, previewFirstPage } from './fixtures';

// A real kit, made by the store's encoder, so the PDF is tested against the format users will type.
const key = randomBytes(32);
const kit = encodeRecoveryKit(key);
const input = {
  organisation,
  kit,
  keyId: 'k-7f3a9c21',
  createdAt: '2026-03-05T13:25:00Z',
  vaultPath: '/home/helene/.local/share/dpo-workbench/workbench.db',
  generatedAt,
  auditHead,
};

describe('the printable recovery kit', () => {
  it('prints every group of the kit, in order, each as one word', async () => {
    const pdf = await recoveryKitPdf(input);
    const groups = kitGroups(kit);
    expect(groups.length).toBeGreaterThanOrEqual(10);
    const words = pdfText(pdf).split(/\s+/);
    const positions = groups.map((g) => words.indexOf(g));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    previewFirstPage(pdf, 'dpo-recovery-kit');
  });

  it('prints groups that, typed back in order, open the vault key', async () => {
    const pdf = await recoveryKitPdf(input);
    const words = new Set(pdfText(pdf).split(/\s+/));
    const typed = kitGroups(kit).filter((g) => words.has(g)).join('-');
    expect(decodeRecoveryKit(typed).equals(key)).toBe(true);
  });

  it('identifies the vault: organisation, SIREN, issue date in Paris time, key identifier and database file', async () => {
    const text = pdfText(await recoveryKitPdf(input));
    expect(text).toMatch(/Organisme\s+Mutuelle Santé Exemple & Prévoyance/);
    expect(text).toMatch(/SIREN\s+775 671 019/);
    expect(text).toMatch(/Kit émis le\s+05\/03\/2026 à 14:25 \(heure de Paris\)/);
    expect(text).toMatch(/Identifiant de la clé\s+k-7f3a9c21/);
    expect(text).toContain('/home/helene/.local/share/dpo-workbench/workbench.db');
  });

  it('explains what it is, how to keep it, how to use it and when it becomes obsolete', async () => {
    const text = pdfText(await recoveryKitPdf(input)).replace(/\s+/g, ' ');
    expect(text).toContain('Écrivez ici où ce kit est rangé');
    expect(text).toContain('ouvre le coffre à lui seul, avec le fichier de la base de données');
    expect(text).toContain('même si toutes les phrases secrètes et le trousseau de clés sont perdus');
    expect(text).toContain('hors ligne et sous clé');
    expect(text).toContain('« dpo unlock --recovery »');
    expect(text).toContain('« Kit de récupération »');
    expect(text).toContain('Une rotation de la clé de chiffrement émet un nouveau kit');
  });

  it('carries the running header and footer on each page', async () => {
    const pages = pdfPages(await recoveryKitPdf(input));
    pages.forEach((page, i) => {
      expect(page).toContain('Hélène Lefèvre');
      expect(page).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(page).toContain(auditHead.hash);
    });
  });

  it('says so in the footer when printed without an audit-log head', async () => {
    const text = pdfText(await recoveryKitPdf({ ...input, auditHead: null }));
    expect(text).toContain("Empreinte du journal d'audit : non disponible pour ce document");
  });

  it('refuses an empty kit with a French sentence', async () => {
    await expect(recoveryKitPdf({ ...input, kit: '  ' })).rejects.toThrow(/Kit de récupération vide ou illisible/);
  });
});
