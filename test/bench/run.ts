/**
 * `npm run bench`: prints performance figures (never asserted). Each module exports
 * `run(report)`; a module may be skipped by name: `npm run bench -- --only foundation,requests`.
 */
import { performance } from 'node:perf_hooks';

export type Report = (label: string, value: string) => void;

interface BenchModule {
  name: string;
  load: () => Promise<{ run: (report: Report) => Promise<void> }>;
}

const modules: BenchModule[] = [
  { name: 'foundation', load: () => import('./foundation.bench') },
  { name: 'requests', load: () => import('./requests.bench') },
  { name: 'breaches', load: () => import('./breaches.bench') },
  { name: 'ropa', load: () => import('./ropa.bench') },
  { name: 'pack', load: () => import('./pack.bench') },
];

const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? (process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined);
const only = onlyArg ? new Set(onlyArg.split(',')) : null;

for (const m of modules) {
  if (only && !only.has(m.name)) continue;
  process.stdout.write(`\n## ${m.name}\n`);
  const t0 = performance.now();
  try {
    const mod = await m.load();
    await mod.run((label, value) => process.stdout.write(`  ${label.padEnd(58)} ${value}\n`));
  } catch (err) {
    process.stdout.write(`  (module indisponible : ${(err as Error).message.split('\n')[0]})\n`);
  }
  process.stdout.write(`  ${'durée du module'.padEnd(58)} ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
