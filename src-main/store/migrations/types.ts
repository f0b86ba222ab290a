import type { Db } from '../sqlite';

/** One schema version. `up` runs inside the runner's transaction; it must not commit or change pragmas. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
