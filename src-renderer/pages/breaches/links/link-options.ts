/**
 * Options of the « traitements / sous-traitants concernés » pickers, built from the light list rows:
 * « REF — Nom », in the order of the register (by reference). Pure, unit-tested.
 */

export interface LinkTarget {
  readonly id: string;
  readonly reference: string;
  readonly name: string;
}

export interface LinkOption {
  value: string;
  label: string;
}

export function linkLabel(item: LinkTarget): string {
  return `${item.reference} — ${item.name}`;
}

/**
 * The options of a picker: every row of the list, plus the items already linked that the list does
 * not hold (not loaded yet, or the list failed), so a saved link never disappears from the picker.
 */
export function linkOptions(rows: readonly LinkTarget[], linked: readonly LinkTarget[] = []): LinkOption[] {
  const seen = new Set<string>();
  const all: LinkTarget[] = [];
  for (const item of [...rows, ...linked]) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    all.push(item);
  }
  return all
    .slice()
    .sort((a, b) => a.reference.localeCompare(b.reference, 'fr', { numeric: true }))
    .map((item) => ({ value: item.id, label: linkLabel(item) }));
}

/** Same set of ids, order ignored (nothing to save). */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** Ids in `after` that were not in `before`: a link just added (the pre-fill is offered then). */
export function addedIds(before: readonly string[], after: readonly string[]): string[] {
  const old = new Set(before);
  return after.filter((id) => !old.has(id));
}
