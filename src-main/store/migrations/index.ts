import { migration001 } from './001-foundation';
import { migration002 } from './002-requests';
import { migration003 } from './003-processors-ropa';
import { migration004 } from './004-breaches';
import { migration005 } from './005-control';
import { migration006 } from './006-links';
import type { Migration } from './types';

/** Every schema version in order. Forward only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];

export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration };
