/** Reading and rewriting audit-pack ZIPs in tests (yauzl / yazl), and running a pack job to its end. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { JobStatus } from '../../src-main/shared/schemas/pack';
import { unwrap } from '../helpers/vault';

/** Every file of a ZIP, by name, in archive order. */
export async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const z = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, f) => (e || !f ? reject(e) : resolve(f))));
  await new Promise<void>((resolve, reject) => {
    z.on('entry', (entry: yauzl.Entry) => {
      z.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          z.readEntry();
        });
      });
    });
    z.on('end', resolve);
    z.on('error', reject);
    z.readEntry();
  });
  return files;
}

/** A new ZIP holding `files` (what someone re-zipping an altered pack would produce). */
export async function rezip(files: Map<string, Buffer>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content] of files) z.addBuffer(content, name);
  z.end();
  const chunks: Buffer[] = [];
  for await (const c of z.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-pack-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const call = async <T>(service: Service, method: string, input: unknown): Promise<T> => unwrap((await service.call(method, input)) as Result<T>);

/** Starts a pack and polls its status until it ends; returns every status seen and the last one. */
export async function runPack(service: Service, period: string): Promise<{ jobId: string; statuses: JobStatus[]; last: JobStatus }> {
  const { jobId } = await call<{ jobId: string }>(service, 'report.auditPackStart', { period });
  const statuses: JobStatus[] = [];
  for (;;) {
    const s = await call<JobStatus>(service, 'report.jobStatus', { jobId });
    statuses.push(s);
    if (s.state !== 'running') return { jobId, statuses, last: s };
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function packBytes(service: Service, period: string): Promise<{ jobId: string; file: FileOutput; zip: Buffer; statuses: JobStatus[] }> {
  const run = await runPack(service, period);
  if (run.last.state !== 'done') throw new Error(`paquet non produit : ${JSON.stringify(run.last.error)}`);
  const file = await call<FileOutput>(service, 'report.jobResult', { jobId: run.jobId });
  return { jobId: run.jobId, file, zip: Buffer.from(file.base64, 'base64'), statuses: run.statuses };
}
