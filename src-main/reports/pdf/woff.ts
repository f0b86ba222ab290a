/**
 * WOFF 1.0 → TrueType (sfnt), per the W3C WOFF File Format 1.0 recommendation (§3 header, §4 table
 * directory, §5 table data: each table zlib-compressed unless compLength == origLength).
 *
 * Why: fontkit reads WOFF tables through a pure-JavaScript inflate and re-inflates the whole glyf table
 * for every glyph it touches, which made a one-page PDF take seconds. Unpacking once with node:zlib
 * and giving pdfkit plain TrueType bytes makes it instant. (WOFF2 is not an option: pdfkit's
 * subsetter crashes on it.)
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;

interface TableEntry {
  tag: number;
  checksum: number;
  data: Buffer;
}

const pad4 = (n: number): number => (n + 3) & ~3;

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER_SIZE || woff.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('Fichier de police invalide : un fichier WOFF 1.0 est attendu.');
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('Fichier de police WOFF endommagé : une table a une taille inattendue.');
    tables.push({ tag, checksum, data });
  }

  // sfnt offset table (OpenType spec, "Organization of an OpenType font").
  let power = 1;
  let log2 = 0;
  while (power * 2 <= numTables) {
    power *= 2;
    log2++;
  }
  const headerSize = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
  const total = tables.reduce((size, t) => size + pad4(t.data.length), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);

  let offset = headerSize;
  tables.forEach((table, i) => {
    const at = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, offset);
    offset += pad4(table.data.length);
  });
  return out;
}
