#!/usr/bin/env node
/**
 * Builds a second copy of better-sqlite3-multiple-ciphers against Electron's headers, in
 * native/electron-<version>/, so that the Node build in node_modules (used by tests and the CLI)
 * and the Electron build never fight over one .node file (DESIGN.md "Native module for Electron").
 *
 * Usage: node scripts/build-electron-native.mjs   (does nothing if the .node file already exists)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron version the app is built for (node_modules/electron/package.json). */
export function electronVersion(root = projectRoot) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

/** Path of the Electron build of the binding, whether or not it exists yet. */
export function electronNativeBinding(root = projectRoot, version = electronVersion(root)) {
  return path.join(root, 'native', `electron-${version}`, MODULE, 'build', 'Release', 'better_sqlite3.node');
}

/**
 * The environment for node-gyp: npm passes the user's `nodedir` (set to /usr on this machine for
 * the Node build) as npm_config_nodedir, which would make node-gyp compile against Node's headers
 * instead of Electron's — the exact mix-up this copy exists to avoid.
 */
function gypEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

/** Returns the path of the .node file; throws an Error with a French message on failure. */
export function buildElectronNative({ root = projectRoot, log = console.log } = {}) {
  const version = electronVersion(root);
  const binding = electronNativeBinding(root, version);
  if (existsSync(binding)) {
    log(`Module SQLite pour Electron ${version} déjà construit : ${path.relative(root, binding)}`);
    return binding;
  }
  const source = path.join(root, 'node_modules', MODULE);
  const target = path.join(root, 'native', `electron-${version}`, MODULE);
  if (!existsSync(source)) {
    throw new Error(`Le module ${MODULE} est absent de node_modules : lancez « npm install » puis recommencez.`);
  }
  log(`Copie de node_modules/${MODULE} (sans build/) vers ${path.relative(root, target)}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  const buildDir = path.join(source, 'build');
  cpSync(source, target, {
    recursive: true,
    filter: (file) => file !== buildDir && !file.startsWith(buildDir + path.sep),
  });

  const nodeGyp = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp');
  const args = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    '--jobs=max',
  ];
  log(`Compilation pour Electron ${version} (quelques minutes) : node-gyp ${args.join(' ')}`);
  const result = spawnSync(nodeGyp, args, { cwd: target, env: gypEnv(), stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 || !existsSync(binding)) {
    throw new Error(
      `La compilation de ${MODULE} pour Electron ${version} a échoué. Il faut : les en-têtes d'Electron ` +
        `(téléchargés depuis https://electronjs.org/headers la première fois, donc un accès réseau), ` +
        `Python 3, make et un compilateur C++ (paquet build-essential). Corrigez puis relancez « npm start ».`,
    );
  }
  log(`Module SQLite pour Electron prêt : ${path.relative(root, binding)}`);
  return binding;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    buildElectronNative();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
