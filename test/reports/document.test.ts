import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderPdf, renderPdfTo, WORD_CACHE_PAGES, type DocumentMeta, type ReportDocument } from '../../src-main/reports/pdf/document';
import { AUDIT_HASH_LABEL } from '../../src-main/reports/pdf/page-frame';
import { auditHead, generatedAt, organisation, pdfInfo, pdfPages, pdfText, previewFirstPage } from './fixtures';

const meta: DocumentMeta = { organisation, auditHead, generatedAt, title: 'Registre des violations — 1er trimestre 2026' };

const breachRows = (count: number): string[][] =>
  Array.from({ length: count }, (_, i) => [
    `V-2026-${String(i + 1).padStart(3, '0')}`,
    '05/03/2026 14:30',
    'Envoi d’un relevé de remboursements à un mauvais destinataire',
    i % 2 === 0 ? '✓' : '✗',
  ]);

const breachColumns = [
  { header: 'Référence', width: 1 },
  { header: 'Connaissance', width: 1.2 },
  { header: 'Description', width: 3 },
  { header: 'Notifiée', width: 0.7, align: 'center' as const },
];

describe('every page of a report', () => {
  it('carries the organisation, its SIREN, the DPO and the footer with page n / N and the audit hash', async () => {
    const pdf = await renderPdf(meta, (doc) => {
      doc.title('Registre des violations', 'Article 33(5) du RGPD');
      doc.heading('Violations');
      doc.table({ columns: breachColumns, rows: breachRows(80) });
    });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain('Mutuelle Santé Exemple & Prévoyance');
      expect(page).toContain('SIREN 775 671 019');
      expect(page).toContain('Hélène Lefèvre');
      expect(page).toContain('dpo@mutuelle-exemple.fr');
      expect(page).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(page).toContain(`${AUDIT_HASH_LABEL} ${auditHead.hash}`);
      // 13:30 UTC on 5 March is 14:30 in Paris (UTC+1 in winter), whatever the machine's zone.
      expect(page).toContain('Généré le 05/03/2026 à 14:30 (heure de Paris)');
    });
    previewFirstPage(pdf, 'dpo-report');
  });

  it('prints the generation instant in Paris summer time after the DST change', async () => {
    const pdf = await renderPdf({ ...meta, generatedAt: '2026-07-01T10:00:00Z' }, (doc) => doc.paragraph('Été'));
    expect(pdfText(pdf)).toContain('Généré le 01/07/2026 à 12:00 (heure de Paris)');
  });

  it('refuses an invalid generation instant with a French sentence', async () => {
    await expect(renderPdf({ ...meta, generatedAt: 'hier' }, () => undefined)).rejects.toThrow(/Date de génération : date et heure invalides/);
  });
});

describe('a table spanning several pages', () => {
  it('repeats its header row at the top of every page it continues on, and keeps every row', async () => {
    const pdf = await renderPdf(meta, (doc) => doc.table({ columns: breachColumns, rows: breachRows(90) }));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/Référence\s+Connaissance\s+Description\s+Notifiée/);
    const text = pages.join('\n');
    for (let i = 1; i <= 90; i++) expect(text).toContain(`V-2026-${String(i).padStart(3, '0')}`);
  });

  it('splits a row taller than a page across pages without losing a word', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `mot${i + 1}`);
    const pdf = await renderPdf(meta, (doc) =>
      doc.table({ columns: breachColumns, rows: [...breachRows(3), ['V-LONGUE', '05/03/2026', words.join(' '), '✓'], ...breachRows(2)] }),
    );
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const tokens = new Set(pages.join(' ').split(/\s+/));
    expect(words.filter((w) => !tokens.has(w))).toEqual([]);
    // Each continuation page recalls which row it continues.
    expect(pages.filter((page) => page.includes('V-LONGUE')).length).toBeGreaterThanOrEqual(2);
    expect(pages.slice(1).join('\n')).toContain('(suite)');
  });
});

/** Words pdfkit holds laid out for the rest of the document (EmbeddedFont `layoutCache`, internal). */
function wordsInPdfkitCache(doc: ReportDocument): number {
  const fonts = (doc.pdf as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })._fontFamilies;
  let count = 0;
  for (const font of new Set(Object.values(fonts))) {
    // Fails loudly if a pdfkit upgrade renames the cache, rather than passing on nothing.
    expect(font.layoutCache).toBeDefined();
    count += Object.keys(font.layoutCache ?? {}).length;
  }
  return count;
}

