/**
 * Checks an audit pack against its manifest: every file's SHA-256 and size, files missing from the
 * ZIP, files added to it. Works on a file path (CLI, no vault needed) or on bytes (the UI sends the
 * ZIP). Tells which file differs, in French. The manifest itself is not signed: it proves the pack
 * has not been altered since generation when its audit-log head is also found in the vault
 * (report.verifyPack does that check; see docs/decisions.md).
 */
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { FILE_CHECKS, MANIFEST_NAME, PackManifest, type VerifiedFile, type VerifyPackResult } from '../../shared/schemas/pack';

type ZipHandle = yauzl.ZipFile;

interface EntryDigest {
  name: string;
  sha256: string | null;
  size: number | null;
  content: Buffer | null;
  error: string | null;
}

const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;

function openZip(source: string | Buffer): Promise<ZipHandle> {
  const options = { lazyEntries: true, autoClose: true, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip: ZipHandle | undefined): void => (err || !zip ? reject(err ?? new Error('zip')) : resolve(zip));
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

function digestEntry(zip: ZipHandle, entry: yauzl.Entry): Promise<EntryDigest> {
  const keep = entry.fileName === MANIFEST_NAME;
  return new Promise((resolve) => {
    const fail = (message: string): void => resolve({ name: entry.fileName, sha256: null, size: null, content: null, error: message });
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        fail(err?.message ?? 'illisible');
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
        if (keep && size <= MAX_MANIFEST_BYTES) chunks.push(chunk);
      });
      stream.on('error', (e: Error) => fail(e.message));
      stream.on('end', () => resolve({ name: entry.fileName, sha256: hash.digest('hex'), size, content: keep ? Buffer.concat(chunks) : null, error: null }));
    });
  });
}

/** Every file entry of the ZIP with its SHA-256 and size (directories skipped). */
async function digestAll(zip: ZipHandle): Promise<EntryDigest[]> {
  const out: EntryDigest[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      digestEntry(zip, entry).then(
        (d) => {
          out.push(d);
          zip.readEntry();
        },
        reject,
      );
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return out;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

const UNCHECKED_VAULT = { checked: false, matches: null, message: 'Rattachement au coffre non vérifié (vérification hors coffre).' } as const;

function unreadable(message: string): VerifyPackResult {
  return { ok: false, message, problems: [message], manifest: null, files: [], vault: { ...UNCHECKED_VAULT } };
}

/** Compares the ZIP's files with its manifest. Never throws for a bad pack: it says what is wrong. */
export async function verifyPack(source: string | Buffer): Promise<VerifyPackResult> {
  let zip: ZipHandle;
  try {
    zip = await openZip(source);
  } catch {
    return unreadable('Ce fichier n’est pas une archive ZIP lisible : ce n’est pas un paquet d’audit, ou il est tronqué.');
  }
  let digests: EntryDigest[];
  try {
    digests = await digestAll(zip);
  } catch {
    return unreadable('L’archive ZIP est endommagée : sa table des fichiers ne peut pas être lue.');
  } finally {
    zip.close();
  }

  const manifestEntry = digests.find((d) => d.name === MANIFEST_NAME);
  if (!manifestEntry?.content) {
    return unreadable('manifest.json est absent du paquet : les fichiers ne peuvent pas être vérifiés.');
  }
  let manifest: PackManifest;
  try {
    const parsed = PackManifest.safeParse(JSON.parse(manifestEntry.content.toString('utf8')));
    if (!parsed.success) return unreadable('manifest.json est illisible ou a été modifié (structure inattendue) : les fichiers ne peuvent pas être vérifiés.');
    manifest = parsed.data;
  } catch {
    return unreadable('manifest.json n’est pas un JSON valide : il a été modifié ou tronqué.');
  }

  const files: VerifiedFile[] = [];
  const problems: string[] = [];
  const seen = new Map<string, EntryDigest>();
  for (const d of digests) {
    if (d.name === MANIFEST_NAME) continue;
    if (seen.has(d.name)) {
      files.push({ name: d.name, status: 'extra', expectedSha256: null, actualSha256: d.sha256, expectedSize: null, actualSize: d.size });
      problems.push(`« ${d.name} » figure deux fois dans l’archive.`);
      continue;
    }
    seen.set(d.name, d);
  }
  for (const expected of manifest.files) {
    const actual = seen.get(expected.name);
    seen.delete(expected.name);
    if (!actual) {
      files.push({ name: expected.name, status: 'missing', expectedSha256: expected.sha256, actualSha256: null, expectedSize: expected.size, actualSize: null });
      problems.push(`« ${expected.name} » est manquant : il figure au manifeste mais pas dans l’archive.`);
      continue;
    }
    const same = actual.error === null && actual.sha256 === expected.sha256 && actual.size === expected.size;
    files.push({ name: expected.name, status: same ? 'ok' : 'modified', expectedSha256: expected.sha256, actualSha256: actual.sha256, expectedSize: expected.size, actualSize: actual.size });
    if (!same) {
      problems.push(
        actual.error !== null
          ? `« ${expected.name} » est illisible dans l’archive (${actual.error}) : il a été altéré.`
          : `« ${expected.name} » a été modifié : son empreinte SHA-256 (${actual.sha256 ?? '?'}) ne correspond pas au manifeste (${expected.sha256}).`,
      );
    }
  }
  for (const extra of seen.values()) {
    files.push({ name: extra.name, status: 'extra', expectedSha256: null, actualSha256: extra.sha256, expectedSize: null, actualSize: extra.size });
    problems.push(`« ${extra.name} » a été ajouté : il ne figure pas au manifeste.`);
  }
  files.sort((a, b) => FILE_CHECKS.indexOf(b.status) - FILE_CHECKS.indexOf(a.status) || a.name.localeCompare(b.name));

  const ok = problems.length === 0;
  const message = ok
    ? `Paquet intact : ${plural(manifest.files.length, 'fichier vérifié', 'fichiers vérifiés')} contre le manifeste (empreintes SHA-256 et tailles identiques).`
    : `Paquet altéré : ${problems.join(' ')}`;
  return {
    ok,
    message,
    problems,
    manifest: {
      period: manifest.period,
      generatedAt: manifest.generatedAt,
      generatedBy: manifest.generatedBy,
      applicationVersion: manifest.application.version,
      schemaVersion: manifest.schemaVersion,
      auditHead: manifest.auditHead,
      organisation: manifest.organisation.name,
    },
    files,
    vault: { ...UNCHECKED_VAULT },
  };
}
