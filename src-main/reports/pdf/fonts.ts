/**
 * DejaVu Sans, embedded in every PDF we produce.
 *
 * Why not pdfkit's standard fonts: they are not embedded (PDF/A-2b, ISO 19005-2 §6.2.11.4, requires
 * every font to be embedded) and their WinAnsi encoding has no glyph for the narrow no-break space
 * U+202F that `Intl.NumberFormat('fr-FR')` puts in every number, nor for ≥ ≤ ✓ ✗.
 *
 * Which files: fontsource names its only DejaVu Sans subset "latin", but the file is the complete font
 * (≈ 6 250 glyphs): it covers French accents, « » ’ € œ, U+00A0, U+202F, ≥ ≤ ✓ ✗ • – — … (checked by
 * test/reports/fonts.test.ts, glyph by glyph, then again by extracting the text of a real PDF).
 * We load the WOFF files, never WOFF2 (pdfkit's subsetter crashes on WOFF2), and unpack them once per
 * process into TrueType bytes (see woff.ts: fontkit reads WOFF very slowly).
 *
 * Paths are resolved with `createRequire(import.meta.url)` so the same code works from the sources
 * (tsx, vitest) and from a bundle whose `node_modules` sits beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff';

export type FontFace = 'regular' | 'bold' | 'italic';

const FILES: Record<FontFace, string> = {
  regular: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff',
  bold: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff',
  italic: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-italic.woff',
};

/** Every character our documents are known to print beyond ASCII; the font test checks each one. */
export const REQUIRED_CHARACTERS =
  'àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”€°§²–—…•·×\u00A0\u202F≥≤✓✗→';

let cachedPaths: Record<FontFace, string> | undefined;
let cachedFonts: Record<FontFace, Buffer> | undefined;

/** Absolute paths of the three DejaVu Sans files; throws a French sentence if the package is missing. */
export function fontPaths(): Record<FontFace, string> {
  if (cachedPaths) return cachedPaths;
  const require = createRequire(import.meta.url);
  const resolve = (face: FontFace): string => {
    try {
      return require.resolve(FILES[face]);
    } catch {
      throw new Error(
        `Police DejaVu Sans introuvable (${FILES[face]}) : réinstallez l'application ou le paquet « @fontsource/dejavu-sans ».`,
      );
    }
  };
  cachedPaths = { regular: resolve('regular'), bold: resolve('bold'), italic: resolve('italic') };
  return cachedPaths;
}

/** TrueType bytes of the three faces, unpacked from the WOFF files once per process. */
export function fontData(): Record<FontFace, Buffer> {
  if (cachedFonts) return cachedFonts;
  const paths = fontPaths();
  const load = (face: FontFace): Buffer => woffToSfnt(readFileSync(paths[face]));
  cachedFonts = { regular: load('regular'), bold: load('bold'), italic: load('italic') };
  return cachedFonts;
}

/**
 * A font parsed by fontkit (pdfkit's own font engine), as pdfkit's `registerFont` accepts it: pdfkit
 * uses any object with a `layout` function as an already-parsed font.
 */
export interface ParsedFont {
  layout(text: string, features?: unknown): GlyphRun;
}

/** What pdfkit reads of fontkit's layout of a word: glyphs, their positions, the total advance. */
interface GlyphPosition {
  [key: string]: number;
}
interface GlyphRun {
  glyphs: readonly unknown[];
  positions: GlyphPosition[];
  readonly advanceWidth: number;
}

/**
 * A glyph position as pdfkit uses it, every field declared up front. pdfkit scales each field of a
 * run in place (`for (key in position) position[key] *= scale`), then adds `advanceWidth`: on plain
 * copies (`{ ...p }`) V8 ended up giving each object a hidden class of its own, some 300 bytes a
 * glyph (a heap snapshot of the breach register counted 115 000 of them after 1 500 pages).
 */
class Position implements GlyphPosition {
  [key: string]: number;
  advanceWidth = 0;
  constructor(
    public xAdvance: number,
    public yAdvance: number,
    public xOffset: number,
    public yOffset: number,
  ) {}
}

/** A fresh copy of a remembered layout, with fontkit's GlyphRun `advanceWidth` (the sum of the x advances). */
class CopiedRun implements GlyphRun {
  readonly positions: Position[] = [];
  constructor(
    readonly glyphs: readonly unknown[],
    offsets: readonly number[],
  ) {
    for (let i = 0; i < offsets.length; i += 4) {
      this.positions.push(new Position(offsets[i] ?? 0, offsets[i + 1] ?? 0, offsets[i + 2] ?? 0, offsets[i + 3] ?? 0));
    }
  }
  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/** Per face; with four numbers a glyph, about 15 MB at most for ordinary French words. */
const MAX_REMEMBERED_WORDS = 50_000;

/** A word's layout as remembered: fontkit's glyphs, and x/y advance, x/y offset of each, in font units. */
interface RememberedWord {
  glyphs: readonly unknown[];
  /** A plain array of numbers: V8 stores it unboxed, 8 bytes a number, with no buffer of its own. */
  offsets: readonly number[];
}

/**
 * The font, with the layout of each word remembered across documents. pdfkit lays text out word by
 * word and remembers words only within one document: every dossier of an audit pack laid the same
 * French form out again through fontkit's OpenType engine (GSUB, GPOS), most of its time. pdfkit
 * scales the positions it gets in place, so each call returns fresh copies of them; the glyphs are
 * fontkit's own shared objects, which pdfkit only reads.
 */
function rememberingLayouts(font: ParsedFont): ParsedFont {
  const words = new Map<string, RememberedWord>();
  const layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return font.layout(text, features);
    let known = words.get(text);
    if (!known) {
      const run = font.layout(text);
      const offsets = run.positions.flatMap((p) => [p.xAdvance ?? 0, p.yAdvance ?? 0, p.xOffset ?? 0, p.yOffset ?? 0]);
      known = { glyphs: run.glyphs, offsets };
      if (words.size >= MAX_REMEMBERED_WORDS) words.clear();
      words.set(text, known);
    }
    return new CopiedRun(known.glyphs, known.offsets);
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

let cachedParsed: Record<FontFace, ParsedFont> | undefined;

/**
 * The three faces parsed once per process and shared by every PDF. Given the raw bytes, pdfkit parses
 * the font again for each document and fontkit then decodes its layout tables (GSUB, GPOS, cmap…)
 * from scratch. A parsed font is read-only for pdfkit (each document keeps its own glyph subset), so
 * sharing it is safe. fontkit is loaded from pdfkit's own dependencies, as pdfkit does.
 * Measured on the audit pack's 100 CNIL dossiers: ~225 ms a dossier before, see docs/decisions.md.
 */
export function parsedFonts(): Record<FontFace, ParsedFont> {
  if (cachedParsed) return cachedParsed;
  const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
  const fontkit = requireFromPdfkit('fontkit') as { create(data: Buffer): ParsedFont };
  const data = fontData();
  const parse = (face: FontFace): ParsedFont => rememberingLayouts(fontkit.create(data[face]));
  cachedParsed = { regular: parse('regular'), bold: parse('bold'), italic: parse('italic') };
  return cachedParsed;
}
