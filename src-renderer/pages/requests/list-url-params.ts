/**
 * Reading and writing list filters in the URL (`#/demandes?en-retard=1`), shared by the Violations,
 * Demandes, Sous-traitants and Registre lists: a dashboard figure, a link from another record or a
 * bookmark opens exactly the rows it names (Art. 5(2)). Tolerant by design: a value the contract
 * does not know is dropped, never sent and never thrown.
 */

/** A comma-separated list of known values; null when the parameter is absent. */
export function listParam<K extends string>(params: URLSearchParams, name: string, keys: readonly K[]): K[] | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const seen = new Set<K>();
  for (const v of raw.split(',')) {
    const value = v.trim();
    if ((keys as readonly string[]).includes(value)) seen.add(value as K);
  }
  return [...seen];
}

/** One known value, or null. */
export function oneOf<K extends string>(value: string | null, keys: readonly K[]): K | null {
  return value !== null && (keys as readonly string[]).includes(value) ? (value as K) : null;
}

/** `1` switches a yes/no filter on; anything else leaves it off. */
export function flagParam(params: URLSearchParams, name: string): boolean {
  return params.get(name) === '1';
}

/** `1` → true, `0` → false, anything else (or absent) → null (no filter). */
export function boolParam(params: URLSearchParams, name: string): boolean | null {
  const raw = params.get(name);
  return raw === '1' ? true : raw === '0' ? false : null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day `YYYY-MM-DD` (not 2026-02-30), or '' (no bound). */
export function dateParam(params: URLSearchParams, name: string): string {
  const raw = params.get(name) ?? '';
  const m = DAY.exec(raw);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? raw : '';
}

/** Record ids as the contract accepts them (common.ts `Id`). */
const ID = /^[0-9A-Za-z_-]{1,64}$/;

export function idParam(params: URLSearchParams, name: string): string | null {
  const raw = params.get(name);
  return raw !== null && ID.test(raw) ? raw : null;
}

/** A whole number within bounds, or null. */
export function intParam(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = params.get(name);
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

/** The page in the URL is 1-based; below 2 it is left out. */
export function pageParam(params: URLSearchParams, name = 'page'): number {
  return intParam(params, name, 1, 1_000_000) ?? 1;
}

/** `path?query`, or just the path when nothing is filtered. */
export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** A plain object (a dashboard link's input), or an empty one. */
export function inputRecord(input: unknown): Readonly<Record<string, unknown>> {
  return input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
}
