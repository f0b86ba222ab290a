import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontData, fontPaths, parsedFonts, REQUIRED_CHARACTERS } from '../../src-main/reports/pdf/fonts';
import { woffToSfnt } from '../../src-main/reports/pdf/woff';
import { renderPdf } from '../../src-main/reports/pdf/document';
import { auditHead, generatedAt, mappedCharacters, organisation, pdfText, workDir } from './fixtures';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** fontkit is pdfkit's own font parser: load it from pdfkit's dependencies, as pdfkit does. */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  numGlyphs: number;
  layout(text: string): LaidOut;
}
interface LaidOut {
  glyphs: readonly { id: number }[];
  positions: readonly { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}
const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = requireFromPdfkit('fontkit') as { create(data: Buffer): FontkitFont };

/** Glyphs, positions and width of a laid-out word, as plain data. */
const laidOut = (run: LaidOut) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  advanceWidth: run.advanceWidth,
});

const frenchNumber = new Intl.NumberFormat('fr-FR').format(12345.6);

describe('DejaVu Sans files', () => {
  it('uses WOFF files, never WOFF2 (pdfkit’s subsetter crashes on WOFF2)', () => {
    for (const path of Object.values(fontPaths())) expect(path).toMatch(/\.woff$/);
  });

  it('unpacks the WOFF files into TrueType that fontkit reads as the full font', () => {
    for (const data of Object.values(fontData())) {
      expect(data.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
      expect(fontkit.create(data).numGlyphs).toBeGreaterThan(5000);
    }
  });

  it('refuses a file that is not WOFF 1.0, in French', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 not really a font, forty-four bytes long…'))).toThrow(/WOFF 1\.0 est attendu/);
  });

  it.each(['regular', 'bold', 'italic'] as const)('has a glyph for every character we print (%s)', (face) => {
    const font = fontkit.create(fontData()[face]);
    const missing = [...REQUIRED_CHARACTERS].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
    expect(missing.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`)).toEqual([]);
  });

  it('lays a word out as fontkit does, the first time and again from memory, kerning included', () => {
    // "AVANT" is kerned (A/V, V/A): its positions differ from the plain advances.
    const words = ['AVANT ', 'Déclaration ', 'l’Œuvre', 'VIO-2026-00042', '12\u202F345,6 '];
    for (const face of ['regular', 'bold', 'italic'] as const) {
      const reference = fontkit.create(fontData()[face]);
      const remembered = parsedFonts()[face] as unknown as FontkitFont;
      for (const word of words) {
        expect(laidOut(remembered.layout(word))).toEqual(laidOut(reference.layout(word)));
        expect(laidOut(remembered.layout(word))).toEqual(laidOut(reference.layout(word)));
      }
    }
  });

  it('covers the narrow no-break space that Intl.NumberFormat("fr-FR") puts in 12 345,6', () => {
    expect(frenchNumber).toBe('12\u202F345,6');
    expect(REQUIRED_CHARACTERS).toContain('\u202F');
    expect(REQUIRED_CHARACTERS).toContain('\u00A0');
  });
});

describe('French text in a generated PDF', () => {
  it('comes back out of the PDF character for character, including U+202F, ≥ ≤ ✓ ✗ and €', async () => {
    const sample = `Montant : ${frenchNumber} € — délai ≥ 72 h, ≤ 1 mois ✓ ✗ « Œuvre » l’élève à 20\u00A0%`;
    const pdf = await renderPdf({ organisation, auditHead, generatedAt, title: 'Essai de caractères' }, (doc) => {
      doc.paragraph(sample);
      doc.paragraph(REQUIRED_CHARACTERS.replace(/\s/g, ''));
      doc.paragraph('Texte en italique : « déjà vu »', { italic: true });
    });
    // pdftotext prints U+202F and U+00A0 as ordinary spaces: compare with those normalised…
    const text = pdfText(pdf);
    const spaced = (s: string): string => s.replace(/[\u202F\u00A0]/g, ' ');
    expect(text).toContain(spaced(sample));
    expect(text).toContain(REQUIRED_CHARACTERS.replace(/\s/g, ''));
    expect(text).toContain('12 345,6 €');
    expect(text).toContain('Texte en italique : « déjà vu »');
    // …and prove from the fonts' ToUnicode maps that they were written as themselves, with a real glyph.
    const mapped = mappedCharacters(pdf);
    const unmapped = [...REQUIRED_CHARACTERS].filter((c) => !mapped.has(c));
    expect(unmapped).toEqual([]);
  });

  it('would notice a character the font cannot draw (the check can fail)', async () => {
    // U+1F600 (emoji) is not in DejaVu Sans: pdfkit falls back to glyph 0, absent from ToUnicode.
    const pdf = await renderPdf({ organisation, auditHead, generatedAt, title: 'Contre-épreuve' }, (doc) => {
      doc.paragraph('Sourire \u{1F600}');
    });
    expect(mappedCharacters(pdf).has('\u{1F600}')).toBe(false);
    expect(mappedCharacters(pdf).has('S')).toBe(true);
  });

  it('embeds every font it uses (PDF/A forbids non-embedded fonts)', async () => {
    const pdf = await renderPdf({ organisation, auditHead, generatedAt, title: 'Polices' }, (doc) => {
      doc.title('Polices').paragraph('Normal').paragraph('Italique', { italic: true });
    });
    const file = join(workDir(), 'fonts.pdf');
    writeFileSync(file, pdf);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/DejaVuSans/);
      // Columns "emb sub uni": all three must say yes.
      expect(row).toMatch(/yes\s+yes\s+yes/);
    }
  });
});
