/**
 * The `dpo` command of issue 2, run as a user runs it: the real bin/dpo.mjs in a child process.
 * Every subcommand with the flags the issue names, the exit codes (0 success, 1 error with a French
 * message on stderr, 2 usage error) and where the vault lives by default.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/shared/contract';
import { LATEST_VERSION } from '../../src-main/store/migrations';
import { createService } from '../../src-main/service/service';
import { DEMO_PASSPHRASE } from '../../src-main/service/demo';
import { hashTree, openRaw } from '../helpers/raw';
import { newVault, ORGANISATION, PASSPHRASE, tempDir, unwrap } from '../helpers/vault';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** bin/dpo.mjs with a clean environment for the variables it reads (no terminal: secrets come from env). */
function dpo(args: string[], env: Record<string, string> = {}, input?: string): Run {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'dpo.mjs'), ...args], {
    env: {
      ...process.env,
      DPO_SCRYPT_LOGN: '12',
      DPO_VAULT: '',
      DPO_USER: '',
      DPO_PASSPHRASE: '',
      DPO_NEW_PASSPHRASE: '',
      DPO_RECOVERY_KIT: '',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const withPassphrase = { DPO_PASSPHRASE: PASSPHRASE };
const KIT = /DPO1(?:-[0-9A-Z]{1,6})+/;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function json<T>(run: Run): T {
  return JSON.parse(run.stdout) as T;
}

async function organisationName(dir: string, username = 'claire', passphrase = PASSPHRASE): Promise<string> {
  const s = createService({ vaultDir: dir });
  try {
    unwrap(await s.call('session.unlock', { username, passphrase }));
    return (unwrap(await s.call('organisation.get', {})) as { name: string }).name;
  } finally {
    s.close();
  }
}

describe('dpo init --vault DIR --org NAME --user NAME', () => {
  it('creates the vault with its first user as DPO and prints the recovery kit, which opens the database', async () => {
    const dir = join(tempDir(), 'coffre');
    const r = dpo(['init', '--vault', dir, '--org', 'Mutuelle Exemple (fictive)', '--user', 'claire'], withPassphrase);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('KIT DE RÉCUPÉRATION');
    const kit = KIT.exec(r.stdout)?.[0];
    expect(kit).toBeDefined();
    expect(existsSync(join(dir, 'workbench.db')) && existsSync(join(dir, 'keyring.json'))).toBe(true);
    const raw = openRaw(dir, kit ?? '');
    expect(raw.prepare(`SELECT username, role FROM users`).all()).toEqual([{ username: 'claire', role: 'dpo' }]);
    raw.close();
    expect(await organisationName(dir)).toBe('Mutuelle Exemple (fictive)');
  });

  it('is a usage error (exit 2) without --user, and an error in French (exit 1) where a vault already exists', async () => {
    const dir = join(tempDir(), 'coffre');
    const noUser = dpo(['init', '--vault', dir, '--org', 'Mutuelle'], withPassphrase);
    expect(noUser.status).toBe(2);
    expect(noUser.stderr).toContain('--user');
    expect(existsSync(join(dir, 'workbench.db'))).toBe(false);
    const noPassphrase = dpo(['init', '--vault', dir, '--org', 'Mutuelle', '--user', 'claire']);
    expect(noPassphrase.status).toBe(2);
    expect(noPassphrase.stderr).toContain('DPO_PASSPHRASE');
    expect(dpo(['init', '--vault', dir, '--org', 'Mutuelle', '--user', 'claire'], withPassphrase).status).toBe(0);
    const before = hashTree(dir);
    const again = dpo(['init', '--vault', dir, '--org', 'Autre', '--user', 'claire'], withPassphrase);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^dpo : .*existe déjà/);
    expect(hashTree(dir)).toEqual(before);
  });
});

describe('where the vault lives', () => {
  it('defaults to the per-user data folder ($XDG_DATA_HOME/dpo-workbench, else ~/.local/share/dpo-workbench)', async () => {
    const home = tempDir();
    const r = dpo(['init', '--org', 'Mutuelle par défaut', '--user', 'claire'], { ...withPassphrase, HOME: home, XDG_DATA_HOME: '' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const dir = join(home, '.local', 'share', 'dpo-workbench');
    expect(r.stdout).toContain(`Coffre créé dans ${dir}`);
    expect(existsSync(join(dir, 'workbench.db'))).toBe(true);
    const xdg = join(tempDir(), 'donnees');
    expect(dpo(['init', '--org', 'Mutuelle XDG', '--user', 'claire'], { ...withPassphrase, HOME: home, XDG_DATA_HOME: xdg }).status).toBe(0);
    expect(existsSync(join(xdg, 'dpo-workbench', 'workbench.db'))).toBe(true);
    // Later commands find the default vault without --vault.
    const call = dpo(['call', 'organisation.get', '--user', 'claire'], { ...withPassphrase, HOME: home, XDG_DATA_HOME: '' });
    expect(call.status).toBe(0);
    expect(json<{ value: { name: string } }>(call).value.name).toBe('Mutuelle par défaut');
  });

  it('follows DPO_VAULT instead of the default, and --vault before both', async () => {
    const home = tempDir();
    const fromEnv = join(tempDir(), 'coffre-env');
    const r = dpo(['init', '--org', 'Mutuelle DPO_VAULT', '--user', 'claire'], { ...withPassphrase, HOME: home, DPO_VAULT: fromEnv });
    expect(r.status).toBe(0);
    expect(existsSync(join(fromEnv, 'workbench.db'))).toBe(true);
    expect(existsSync(join(home, '.local', 'share', 'dpo-workbench'))).toBe(false);
    const viaEnv = dpo(['call', 'organisation.get'], { ...withPassphrase, HOME: home, DPO_VAULT: fromEnv });
    expect(json<{ value: { name: string } }>(viaEnv).value.name).toBe('Mutuelle DPO_VAULT');
    const { dir, service } = await newVault();
    service.close();
    const viaFlag = dpo(['call', 'organisation.get', '--vault', dir], { ...withPassphrase, HOME: home, DPO_VAULT: fromEnv });
    expect(json<{ value: { name: string } }>(viaFlag).value.name).toBe(ORGANISATION.name);
  });
});

describe('dpo call METHOD [JSON|-] --vault DIR --user NAME', () => {
  it('runs a contract method and prints its Result as JSON (exit 0), the JSON given inline or on stdin with « - »', async () => {
    const { dir, service } = await newVault();
    service.close();
    const added = dpo(['call', 'user.add', JSON.stringify({ username: 'karim', displayName: 'Karim Benali', role: 'security', passphrase: PASSPHRASE }), '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(json<{ ok: boolean; value: { role: string } }>(added)).toMatchObject({ ok: true, value: { role: 'security' } });
    const update = JSON.stringify({ ...ORGANISATION, name: 'Mutuelle lue sur l’entrée standard' });
    const fromStdin = dpo(['call', 'organisation.update', '-', '--vault', dir, '--user', 'claire'], withPassphrase, update);
    expect(fromStdin.status).toBe(0);
    expect(await organisationName(dir)).toBe('Mutuelle lue sur l’entrée standard');
    const list = dpo(['call', 'user.list', '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(json<{ value: { username: string }[] }>(list).value.map((u) => u.username).sort()).toEqual(['claire', 'karim']);
  });

  it('exits 1 on a failed call: the Result on stdout, the French sentence and the fields to fix on stderr', async () => {
    const { dir, service } = await newVault();
    service.close();
    const r = dpo(['call', 'organisation.update', JSON.stringify({ ...ORGANISATION, siren: '123456789' }), '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(r.status).toBe(1);
    expect(json<{ ok: boolean; error: { code: string } }>(r)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(r.stderr).toMatch(/^dpo : Certaines informations sont invalides/);
    expect(r.stderr).toMatch(/siren : SIREN invalide/);
  });

  it('refuses the role what the matrix refuses (compliance may not add a user): exit 1, FORBIDDEN', async () => {
    const { dir, service } = await newVault();
    unwrap(await service.call('user.add', { username: 'sophie', displayName: 'Sophie', role: 'compliance', passphrase: PASSPHRASE }));
    service.close();
    const r = dpo(['call', 'user.add', JSON.stringify({ username: 'intrus', displayName: 'Intrus', role: 'dpo', passphrase: PASSPHRASE }), '--vault', dir, '--user', 'sophie'], withPassphrase);
    expect(r.status).toBe(1);
    expect(json<{ error: { code: string } }>(r).error.code).toBe('FORBIDDEN');
    expect(r.stderr).toMatch(/rôle \(compliance\) ne permet pas/);
  });

  it('is a usage error (exit 2) for an unknown method or JSON that does not parse', async () => {
    const { dir, service } = await newVault();
    service.close();
    const unknown = dpo(['call', 'breach.explode', '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Méthode inconnue « breach\.explode »/);
    const badJson = dpo(['call', 'organisation.update', '{nom: pas du JSON}', '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(badJson.status).toBe(2);
    expect(badJson.stderr).toMatch(/Argument JSON invalide/);
  });
});

describe('dpo methods', () => {
  it('lists every contract method with its roles and its input as JSON Schema', () => {
    const r = dpo(['methods']);
    expect(r.status).toBe(0);
    const methods = json<{ name: string; roles: unknown; input: { $schema: string; type: string; properties?: Record<string, unknown>; required?: string[] } }[]>(r);
    expect(methods.map((m) => m.name)).toEqual([...METHOD_NAMES]);
    for (const m of methods) expect(m.input.$schema, m.name).toMatch(/json-schema\.org/);
    const add = methods.find((m) => m.name === 'user.add');
    expect(add?.roles).toEqual(['dpo']);
    expect(add?.input.type).toBe('object');
    expect(add?.input.required).toEqual(expect.arrayContaining(['username', 'displayName', 'role', 'passphrase']));
    expect(add?.input.properties?.role).toEqual({ type: 'string', enum: ['dpo', 'security', 'compliance'] });
  });
});

describe('dpo verify, dpo backup [--out FILE], dpo restore FILE --to DIR', () => {
  it('verify says the vault is intact (exit 0)', async () => {
    const { dir, service } = await newVault();
    service.close();
    const r = dpo(['verify', '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Coffre intègre : contrôle SQLite « ok »/);
  });

  it('backup --out writes an encrypted, verified copy with its manifest (time, schema version, audit head, SHA-256)', async () => {
    const { dir, service } = await newVault();
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'Mutuelle sauvegardée' }));
    service.close();
    const out = join(tempDir(), 'copie.dpobak');
    const r = dpo(['backup', '--out', out, '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const manifest = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as { createdAt: string; schemaVersion: number; auditHead: { seq: number; hash: string }; sha256: string; file: string };
    expect(manifest.file).toBe('copie.dpobak');
    expect(Number.isNaN(Date.parse(manifest.createdAt))).toBe(false);
    expect(manifest.schemaVersion).toBe(LATEST_VERSION);
    expect(manifest.sha256).toBe(sha256(out));
    expect(r.stdout).toContain(manifest.sha256);
    const s = createService({ vaultDir: dir });
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
    const head = (unwrap(await s.call('audit.verify', {})) as { head: { seq: number; hash: string } }).head;
    s.close();
    expect(manifest.auditHead).toEqual(head);
    expect(readFileSync(out).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(readFileSync(out).includes(Buffer.from('Mutuelle sauvegardée'))).toBe(false);
    const again = dpo(['backup', '--out', out, '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/existe déjà/);
  });

  it('restore FILE --to DIR rebuilds a vault elsewhere from a backup and the recovery kit', async () => {
    const { dir, service, kit } = await newVault();
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'Mutuelle restaurée' }));
    service.close();
    const out = join(tempDir(), 'hors-site.dpobak');
    expect(dpo(['backup', '--out', out, '--vault', dir, '--user', 'claire'], withPassphrase).status).toBe(0);
    const target = join(tempDir(), 'nouveau-poste');
    expect(dpo(['restore', out, '--recovery'], { DPO_RECOVERY_KIT: kit }).status).toBe(2); // --to is required
    const restored = dpo(['restore', out, '--to', target, '--recovery'], { DPO_RECOVERY_KIT: kit });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('dpo unlock --recovery');
    const unlocked = dpo(['unlock', '--recovery', '--vault', target, '--user', 'claire'], { DPO_RECOVERY_KIT: kit, DPO_NEW_PASSPHRASE: 'phrase du nouveau poste' });
    expect(unlocked.status).toBe(0);
    expect(await organisationName(target, 'claire', 'phrase du nouveau poste')).toBe('Mutuelle restaurée');
  });
});

describe('dpo passwd, dpo rekey, dpo unlock', () => {
  it('passwd replaces the passphrase: the old one is refused in French (exit 1), the new one opens', async () => {
    const { dir, service } = await newVault();
    service.close();
    const r = dpo(['passwd', '--vault', dir, '--user', 'claire'], { DPO_PASSPHRASE: PASSPHRASE, DPO_NEW_PASSPHRASE: 'ma toute nouvelle phrase' });
    expect(r.status).toBe(0);
    const old = dpo(['unlock', '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(old.status).toBe(1);
    expect(old.stderr).toMatch(/^dpo : .*phrase secrète incorrects/);
    expect(dpo(['unlock', '--vault', dir, '--user', 'claire'], { DPO_PASSPHRASE: 'ma toute nouvelle phrase' }).status).toBe(0);
  });

  it('a wrong passphrase leaves every vault file byte-identical', async () => {
    const { dir, service } = await newVault();
    service.close();
    const before = hashTree(dir);
    const r = dpo(['verify', '--vault', dir, '--user', 'claire'], { DPO_PASSPHRASE: 'pas la bonne phrase' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/phrase secrète incorrects/);
    expect(hashTree(dir)).toEqual(before);
  });

  it('rekey prints a new recovery kit: it opens the database, the old one no longer does', async () => {
    const { dir, service, kit: oldKit } = await newVault();
    service.close();
    const r = dpo(['rekey', '--vault', dir, '--user', 'claire'], withPassphrase);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const newKit = KIT.exec(r.stdout)?.[0] ?? '';
    expect(newKit).not.toBe('');
    expect(newKit).not.toBe(oldKit);
    expect(() => openRaw(dir, oldKit).prepare('SELECT count(*) FROM users').get()).toThrow();
    const raw = openRaw(dir, newKit);
    expect(raw.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    raw.close();
    expect(dpo(['verify', '--vault', dir, '--user', 'claire'], withPassphrase).status).toBe(0);
  });

  it('unlock --recovery without --user is a usage error (exit 2); with a wrong kit, an error in French (exit 1)', async () => {
    const { dir, service, kit } = await newVault();
    service.close();
    const env = { DPO_RECOVERY_KIT: kit, DPO_NEW_PASSPHRASE: 'phrase après récupération' };
    expect(dpo(['unlock', '--recovery', '--vault', dir], env).status).toBe(2);
    const wrong = dpo(['unlock', '--recovery', '--vault', dir, '--user', 'claire'], { ...env, DPO_RECOVERY_KIT: 'DPO1-AAAAAA-BBBBBB' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^dpo : Kit de récupération incomplet/);
  });
});

describe('dpo demo --vault DIR [--scale N]', () => {
  it('creates a vault of clearly fictitious French data: a mutual and its three users, one per role', async () => {
    const dir = join(tempDir(), 'demo');
    const r = dpo(['demo', '--vault', dir, '--scale', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('données fictives');
    const s = createService({ vaultDir: dir });
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: DEMO_PASSPHRASE }));
    const org = unwrap(await s.call('organisation.get', {})) as { name: string; siren: string; missing: string[] };
    expect(org.name).toMatch(/Mutuelle .*fictif/);
    expect(org.missing).toEqual([]);
    const users = unwrap(await s.call('user.list', {})) as { username: string; role: string }[];
    expect(users.map((u) => u.role).sort()).toEqual(['compliance', 'dpo', 'security']);
    expect((unwrap(await s.call('vault.verify', {})) as { ok: boolean }).ok).toBe(true);
    s.close();
  }, 180_000);

  it('refuses a scale that is not a positive integer (exit 2) and an existing vault (exit 1)', async () => {
    const dir = join(tempDir(), 'demo');
    expect(dpo(['demo', '--vault', dir, '--scale', '0']).status).toBe(2);
    const { dir: existing, service } = await newVault();
    service.close();
    const r = dpo(['demo', '--vault', existing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^dpo : .*existe déjà/);
  });
});

describe('exit codes', () => {
  it('2 for an unknown command or option, with the French usage message', () => {
    const r = dpo(['sauvegarder']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/commande inconnue « sauvegarder »/);
  });
});
