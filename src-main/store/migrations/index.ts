import { migration001 } from './001-foundation';
import type { Migration } from './types';

/** Every schema version in order. Forward only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration001];

export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration };
