import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { niceMax } from '../../src-main/reports/pack/charts';
import { verifyPack } from '../../src-main/reports/pack/verify';
import { PackZip } from '../../src-main/reports/pack/zip-writer';
import { sha256Hex } from '../../src-main/reports/file-output';
import { PACK_FORMAT, type PackManifest } from '../../src-main/shared/schemas/pack';
import { rezip, unzip } from '../service/pack-zip';

const MANIFEST: Omit<PackManifest, 'files'> = {
  format: PACK_FORMAT,
  formatVersion: 1,
  organisation: { name: 'Mutuelle fictive', siren: '732829320' },
  period: { spec: '2026-Q3', kind: 'quarter', from: '2026-07-01', to: '2026-09-30', label: '3e trimestre 2026' },
  generatedAt: '2026-10-05T08:00:00.000Z',
  generatedBy: 'Claire Martin (claire)',
  application: { name: 'DPO Workbench', version: '0.1.0' },
  schemaVersion: 5,
  auditHead: { seq: 42, hash: 'a'.repeat(64) },
};

/** A pack written by the real writer: two buffers and one streamed file. */
async function samplePack(): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => sink.on('end', r));
  const zip = new PackZip(sink, MANIFEST.generatedAt);
  zip.addBuffer('synthese.pdf', 'application/pdf', 'Synthèse', Buffer.from('%PDF-1.7 synthèse'));
  await zip.addStream('registres.xlsx', 'application/vnd.ms-excel', 'Registres', async (out) => {
    for (let i = 0; i < 1000; i++) out.write(Buffer.from(`ligne ${i}\n`));
    out.end();
  });
  zip.addBuffer('dossiers-cnil/VIO-2026-0001-notification-initiale.pdf', 'application/pdf', 'Dossier', Buffer.from('%PDF dossier'));
  await zip.finish(MANIFEST);
  await ended;
  return Buffer.concat(chunks);
}

describe('audit-pack ZIP and its manifest', () => {
  it('hashes a streamed file as it passes, the same as hashing its bytes', async () => {
    const files = await unzip(await samplePack());
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as PackManifest;
    const xlsx = manifest.files.find((f) => f.name === 'registres.xlsx');
    expect(xlsx?.sha256).toBe(sha256Hex(files.get('registres.xlsx') ?? Buffer.alloc(0)));
    expect(xlsx?.size).toBe(files.get('registres.xlsx')?.length);
    expect(manifest.files.map((f) => f.name)).toEqual(['synthese.pdf', 'registres.xlsx', 'dossiers-cnil/VIO-2026-0001-notification-initiale.pdf']);
  });

  it('declares an untouched pack intact', async () => {
    const r = await verifyPack(await samplePack());
    expect(r.ok).toBe(true);
    expect(r.message).toBe('Paquet intact : 3 fichiers vérifiés contre le manifeste (empreintes SHA-256 et tailles identiques).');
    expect(r.vault.checked).toBe(false);
  });

  it('names the modified file, and only that one', async () => {
    const files = await unzip(await samplePack());
    files.set('registres.xlsx', Buffer.from('ligne 0\nligne 1 modifiée\n'));
    const r = await verifyPack(await rezip(files));
    expect(r.ok).toBe(false);
    expect(r.files.map((f) => [f.name, f.status])).toEqual([
      ['registres.xlsx', 'modified'],
      ['dossiers-cnil/VIO-2026-0001-notification-initiale.pdf', 'ok'],
      ['synthese.pdf', 'ok'],
    ]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('« registres.xlsx » a été modifié');
  });

  it('detects a change that keeps the size (one byte flipped)', async () => {
    const files = await unzip(await samplePack());
    const pdf = Buffer.from(files.get('synthese.pdf') ?? Buffer.alloc(0));
    pdf[3] = (pdf[3] ?? 0) ^ 0x20;
    files.set('synthese.pdf', pdf);
    const r = await verifyPack(await rezip(files));
    expect(r.files.find((f) => f.name === 'synthese.pdf')).toMatchObject({ status: 'modified', expectedSize: pdf.length, actualSize: pdf.length });
  });

  it('names a missing and an added file', async () => {
    const files = await unzip(await samplePack());
    files.delete('synthese.pdf');
    files.set('dossiers-cnil/faux.pdf', Buffer.from('%PDF faux'));
    const r = await verifyPack(await rezip(files));
    expect(r.files.filter((f) => f.status !== 'ok').map((f) => [f.name, f.status])).toEqual([
      ['dossiers-cnil/faux.pdf', 'extra'],
      ['synthese.pdf', 'missing'],
    ]);
  });

  it('cannot vouch for anything without a readable manifest', async () => {
    const files = await unzip(await samplePack());
    files.set('manifest.json', Buffer.from('{ pas du json'));
    expect((await verifyPack(await rezip(files))).message).toContain('manifest.json n’est pas un JSON valide');
    files.delete('manifest.json');
    const r = await verifyPack(await rezip(files));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('manifest.json est absent');
  });

  it('says a truncated file is not a readable ZIP', async () => {
    const zip = await samplePack();
    const r = await verifyPack(zip.subarray(0, zip.length - 30));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('n’est pas une archive ZIP lisible');
  });
});

describe('chart axes', () => {
  it('round the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 48, 120, 980, 1001].map(niceMax)).toEqual([1, 1, 5, 10, 20, 50, 200, 1000, 2000]);
  });
});