describe('a register of any length (streamed pagination)', () => {
  const streamed: DocumentMeta = { ...meta, pagination: 'streamed' };
  /** Rows of words never seen before: references, dates and counts, as in a 10 000-row register. */
  const uniqueRows = (count: number): string[][] =>
    Array.from({ length: count }, (_, i) => [
      `V-${i}`,
      `${i}-a ${i}-b ${i}-c`,
      Array.from({ length: 30 }, (_, j) => `m${i}x${j}`).join(' '),
      `n°${i}`,
    ]);

  it('keeps pdfkit’s word cache to a few pages’ worth of words, however many rows it draws', async () => {
    const rows = uniqueRows(400);
    const distinctWords = rows.length * 35;
    let cached = 0;
    let pages = 0;
    const pdf = await renderPdf(streamed, async (doc) => {
      await doc.longTable({ columns: breachColumns, rows });
      cached = wordsInPdfkitCache(doc);
      pages = doc.pdf.bufferedPageRange().start + 1;
    });
    expect(pages).toBeGreaterThan(2 * WORD_CACHE_PAGES);
    expect(cached).toBeGreaterThan(0);
    // Without the periodic reset pdfkit keeps all of them (14 500 here, the words of every row and page).
    expect(cached).toBeLessThan(distinctWords / 2);
    expect(pdfText(pdf)).toContain('m399x29');
  });

  it('lets other work run while a long table is drawn (the event loop is not held)', async () => {
    let otherWorkDone = false;
    let doneBeforeLastRow = false;
    const rows = breachRows(200);
    await renderPdf(streamed, async (doc) => {
      setImmediate(() => {
        otherWorkDone = true;
      });
      await doc.longTable({
        columns: breachColumns,
        rows: (function* () {
          for (const row of rows) {
            if (row === rows[rows.length - 1]) doneBeforeLastRow = otherWorkDone;
            yield row;
          }
        })(),
      });
    });
    expect(doneBeforeLastRow).toBe(true);
  });

  it('draws a long table exactly as the one-go table does, byte for byte', async () => {
    const rows = breachRows(150);
    const inOneGo = await renderPdf(streamed, (doc) => doc.title('Registre').table({ columns: breachColumns, rows }));
    const inSteps = await renderPdf(streamed, async (doc) => {
      doc.title('Registre');
      await doc.longTable({ columns: breachColumns, rows });
    });
    expect(pdfPages(inSteps).length).toBeGreaterThanOrEqual(4);
    expect(inSteps.equals(inOneGo)).toBe(true);
  });
});

describe('building blocks', () => {
  it('prints headings numbered, key/value blocks with "Non renseigné" for blanks, bullets and the missing-information box', async () => {
    const pdf = await renderPdf(meta, (doc) => {
      doc.title('Notification de violation');
      doc.heading('Nature de la violation');
      doc.heading('Catégories de personnes', 2);
      doc.keyValues([
        { label: 'Nombre de personnes', value: new Intl.NumberFormat('fr-FR').format(12345) },
        { label: 'Mesures prises', value: '' },
      ]);
      doc.heading('Conséquences probables');
      doc.bullets(['Atteinte à la confidentialité', 'Risque de discrimination']);
      doc.missingInformation(['Coordonnées du point de contact (art. 33(3)(b))']);
    });
    const text = pdfText(pdf);
    expect(text).toMatch(/1\. Nature de la violation/);
    expect(text).toMatch(/1\.1 Catégories de personnes/);
    expect(text).toMatch(/2\. Conséquences probables/);
    expect(text).toMatch(/Nombre de personnes\s+12 345/);
    expect(text).toMatch(/Mesures prises\s+Non renseigné/);
    expect(text).toMatch(/• Atteinte à la confidentialité/);
    expect(text).toContain('Informations manquantes');
    expect(text).toContain('• Coordonnées du point de contact (art. 33(3)(b))');
  });

  it('says on the report what the organisation’s identity still lacks', async () => {
    const draft = { ...organisation, siren: '', dpoName: '', dpoEmail: '', dpoPhone: '', missing: ['SIREN', 'Nom du délégué à la protection des données'] };
    const pdf = await renderPdf({ ...meta, organisation: draft }, (doc) => doc.title('Registre').paragraph('Contenu'));
    const text = pdfText(pdf);
    expect(text).toContain('SIREN non renseigné');
    expect(text).toContain('Nom non renseigné');
    expect(text).toContain("L'identité de l'organisme est incomplète");
    expect(text).toContain('• Nom du délégué à la protection des données');
  });
});

describe('the PDF file', () => {
  it('declares PDF/A-2b, is tagged, in French, with title, author and creator', async () => {
    const pdf = await renderPdf(meta, (doc) => doc.paragraph('Contenu'));
    const info = pdfInfo(pdf);
    expect(info).toMatch(/Title:\s+Registre des violations — 1er trimestre 2026/);
    expect(info).toMatch(/Author:\s+Mutuelle Santé Exemple & Prévoyance/);
    expect(info).toMatch(/Creator:\s+DPO Workbench/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/Lang (fr-FR)');
    expect(raw).toContain('/OutputIntents');
  });

  it('escapes "&" in the XMP metadata so it stays well-formed XML', async () => {
    const pdf = await renderPdf(meta, (doc) => doc.paragraph('Contenu'));
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(Buffer.from(pdf).toString('utf8'))?.[0] ?? '';
    expect(xmp).toContain('Mutuelle Santé Exemple &amp; Prévoyance');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it('streams the same document to a Writable', async () => {
    const build = (doc: Parameters<Parameters<typeof renderPdf>[1]>[0]): void => {
      doc.title('Flux').table({ columns: breachColumns, rows: breachRows(40) });
    };
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    await renderPdfTo(meta, build, sink);
    const streamed = Buffer.concat(chunks);
    expect(streamed.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdfText(streamed)).toEqual(pdfText(await renderPdf(meta, build)));
  });
});
