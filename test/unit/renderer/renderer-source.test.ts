/**
 * Static checks of the renderer's source:
 * - no Mantine component that writes a <style> element at run time (blocked by the CSP);
 * - no user-visible French or English text written directly in a component (it belongs in i18n/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../src-renderer');

function sourceFiles(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, ext);
    return ext.test(entry.name) ? [path] : [];
  });
}

/** Mantine components that render InlineStyles or a <style> element (checked in @mantine/core 9.7). */
const STYLE_INJECTING = ['AppShell', 'Grid', 'SimpleGrid', 'Flex', 'ColorSchemeScript', 'InlineStyles'];

const TEXT_ATTRIBUTES = new Set(['label', 'title', 'placeholder', 'description', 'aria-label', 'alt', 'legend', 'intro']);

/** Visible text written in a component: JSX text with a letter, or a text attribute given a string literal. */
export function literalTexts(source: string): string[] {
  const file = ts.createSourceFile('component.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(file);
      if (TEXT_ATTRIBUTES.has(name) && /\p{L}/u.test(node.initializer.text)) found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('renderer source', () => {
  const components = sourceFiles(ROOT, /\.tsx$/);

  it('uses no Mantine component that injects a <style> element', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(ROOT, /\.tsx?$/)) {
      const source = readFileSync(file, 'utf8');
      for (const imported of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g)) {
        const names = (imported[1] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, ''));
        for (const name of names) if (STYLE_INJECTING.includes(name)) offenders.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('writes no visible text directly in a component', () => {
    const offenders = components.flatMap((file) =>
      literalTexts(readFileSync(file, 'utf8')).map((text) => `${relative(ROOT, file)}: « ${text} »`),
    );
    expect(offenders).toEqual([]);
  });

  it('detects a literal label or text when there is one', () => {
    expect(literalTexts('<Button title="Verrouiller">{t(\'x\')}</Button>')).toEqual(['Verrouiller']);
    expect(literalTexts('<Text>Chargement…</Text>')).toEqual(['Chargement…']);
    expect(literalTexts("<Text>{t('app.loading')}</Text>")).toEqual([]);
  });

  it('keeps the Mantine provider without run-time CSS variables', () => {
    const app = readFileSync(join(ROOT, 'App.tsx'), 'utf8');
    expect(app).toContain('withCssVariables={false}');
    expect(app).toContain('withGlobalClasses={false}');
  });
});
