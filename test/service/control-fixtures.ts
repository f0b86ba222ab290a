/** Shared set-up for the Contrôle service tests: a vault on a clock the test moves, and small builders. */
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { Action, ActionDetail, AuditPlanDetail, CheckDetail, FindingDetail } from '../../src-main/shared/schemas/control';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';

export interface Clock {
  /** Moves the service clock to this instant (ISO 8601). */
  set(iso: string): void;
  readonly now: () => Date;
}

export function clockAt(iso: string): Clock {
  let current = new Date(iso);
  return {
    set(next) {
      current = new Date(next);
    },
    now: () => current,
  };
}

export async function controlVault(start = '2026-03-10T09:00:00Z'): Promise<{ dir: string; service: Service; clock: Clock }> {
  const clock = clockAt(start);
  const { dir, service } = await newVault({ now: clock.now });
  return { dir, service, clock };
}

export async function call<T>(service: Service, method: string, input: unknown): Promise<T> {
  return unwrap((await service.call(method, input)) as Result<T>);
}

/** The error of a call expected to fail (the test fails if it succeeds). */
export async function failure(service: Service, method: string, input: unknown): Promise<{ code: string; message: string; issues?: { path: string; message: string }[] }> {
  const r = await service.call(method, input);
  if (r.ok) throw new Error(`${method} aurait dû échouer`);
  return r.error;
}

/** Adds a user of `role` and returns a second service unlocked as that user on the same vault and clock. */
export async function sessionAs(dpo: Service, dir: string, clock: Clock, role: 'security' | 'compliance'): Promise<Service> {
  const username = `u-${role}`;
  const existing = await dpo.call('user.list', {});
  if (!(existing.ok && (existing.value as { username: string }[]).some((u) => u.username === username))) {
    await call(dpo, 'user.add', { username, displayName: role === 'security' ? 'Karim Benali (RSSI)' : 'Sophie Lefèvre (conformité)', role, passphrase: PASSPHRASE });
  }
  return createService({ vaultDir: dir, now: clock.now });
}

export async function unlock(service: Service, role: 'dpo' | 'security' | 'compliance'): Promise<void> {
  await call(service, 'session.unlock', { username: role === 'dpo' ? 'claire' : `u-${role}`, passphrase: PASSPHRASE });
}

export const hasMethod = (service: Service, name: string): boolean => (service.methods as readonly string[]).includes(name);

export async function plan(service: Service, startYear = 2026, years = 3): Promise<AuditPlanDetail> {
  return call<AuditPlanDetail>(service, 'control.planCreate', { title: `Plan d’audit ${startYear}-${startYear + years - 1}`, startYear, years });
}

export async function orgItem(service: Service, planId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; status: string; completedOn: string | null }> {
  return call(service, 'control.itemAdd', {
    planId,
    title: 'Revue des habilitations',
    target: { kind: 'organisation', control: 'Gestion des habilitations au SI adhérents' },
    year: 2026,
    quarter: 2,
    auditor: 'Claire Martin',
    ...overrides,
  });
}

export async function check(service: Service, overrides: Record<string, unknown> = {}): Promise<CheckDetail> {
  return call<CheckDetail>(service, 'check.create', {
    title: 'Revue des habilitations',
    frequency: 'quarterly',
    owner: 'DSI — Marc Durand',
    checklist: ['Extraire les comptes actifs', 'Comparer aux effectifs RH', 'Désactiver les comptes orphelins'],
    ...overrides,
  });
}

/** A finding from a done audit item of a fresh plan (one plan per vault). */
export async function finding(service: Service, severity: 'low' | 'medium' | 'high' | 'critical' = 'high'): Promise<FindingDetail> {
  const plans = await call<{ id: string }[]>(service, 'control.planList', {});
  const planId = plans[0]?.id ?? (await plan(service)).id;
  const item = await orgItem(service, planId, { status: 'done', completedOn: '2026-03-02' });
  return call<FindingDetail>(service, 'finding.create', {
    title: 'Comptes d’anciens salariés encore actifs',
    description: '14 comptes de salariés partis depuis plus de 3 mois ont toujours accès au SI adhérents.',
    severity,
    observedOn: '2026-03-02',
    source: { type: 'audit', itemId: item.id },
  });
}

export async function action(service: Service, source: Record<string, unknown>, overrides: Record<string, unknown> = {}): Promise<ActionDetail> {
  return call<ActionDetail>(service, 'action.create', {
    source,
    title: 'Désactiver les comptes orphelins',
    owner: 'DSI — Marc Durand',
    dueDate: '2026-03-31',
    ...overrides,
  });
}

/** A breach id usable as an action source: a real breach once the breach module is in the contract. */
export async function breachId(service: Service): Promise<string> {
  if (!hasMethod(service, 'breach.create')) return 'BREACH-FICTIVE-1';
  const b = await call<{ id: string }>(service, 'breach.create', { title: 'Courriel envoyé au mauvais destinataire', discoveredAt: '2026-03-09T08:00:00Z' });
  return b.id;
}

export type { Action };
