#!/usr/bin/env node
/**
 * `npm start`: runs the desktop app.
 * 1. makes sure the Electron binary is present (downloads it once: it needs network access);
 * 2. builds the Electron copy of the SQLite binding (scripts/build-electron-native.mjs);
 * 3. builds main, preload and renderer (`electron-vite build`);
 * 4. launches Electron on the project (package.json "main" = out/main/index.js) with
 *    DPO_NATIVE_BINDING pointing at the Electron binding.
 *
 * Never `require('electron')` here: that module silently starts a download when the binary is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectronNative } from './build-electron-native.mjs';
import { installFailureLine, showInstallOutput } from './electron-install-output.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/**
 * Where the desktop app cannot start (no Electron binary and no network, no display…), `npm start`
 * still gives the user the workbench: the same interface, served on 127.0.0.1 by `dpo serve --open`.
 * DPO_START_NO_FALLBACK=1 turns this off (the command then fails with the message).
 */
function fallbackToWeb(message) {
  if (process.env.DPO_START_NO_FALLBACK === '1') fail(message);
  console.error(`\n${message}\n`);
  console.error("→ Démarrage de l'interface web locale à la place (npm run web)…\n");
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawn(npm, ['run', 'web', '--', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('close', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return null;
}

/** The Electron executable if installed (same rules as node_modules/electron/index.js), else null. */
function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!relative) return null;
  const executable = path.join(electronDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

function ensureElectron() {
  const found = installedElectron();
  if (found) return found;
  if (!existsSync(path.join(electronDir, 'package.json'))) {
    fail("Electron n'est pas installé : lancez « npm install » puis « npm start ».");
  }
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  console.log(`Téléchargement du binaire Electron ${version} (une seule fois, accès réseau nécessaire)…`);
  // The install script's output is kept: on failure it is a raw English stack (« TypeError: fetch
  // failed »), replaced by one French line unless DPO_START_VERBOSE=1 (or no fallback) asks for it.
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: ['inherit', 'pipe', 'pipe'], encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  const verbose = showInstallOutput(process.env);
  if (verbose && output.trim()) process.stderr.write(output.endsWith('\n') ? output : `${output}\n`);
  const installed = result.status === 0 ? installedElectron() : null;
  if (!installed) {
    return fallbackToWeb(
      `${installFailureLine(version, output, result.status, process.env)}\n` +
        `L'application de bureau ne peut pas démarrer sans lui. Au choix :\n` +
        `  - relancez « npm start » sur un poste connecté à Internet (le téléchargement n'a lieu qu'une fois) ;\n` +
        `  - ou indiquez un Electron ${version} déjà installé avec ELECTRON_OVERRIDE_DIST_PATH=<dossier> ;\n` +
        `  - ou utilisez l'interface web locale, qui n'a pas besoin d'Electron : « npm run web ».`,
    );
  }
  return installed;
}

function run(label, command, args) {
  console.log(label);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`Échec de l'étape « ${label} » : corrigez l'erreur affichée ci-dessus puis relancez « npm start ».`);
}

const electron = ensureElectron();
if (electron) start(electron);

function start(electron) {
let binding;
try {
  binding = buildElectronNative({ root });
} catch (error) {
  fallbackToWeb(error instanceof Error ? error.message : String(error));
  return;
}

run('Construction de l’application (electron-vite build)…', process.execPath, [
  path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  'build',
]);

console.log('Lancement de DPO Workbench…');
const child = spawn(electron, ['.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DPO_NATIVE_BINDING: binding },
});
child.on('error', (error) => fail(`Electron n'a pas pu être lancé : ${error.message}`));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
}
