import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe('the IPC chokepoint', () => {
  it('lets only src-main/app/ipc.ts use ipcMain, so every handler passes the sender check', () => {
    const users = [...sourceFiles(path.resolve('src-main')), ...sourceFiles(path.resolve('src-renderer'))]
      .filter((file) => /\bipcMain\b/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map((file) => path.relative(process.cwd(), file));
    expect(users).toEqual([path.join('src-main', 'app', 'ipc.ts')]);
  });
});
