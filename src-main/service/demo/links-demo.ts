/**
 * Demo links (issue 6): finds the demo register's processings by reference and the demo processors by
 * name, so that demo breaches and requests name them. A step played alone (tests) finds nothing and
 * links nothing.
 */
import type { DemoContext } from './index';

export interface RegisterLookup {
  /** Ids of the processings with these references (those that exist). */
  processingIds(references: readonly string[]): string[];
  /** Ids of the processors with these names (those that exist). */
  processorIds(names: readonly string[]): string[];
}

/** Reads once the processings and processors a demo step links to. */
export async function registerLookup(ctx: DemoContext, references: readonly string[], names: readonly string[]): Promise<RegisterLookup> {
  const byReference = new Map<string, string>();
  for (const reference of new Set(references)) {
    const { rows } = await ctx.call<{ rows: { id: string; reference: string }[] }>('processing.list', { search: reference, limit: 20 });
    const found = rows.find((r) => r.reference === reference);
    if (found) byReference.set(reference, found.id);
  }
  const byName = new Map<string, string>();
  for (const name of new Set(names)) {
    const { rows } = await ctx.call<{ rows: { id: string; name: string }[] }>('processor.list', { search: name, limit: 20 });
    const found = rows.find((r) => r.name === name);
    if (found) byName.set(name, found.id);
  }
  return {
    processingIds: (refs) => refs.flatMap((r) => byReference.get(r) ?? []),
    processorIds: (list) => list.flatMap((n) => byName.get(n) ?? []),
  };
}
