/** Shared test data for the document layer: one organisation, one audit-log head, one instant. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Organisation } from '../../src-main/shared/schemas/organisation';

export const organisation: Organisation = {
  name: 'Mutuelle Santé Exemple & Prévoyance',
  siren: '775671019',
  address: { street: '12 rue de l’Université', postalCode: '67000', city: 'Strasbourg', country: 'France' },
  dpoName: 'Hélène Lefèvre',
  dpoEmail: 'dpo@mutuelle-exemple.fr',
  dpoPhone: '03 88 00 00 00',
  alsaceMoselle: true,
  updatedAt: '2026-01-02T08:00:00.000Z',
  missing: [],
};

export const auditHead = { seq: 4242, hash: 'a3f1c9e07b5d2468ace0135798bdf0246813579bdf02468ace13579bdf024681' };

/** 13:30 UTC in winter is 14:30 in Paris. */
export const generatedAt = '2026-03-05T13:30:00.000Z';

export const workDir = (): string => mkdtempSync(join(tmpdir(), 'dpo-reports-'));

/** Text of a PDF as poppler lays it out (`pdftotext -layout`). */
export function pdfText(pdf: Buffer): string {
  const file = join(workDir(), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Text of each page, split on the form feed pdftotext puts between pages. */
export function pdfPages(pdf: Buffer): string[] {
  return pdfText(pdf).split('\f').filter((page) => page.trim() !== '');
}

export function pdfInfo(pdf: Buffer): string {
  const file = join(workDir(), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

/** Renders page 1 to /tmp/<name>-1.png (50 dpi) for a look by eye; never asserted on. */
export function previewFirstPage(pdf: Buffer, name: string): void {
  const file = join(workDir(), 'doc.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(tmpdir(), name)]);
}

/**
 * Every Unicode character the PDF's embedded fonts declare in their ToUnicode maps. pdftotext prints
 * U+202F and U+00A0 as plain spaces, so this is how a test proves they were written as themselves:
 * pdfkit maps a character the font lacks to glyph 0, which never appears in these maps.
 */
export function mappedCharacters(pdf: Buffer): Set<string> {
  const found = new Set<string>();
  const binary = pdf.toString('latin1');
  for (const match of binary.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let text: string;
    try {
      text = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    if (!text.includes('beginbfrange') && !text.includes('beginbfchar')) continue;
    for (const hex of text.matchAll(/<([0-9a-fA-F]{4,})>/g)) {
      const code = Number.parseInt(hex[1] ?? '0', 16);
      if (code > 0) found.add(String.fromCodePoint(code));
    }
  }
  return found;
}
