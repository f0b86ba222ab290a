/**
 * Where the Electron shell finds the vault and the Electron build of the SQLite binding.
 * Pure functions: the environment, folders and file checks are parameters.
 */
import path from 'node:path';

export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
/** Environment variable set by scripts/start-electron.mjs: absolute path of the Electron .node file. */
export const NATIVE_BINDING_ENV = 'DPO_NATIVE_BINDING';
export const VAULT_ENV = 'DPO_VAULT';

/** DESIGN.md: the vault lives in the per-user data folder unless DPO_VAULT overrides it. */
export function resolveVaultDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env[VAULT_ENV]?.trim();
  return override ? path.resolve(override) : path.join(userDataDir, 'vault');
}

/** `native/electron-<version>/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node` under `projectRoot`. */
export function nativeBindingCandidate(projectRoot: string, electronVersion: string): string {
  return path.join(projectRoot, 'native', `electron-${electronVersion}`, NATIVE_MODULE, 'build', 'Release', 'better_sqlite3.node');
}

/**
 * The binding built against Electron's headers (the Node build in node_modules would fail to load
 * with a NODE_MODULE_VERSION error). Undefined when none is found: the store then falls back to the
 * default binding and reports its own error.
 */
export function resolveNativeBinding(
  env: NodeJS.ProcessEnv,
  projectRoot: string,
  electronVersion: string,
  exists: (file: string) => boolean,
): string | undefined {
  const fromEnv = env[NATIVE_BINDING_ENV]?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  const candidate = nativeBindingCandidate(projectRoot, electronVersion);
  return exists(candidate) ? candidate : undefined;
}
