/**
 * Contract documents: what a file is, read from its bytes (magic numbers), never from its name alone.
 * A renamed executable or spreadsheet is refused before it reaches the vault.
 */
import { DomainError } from '../../shared/errors';
import { MAX_DOCUMENT_BYTES } from '../../shared/schemas/processor';

export const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', extension: '.pdf' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: '.docx' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// A DOCX is a ZIP (OPC package) whose entries include these names, stored uncompressed in the headers.
const DOCX_ENTRIES = [Buffer.from('[Content_Types].xml', 'latin1'), Buffer.from('word/document.xml', 'latin1')];

/** The type of a document from its content, or null when it is neither a PDF nor a Word (DOCX) file. */
export function sniffDocument(bytes: Buffer): DocumentType | null {
  // ISO 32000-1 § 7.5.2: the header is the first line; readers tolerate a few bytes before it.
  const pdfAt = bytes.subarray(0, 1024).indexOf(PDF_MAGIC);
  if (pdfAt >= 0) return 'pdf';
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC) && DOCX_ENTRIES.every((name) => bytes.includes(name))) return 'docx';
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes and checks an uploaded contract: valid base64, 20 MB at most, PDF or DOCX by content and by name. */
export function checkDocument(filename: string, base64: string): { bytes: Buffer; type: DocumentType; mime: string } {
  const clean = base64.replace(/\s+/g, '');
  if (!BASE64.test(clean) || clean.length % 4 !== 0) {
    throw new DomainError('VALIDATION', 'Le contenu du document est illisible (encodage base64 invalide) : joignez le fichier à nouveau.', [
      { path: 'base64', message: 'Encodage base64 invalide.' },
    ]);
  }
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length === 0) throw new DomainError('VALIDATION', 'Le document est vide : choisissez un fichier PDF ou DOCX.', [{ path: 'base64', message: 'Document vide.' }]);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1).replace('.', ',');
    throw new DomainError('VALIDATION', `Le document pèse ${mb} Mo, au-delà de la limite de 20 Mo : joignez une version compressée ou sans annexes volumineuses.`, [
      { path: 'base64', message: 'Document de plus de 20 Mo.' },
    ]);
  }
  const type = sniffDocument(bytes);
  if (!type) {
    throw new DomainError('VALIDATION', `« ${filename} » n’est ni un PDF ni un document Word (DOCX) d’après son contenu : enregistrez le contrat en PDF ou en DOCX puis joignez-le.`, [
      { path: 'base64', message: 'Contenu ni PDF ni DOCX.' },
    ]);
  }
  const expected = DOCUMENT_TYPES[type].extension;
  if (!filename.toLowerCase().endsWith(expected)) {
    throw new DomainError('VALIDATION', `« ${filename} » contient un fichier ${type.toUpperCase()} mais son nom ne se termine pas par « ${expected} » : renommez-le ou joignez le bon fichier.`, [
      { path: 'filename', message: `Extension attendue : ${expected}.` },
    ]);
  }
  return { bytes, type, mime: DOCUMENT_TYPES[type].mime };
}
