import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileOutput } from '../../src-main/shared/schemas/common';
import { DomainError } from '../../src-main/shared/errors';
import { MIME, toFileOutput, writeFileAtomic } from '../../src-main/reports/file-output';
import { renderPdfTo } from '../../src-main/reports/pdf/document';
import { auditHead, generatedAt, organisation, workDir } from './fixtures';

describe('toFileOutput', () => {
  it('carries the bytes in base64 with their SHA-256, matching the FileOutput schema', () => {
    const bytes = Buffer.from('%PDF-1.7 exemple é');
    const output = toFileOutput('registre.pdf', MIME.pdf, bytes);
    expect(FileOutput.parse(output)).toEqual(output);
    expect(Buffer.from(output.base64, 'base64').equals(bytes)).toBe(true);
    expect(output.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('writeFileAtomic', () => {
  it('writes bytes, readable by their owner only', async () => {
    const dir = workDir();
    const target = join(dir, 'export.xlsx');
    await writeFileAtomic(target, Buffer.from('contenu'));
    expect(readFileSync(target, 'utf8')).toBe('contenu');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['export.xlsx']);
  });

  it('streams a generated PDF into the file', async () => {
    const target = join(workDir(), 'rapport.pdf');
    await writeFileAtomic(target, (out) =>
      renderPdfTo({ organisation, auditHead, generatedAt, title: 'Rapport' }, (doc) => doc.paragraph('Bonjour'), out),
    );
    expect(readFileSync(target).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(readFileSync(target).toString('latin1')).toContain('%%EOF');
  });

  it('leaves no file at all when the writer throws half-way', async () => {
    const dir = workDir();
    const target = join(dir, 'export.pdf');
    await expect(
      writeFileAtomic(target, async (out) => {
        out.write(Buffer.alloc(64 * 1024, 1));
        await new Promise((resolve) => setImmediate(resolve));
        throw new Error('panne du générateur');
      }),
    ).rejects.toThrow('panne du générateur');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves no file when a PDF build fails mid-document', async () => {
    const dir = workDir();
    await expect(
      writeFileAtomic(join(dir, 'rapport.pdf'), (out) =>
        renderPdfTo(
          { organisation, auditHead, generatedAt, title: 'Rapport' },
          async (doc) => {
            doc.title('Début');
            await new Promise((resolve) => setImmediate(resolve));
            throw new Error('données illisibles');
          },
          out,
        ),
      ),
    ).rejects.toThrow('données illisibles');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous file intact when the new one fails', async () => {
    const dir = workDir();
    const target = join(dir, 'registre.xlsx');
    writeFileSync(target, 'version précédente');
    await expect(
      writeFileAtomic(target, async (out) => {
        out.write('début de la nouvelle version');
        throw new Error('interrompu');
      }),
    ).rejects.toThrow('interrompu');
    expect(readFileSync(target, 'utf8')).toBe('version précédente');
    expect(readdirSync(dir)).toEqual(['registre.xlsx']);
  });

  it('says in French which folder is missing', async () => {
    const target = join(workDir(), 'absent', 'export.pdf');
    const failure = writeFileAtomic(target, Buffer.from('x'));
    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toThrow(/le dossier n'existe pas\. Choisissez un dossier existant/);
  });
});
