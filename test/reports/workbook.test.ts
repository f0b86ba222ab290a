import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src-main/reports/file-output';
import { addInfoSheet, INFO_SHEET_NAME } from '../../src-main/reports/xlsx/info-sheet';
import { loadWorkbook, readSheetRows } from '../../src-main/reports/xlsx/read';
import { addTableSheet, renderWorkbook, writeWorkbook, type SheetColumn } from '../../src-main/reports/xlsx/workbook';
import { auditHead, generatedAt, organisation, workDir } from './fixtures';

interface RequestRow {
  [key: string]: string | number | boolean | readonly string[] | null;
  reference: string;
  receivedOn: string;
  closedAt: string | null;
  daysLate: number;
  onTime: boolean;
  rights: readonly string[];
}

const requestColumns: SheetColumn<keyof RequestRow & string>[] = [
  { header: 'Référence', key: 'reference', type: 'text' },
  { header: 'Reçue le', key: 'receivedOn', type: 'date' },
  { header: 'Clôturée le', key: 'closedAt', type: 'datetime' },
  { header: 'Jours de retard', key: 'daysLate', type: 'number' },
  { header: 'Dans les délais', key: 'onTime', type: 'boolean' },
  { header: 'Droits exercés', key: 'rights', type: 'list' },
];

const requests: RequestRow[] = [
  // 29 March 2026: clocks go forward at 02:00 in Paris; 01:30 UTC is 03:30 local.
  { reference: 'D-001', receivedOn: '2026-02-28', closedAt: '2026-03-29T01:30:00Z', daysLate: 0, onTime: true, rights: ['Accès (art. 15)', 'Rectification (art. 16)'] },
  { reference: 'D-002', receivedOn: '2026-03-01', closedAt: null, daysLate: 3, onTime: false, rights: [] },
  { reference: 'D-\u0007003', receivedOn: '2026-07-14', closedAt: '2026-07-14T22:15:00Z', daysLate: 0, onTime: true, rights: ['Effacement (art. 17)'] },
];

async function* auditRows(): AsyncGenerator<{ seq: number; at: string; action: string }> {
  for (let seq = 1; seq <= 3; seq++) yield { seq, at: `2026-01-0${seq}T09:00:00Z`, action: `action-${seq}` };
}

async function threeSheetWorkbook(): Promise<Buffer> {
  return renderWorkbook({ generatedAt }, async (wb) => {
    await addInfoSheet(wb, { organisation, title: 'Registre des demandes', period: { from: '2026-01-01', to: '2026-03-31' }, generatedAt, auditHead });
    await addTableSheet(wb, { name: 'Demandes', columns: requestColumns, rows: requests });
    await addTableSheet(wb, {
      name: 'Journal',
      columns: [
        { header: 'N°', key: 'seq', type: 'number' },
        { header: 'Horodatage', key: 'at', type: 'datetime' },
        { header: 'Action', key: 'action', type: 'text' },
      ],
      rows: auditRows(),
    });
  });
}

