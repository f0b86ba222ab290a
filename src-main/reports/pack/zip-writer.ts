/**
 * Writes the audit pack's ZIP (yazl) as a stream, hashing every file on its way in: the SHA-256 and
 * size of each entry go into manifest.json, written last (integrity of what is handed over, GDPR
 * Art. 5(1)(f) and 5(2)). Entries are stored, not deflated: XLSX is already a ZIP and pdfkit compresses
 * its streams, so deflating again would only cost time.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Transform, type Writable } from 'node:stream';
import { ZipFile } from 'yazl';
import { MANIFEST_NAME, type ManifestFile, type PackManifest } from '../../shared/schemas/pack';
import { sha256Hex } from '../file-output';

export class PackZip {
  private readonly zip = new ZipFile();
  private readonly files: ManifestFile[] = [];
  private readonly names = new Set<string>();
  private readonly mtime: Date;
  private readonly done: Promise<void>;

  constructor(out: Writable, generatedAt: string) {
    this.mtime = new Date(generatedAt);
    this.zip.outputStream.pipe(out);
    this.done = once(this.zip.outputStream, 'end').then(() => undefined);
    this.done.catch(() => undefined);
  }

  get entries(): readonly ManifestFile[] {
    return this.files;
  }

  private claim(name: string): void {
    if (this.names.has(name) || name === MANIFEST_NAME) throw new Error(`Deux fichiers du paquet porteraient le nom « ${name} ».`);
    this.names.add(name);
  }

  addBuffer(name: string, mime: string, description: string, content: Buffer): ManifestFile {
    this.claim(name);
    this.zip.addBuffer(content, name, { mtime: this.mtime, compress: false });
    const file = { name, sha256: sha256Hex(content), size: content.length, mime, description };
    this.files.push(file);
    return file;
  }

  /**
   * Adds a file produced as a stream (the workbook): `produce` writes into the sink and ends it; the
   * bytes are hashed as they pass. Resolves once the ZIP has taken every byte.
   */
  async addStream<T>(name: string, mime: string, description: string, produce: (sink: Writable) => Promise<T>): Promise<{ file: ManifestFile; value: T }> {
    this.claim(name);
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const consumed = once(tap, 'end');
    consumed.catch(() => undefined);
    this.zip.addReadStream(tap, name, { mtime: this.mtime, compress: false });
    let value: T;
    try {
      value = await produce(tap);
      if (!tap.writableEnded) tap.end();
      await consumed;
    } catch (error) {
      tap.destroy();
      throw error;
    }
    const file = { name, sha256: hash.digest('hex'), size, mime, description };
    this.files.push(file);
    return { file, value };
  }

  /** Writes manifest.json (with every file's hash) and closes the ZIP; resolves once it is all written. */
  async finish(manifest: Omit<PackManifest, 'files'>): Promise<PackManifest> {
    const full: PackManifest = { ...manifest, files: [...this.files] };
    this.zip.addBuffer(Buffer.from(`${JSON.stringify(full, null, 2)}\n`, 'utf8'), MANIFEST_NAME, { mtime: this.mtime, compress: true });
    this.zip.end();
    await this.done;
    return full;
  }

  /** Stops writing after a failure or a cancel (the caller removes the temporary file). */
  abort(): void {
    this.zip.outputStream.unpipe();
  }
}
