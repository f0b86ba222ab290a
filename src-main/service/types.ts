import type { Result } from '../shared/result';
import type { MethodName } from '../shared/contract';

/**
 * The one entry point every shell uses. A Service holds at most one unlocked session
 * (one vault, one user). `call` validates, checks the role, runs the handler and never throws.
 */
export interface Service {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Lock and release the vault (idempotent). */
  close(): void;
  /** Names the service can run (same as the contract). */
  readonly methods: readonly MethodName[];
}

export interface ServiceOptions {
  /** Folder holding workbench.db, keyring.json and backups/. */
  vaultDir: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Path of a better-sqlite3 native binding built for another runtime (Electron). */
  nativeBinding?: string;
  /**
   * Entry file of the audit pack's worker thread in a bundled build (Electron: out/main/pack-worker.js);
   * by default the worker is loaded from the TypeScript sources.
   */
  packWorker?: string;
  /** scrypt cost override for tests (log2 N). Production uses the keyring default. */
  scryptLogN?: number;
}
