/**
 * `npm start` without network: Electron's install script fails with a raw English stack; the user
 * reads one French line with the cause instead (scripts/electron-install-output.mjs).
 */
import { describe, expect, it } from 'vitest';
import { installFailureCause, installFailureLine, showInstallOutput } from '../../scripts/electron-install-output.mjs';

const FETCH_FAILED = `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at async getArtifactRemoteURL (node_modules/@electron/get/dist/cjs/artifact-utils.js:65:20) {
  [cause]: Error: getaddrinfo ENOTFOUND github.com`;

describe('the cause of a failed Electron download', () => {
  it('reads « fetch failed » with an unknown host as no network access', () => {
    expect(installFailureCause(FETCH_FAILED, 1)).toBe('github.com est introuvable : pas d’accès réseau depuis ce poste');
  });

  it('reads a bare « fetch failed » or a refused connection as no access to github.com', () => {
    expect(installFailureCause('TypeError: fetch failed', 1)).toBe('pas d’accès réseau à github.com depuis ce poste');
    expect(installFailureCause('Error: connect ECONNREFUSED 140.82.121.3:443', 1)).toBe('pas d’accès réseau à github.com depuis ce poste');
  });

  it('tells a refused HTTP request, a timeout, a checksum mismatch and a full disk apart', () => {
    expect(installFailureCause('HTTPError: Response code 403 (Forbidden)', 1)).toMatch(/refusé la demande/);
    expect(installFailureCause('Error: connect ETIMEDOUT 140.82.121.3:443', 1)).toMatch(/expiré/);
    expect(installFailureCause('Error: Generated checksum for "electron.zip" did not match', 1)).toMatch(/empreinte/);
    expect(installFailureCause('Error: ENOSPC: no space left on device', 1)).toBe('le disque est plein');
  });

  it('says the download was interrupted when the script was killed, and admits an unknown cause', () => {
    expect(installFailureCause('', null)).toBe('le téléchargement a été interrompu');
    expect(installFailureCause('something else', 1)).toBe('cause inconnue');
  });
});

describe('what npm start prints', () => {
  it('prints one French line, pointing to DPO_START_VERBOSE=1 for the raw output', () => {
    const line = installFailureLine('45.1.0', FETCH_FAILED, 1, {});
    expect(line).toBe('Téléchargement d’Electron 45.1.0 impossible : github.com est introuvable : pas d’accès réseau depuis ce poste (détail : relancez avec DPO_START_VERBOSE=1).');
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/TypeError|fetch failed/);
  });

  it('shows the raw output only with DPO_START_VERBOSE=1 or when the web fallback is turned off', () => {
    expect(showInstallOutput({})).toBe(false);
    expect(showInstallOutput({ DPO_START_VERBOSE: '0' })).toBe(false);
    expect(showInstallOutput({ DPO_START_VERBOSE: '1' })).toBe(true);
    expect(showInstallOutput({ DPO_START_NO_FALLBACK: '1' })).toBe(true);
    expect(installFailureLine('45.1.0', FETCH_FAILED, 1, { DPO_START_VERBOSE: '1' })).not.toContain('DPO_START_VERBOSE');
  });
});
