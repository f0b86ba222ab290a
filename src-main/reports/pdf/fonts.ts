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
