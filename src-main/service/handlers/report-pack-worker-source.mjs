// The audit pack's worker started from the TypeScript sources (`dpo`, `npm run web`, tests): a worker
// thread does not inherit the tsx loader of its parent, so it registers it before loading the worker.
// The Electron build bundles report-pack-worker.ts as out/main/pack-worker.js instead (app/main.ts).
import { register } from 'tsx/esm/api';

register();
await import('./report-pack-worker.ts');
