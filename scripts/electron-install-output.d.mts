/** Types of electron-install-output.mjs (a plain ES module run by Node before any build). */
export function installFailureCause(output: string, status: number | null): string;
export function showInstallOutput(env: Readonly<Record<string, string | undefined>>): boolean;
export function installFailureLine(version: string, output: string, status: number | null, env: Readonly<Record<string, string | undefined>>): string;
