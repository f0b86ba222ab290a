/**
 * `dpo demo`: a vault filled with realistic, clearly fictitious French data — a health mutual, its
 * users, and each module's records. Everything goes through the service (validation, audit log), so a
 * demo vault is exactly what a user would have typed. The benchmark uses the same generator.
 */
import type { Service } from '../types';
import type { Result } from '../../shared/result';
import { DemoRandom } from './random';
import { demoSteps } from './steps';

export const DEMO_PASSPHRASE = 'démo workbench 2026 — fictif';

export const DEMO_ORGANISATION = {
  name: 'Mutuelle Santé Horizon (organisme fictif de démonstration)',
  siren: '732829320',
  address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'France' },
  dpoName: 'Claire Martin',
  dpoEmail: 'dpo@mutuelle-horizon.example',
  dpoPhone: '04 00 00 00 01',
  alsaceMoselle: false,
};

export const DEMO_USERS = [
  { username: 'claire', displayName: 'Claire Martin (DPO)', role: 'dpo' },
  { username: 'karim', displayName: 'Karim Benali (RSSI)', role: 'security' },
  { username: 'sophie', displayName: 'Sophie Lefèvre (conformité)', role: 'compliance' },
] as const;

export interface DemoContext {
  service: Service;
  random: DemoRandom;
  scale: number;
  now: Date;
  /** Calls a method and throws with the French message when it fails (a demo must be complete). */
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  onProgress?: (label: string) => void;
}

export type DemoStep = (ctx: DemoContext) => Promise<void>;

export async function fillDemo(service: Service, options: { scale?: number; seed?: number; now?: Date; onProgress?: (label: string) => void } = {}): Promise<void> {
  const ctx: DemoContext = {
    service,
    random: new DemoRandom(options.seed ?? 2026),
    scale: Math.max(1, Math.floor(options.scale ?? 1)),
    now: options.now ?? new Date(),
    async call<T>(method: string, input: unknown): Promise<T> {
      const r = (await service.call(method, input)) as Result<T>;
      if (!r.ok) throw new Error(`${method} : ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
      return r.value;
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  for (const step of demoSteps) await step(ctx);
}
