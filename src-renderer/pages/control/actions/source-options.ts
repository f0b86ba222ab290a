/**
 * Options of the action form's origin picker. The picker loads a page of the latest items (500
 * breaches); an origin chosen before — from a link, or found by a search — may be older: it is added
 * so the picker always shows what will be saved. Pure, unit-tested.
 */

export interface SourceOption {
  value: string;
  label: string;
}

/** The loaded options, plus the chosen one when the page does not hold it (first, so it is seen). */
export function withSelected(options: readonly SourceOption[], selected: SourceOption | null): SourceOption[] {
  if (selected === null || options.some((o) => o.value === selected.value)) return [...options];
  return [selected, ...options];
}

/**
 * What to ask the service for: the words typed in the picker, not the label of the option just
 * chosen (the picker writes it in its input) nor blanks.
 */
export function searchTermOf(typed: string, selectedLabel: string | null): string | undefined {
  const term = typed.trim();
  if (term === '' || term === selectedLabel?.trim()) return undefined;
  return term.slice(0, 200);
}