describe('an XLSX export with an information sheet and two table sheets', () => {
  it('opens with the Informations sheet: organisation, period, generation time and audit hash', async () => {
    const xlsx = await threeSheetWorkbook();
    const wb = await loadWorkbook(xlsx);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([INFO_SHEET_NAME, 'Demandes', 'Journal']);
    const info = Object.fromEntries((await readSheetRows(xlsx, INFO_SHEET_NAME)).map((r) => [r['Rubrique'], r['Valeur']]));
    expect(info['Organisme']).toBe('Mutuelle Santé Exemple & Prévoyance');
    expect(info['SIREN']).toBe('775 671 019');
    expect(info['Délégué à la protection des données']).toBe('Hélène Lefèvre');
    expect(info['Période couverte']).toBe('du 01/01/2026 au 31/03/2026');
    expect(info['Généré le']).toBe('05/03/2026 à 14:30 (heure de Paris)');
    expect(info["Empreinte du journal d'audit"]).toBe(auditHead.hash);
  });

  it('writes calendar dates as real dates at midnight, whatever the machine’s time zone', async () => {
    const rows = await readSheetRows(await threeSheetWorkbook(), 'Demandes');
    expect(rows[0]?.['Reçue le']).toBeInstanceOf(Date);
    expect((rows[0]?.['Reçue le'] as Date).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect((rows[2]?.['Reçue le'] as Date).toISOString()).toBe('2026-07-14T00:00:00.000Z');
  });

  it('writes instants as Paris wall-clock date-times, across the spring DST change and in summer', async () => {
    const rows = await readSheetRows(await threeSheetWorkbook(), 'Demandes');
    expect((rows[0]?.['Clôturée le'] as Date).toISOString()).toBe('2026-03-29T03:30:00.000Z');
    expect(rows[1]?.['Clôturée le']).toBeNull();
    // 22:15 UTC on 14 July is 00:15 on 15 July in Paris.
    expect((rows[2]?.['Clôturée le'] as Date).toISOString()).toBe('2026-07-15T00:15:00.000Z');
  });

  it('formats dates dd/mm/yyyy, booleans as Oui/Non, lists joined with "; " and numbers as numbers', async () => {
    const xlsx = await threeSheetWorkbook();
    const sheet = (await loadWorkbook(xlsx)).getWorksheet('Demandes');
    expect(sheet?.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet?.getCell('C2').numFmt).toBe('dd/mm/yyyy hh:mm');
    const rows = await readSheetRows(xlsx, 'Demandes');
    expect(rows.map((r) => r['Dans les délais'])).toEqual(['Oui', 'Non', 'Oui']);
    expect(rows[0]?.['Droits exercés']).toBe('Accès (art. 15); Rectification (art. 16)');
    expect(rows[1]?.['Droits exercés']).toBeNull();
    expect(rows[1]?.['Jours de retard']).toBe(3);
    // A control character would make Excel reject the whole file: it is dropped.
    expect(rows[2]?.['Référence']).toBe('D-003');
  });

  it('freezes a bold header row and puts an autofilter over the data on every sheet', async () => {
    const wb = await loadWorkbook(await threeSheetWorkbook());
    for (const [name, range] of [
      [INFO_SHEET_NAME, 'A1:B11'],
      ['Demandes', 'A1:F4'],
      ['Journal', 'A1:C4'],
    ] as const) {
      const sheet = wb.getWorksheet(name);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.getCell('A1').font?.bold).toBe(true);
      expect(sheet?.getCell('A2').font?.bold).not.toBe(true);
      expect(sheet?.autoFilter).toBe(range);
    }
  });

  it('reads the async-iterable sheet back in order', async () => {
    const rows = await readSheetRows(await threeSheetWorkbook(), 'Journal');
    expect(rows.map((r) => r['N°'])).toEqual([1, 2, 3]);
    expect((rows[0]?.['Horodatage'] as Date).toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });
});

describe('values a column cannot hold', () => {
  it('stops the export with the sheet, row and column to fix', async () => {
    const bad = [{ ...requests[0], receivedOn: '2026-02-30' } as RequestRow];
    await expect(
      renderWorkbook({ generatedAt }, async (wb) => {
        await addTableSheet(wb, { name: 'Demandes', columns: requestColumns, rows: bad });
      }),
    ).rejects.toThrow('Onglet « Demandes », ligne 2, colonne « Reçue le » : date invalide « 2026-02-30 » (format attendu : AAAA-MM-JJ).');
  });

  it('refuses a tab name Excel would reject', async () => {
    await expect(
      renderWorkbook({ generatedAt }, async (wb) => {
        await addTableSheet(wb, { name: 'Demandes [T1/2026]', columns: requestColumns, rows: [] });
      }),
    ).rejects.toThrow(/Nom d'onglet « Demandes \[T1\/2026\] » invalide/);
  });
});

describe('a 100 000-row sheet', () => {
  it('is written while the rows are still being produced (memory stays flat) and reads back whole', async () => {
    let written = 0;
    const bytesSeenWhileProducing: number[] = [];
    const counting = new Writable({
      write(chunk: Buffer, _enc, done) {
        written += chunk.length;
        done();
      },
    });
    const target = join(workDir(), 'gros.xlsx');
    async function* rows(): AsyncGenerator<{ n: number; label: string; day: string }> {
      for (let n = 1; n <= 100_000; n++) {
        if (n % 25_000 === 0) bytesSeenWhileProducing.push(written);
        yield { n, label: `Demande n° ${n} — données de santé`, day: '2026-03-05' };
      }
    }
    const columns: SheetColumn<'n' | 'label' | 'day'>[] = [
      { header: 'N°', key: 'n', type: 'number' },
      { header: 'Libellé', key: 'label', type: 'text' },
      { header: 'Jour', key: 'day', type: 'date' },
    ];
    await writeFileAtomic(target, (out) =>
      writeWorkbook(
        new Writable({
          write(chunk: Buffer, enc, done) {
            counting.write(chunk, enc, () => out.write(chunk, done));
          },
          final(done) {
            out.end(done);
          },
        }),
        { generatedAt },
        async (wb) => {
          await addTableSheet(wb, { name: 'Demandes', columns, rows: rows() });
        },
      ),
    );
    // Bytes reached the file while rows were still coming: they were not all held until the end.
    expect(bytesSeenWhileProducing).toHaveLength(4);
    expect(bytesSeenWhileProducing[0]).toBeGreaterThan(0);
    for (let i = 1; i < bytesSeenWhileProducing.length; i++) {
      expect(bytesSeenWhileProducing[i]).toBeGreaterThan(bytesSeenWhileProducing[i - 1] ?? 0);
    }

    let count = 0;
    let last: ExcelJS.CellValue = null;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(target, {});
    for await (const sheet of reader) {
      for await (const row of sheet) {
        count++;
        last = row.getCell(1).value;
      }
    }
    expect(count).toBe(100_001);
    expect(last).toBe(100_000);
  });
});
