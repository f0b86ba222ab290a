/**
 * Reads a file chosen by resolveStaticPath, after checking on disk that it really lies inside the
 * root (a symbolic link inside the build folder must not lead outside it).
 */
import { promises as fs } from 'node:fs';
import { mimeType } from './mime';
import { isStrictlyInside } from './static-path';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The file's content and type, or null when it does not exist, is not a file, or escapes the root. */
export async function readStaticFile(root: string, file: string): Promise<StaticFile | null> {
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    if (!isStrictlyInside(realRoot, realFile)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(realFile), contentType: mimeType(realFile) };
  } catch {
    return null;
  }
}
