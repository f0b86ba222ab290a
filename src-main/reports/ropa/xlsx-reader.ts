/**
 * A small, strict reader of XLSX cell values (ECMA-376 SpreadsheetML), for the register import.
 * exceljs's streaming reader names a tab only when the workbook part precedes it in the zip, and
 * fails outright on some orders; its in-memory reader costs ~1 GB for 5 000 fiches. This one reads
 * the workbook part first, then one tab at a time, and keeps only plain values: text, numbers
 * (dates stay Excel serial numbers: the caller knows which cells are dates), booleans.
 */
import yauzl from 'yauzl';

export type XlsxValue = string | number | boolean | null;
export interface XlsxRow {
  /** 1-based row number. */
  number: number;
  /** 1-based like the sheet: values[1] is column A. */
  values: XlsxValue[];
}
export interface XlsxSheet {
  name: string;
  rows: XlsxRow[];
}

function openZip(content: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.fromBuffer(content, { lazyEntries: true }, (err, zip) => (err || !zip ? reject(err ?? new Error('zip')) : resolve(zip))));
}

function entries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      out.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function readText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('zip'));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    }),
  );
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** Text of a string item: every <t> run, phonetic guides (<rPh>) left out. */
function runsText(xml: string): string {
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of clean.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? '';
  return unescapeXml(out);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseSheet(xml: string, shared: readonly string[]): XlsxRow[] {
  const rows: XlsxRow[] = [];
  let next = 1;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attr(row[1] ?? '', 'r') ?? next);
    next = number + 1;
    const values: XlsxValue[] = [];
    let col = 0;
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = cell[1] ?? '';
      const body = cell[2] ?? '';
      const ref = attr(head, 'r');
      col = ref ? columnIndex(ref) : col + 1;
      const type = attr(head, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: XlsxValue = null;
      if (type === 'inlineStr') value = runsText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (v === undefined) value = null;
      else if (type === 's') value = shared[Number(v)] ?? null;
      else if (type === 'str' || type === 'd') value = unescapeXml(v);
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = null;
      else value = Number(v);
      values[col] = value;
    }
    rows.push({ number, values: Array.from(values, (x) => x ?? null) });
  }
  return rows;
}

/** Every tab of the workbook, in the workbook's order, read one after the other. */
export async function* readXlsxSheets(content: Buffer): AsyncGenerator<XlsxSheet> {
  const zip = await openZip(content);
  try {
    const all = await entries(zip);
    const part = async (name: string): Promise<string> => {
      const e = all.get(name);
      return e ? readText(zip, e) : '';
    };
    const workbook = await part('xl/workbook.xml');
    if (workbook === '') throw new Error('xl/workbook.xml');
    const targets = new Map<string, string>();
    for (const tag of (await part('xl/_rels/workbook.xml.rels')).match(/<Relationship\b[^>]*>/g) ?? []) {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    const sharedXml = await part('xl/sharedStrings.xml');
    const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
    for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
      const name = unescapeXml(attr(tag, 'name') ?? '');
      const path = targets.get(attr(tag, 'r:id') ?? '');
      if (!path) continue;
      yield { name, rows: parseSheet(await part(path), shared) };
    }
  } finally {
    zip.close();
  }
}
