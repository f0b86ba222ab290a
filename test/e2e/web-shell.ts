/**
 * Starts the web shell on a fresh temporary vault and reads the URL it prints:
 * `DPO Workbench : http://127.0.0.1:<port>/?token=<token>`.
 * `DPO_E2E_SERVE` may name another script with the same command line (used before the CLI existed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WebShell {
  /** The printed URL, token included: opening it sets the session cookie. */
  url: string;
  /** `http://127.0.0.1:<port>`: the only origin the page may talk to. */
  origin: string;
  vaultDir: string;
  stop: () => Promise<void>;
}

const READY = /DPO Workbench : (http:\/\/127\.0\.0\.1:(\d+)\/\?token=\S+)/;
const START_LIMIT_MS = 60_000;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

export async function startWebShell(): Promise<WebShell> {
  const root = resolve(import.meta.dirname, '../..');
  const script = process.env.DPO_E2E_SERVE ?? join(root, 'bin/dpo.mjs');
  const vaultDir = await mkdtemp(join(tmpdir(), 'dpo-e2e-'));
  const child = spawn(process.execPath, [script, 'serve', '--vault', vaultDir, '--port', '0'], {
    cwd: root,
    // Cheap scrypt so each unlock takes milliseconds, not a second (production cost is the default).
    env: { ...process.env, DPO_SCRYPT_LOGN: '14', DPO_VAULT: vaultDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const url = await new Promise<string>((done, failed) => {
    const timer = setTimeout(() => failed(new Error(`Le shell web n'a pas affiché son adresse en ${START_LIMIT_MS / 1000} s :\n${output}`)), START_LIMIT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`Le shell web s'est arrêté (code ${code}) avant d'afficher son adresse :\n${output}`));
    });
  });

  const origin = new URL(url).origin;
  return {
    url,
    origin,
    vaultDir,
    stop: async () => {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
      await rm(vaultDir, { recursive: true, force: true });
    },
  };
}
