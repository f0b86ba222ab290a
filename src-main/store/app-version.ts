import { createRequire } from 'node:module';

/** The application version, from package.json (written into backups, packs and reports). */
export function appVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    for (const p of ['../../package.json', '../../../package.json']) {
      try {
        const pkg = require(p) as { name?: string; version?: string };
        if (pkg.name === 'dpo-workbench' && pkg.version) return pkg.version;
      } catch {
        // try the next location (source tree vs. bundle)
      }
    }
  } catch {
    // fall through
  }
  return process.env.DPO_APP_VERSION ?? '0.0.0';
}
