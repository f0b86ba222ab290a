/** Shared data for the breach tests: a vault on a fixed clock, its users, and typical records. */
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { BreachDetail } from '../../src-main/shared/schemas/breach';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';

export { CONTACT_LEAK, HEALTH_DISCLOSURE, MISSENT_STATEMENT, RANSOMWARE_WITH_BACKUP } from './breach-data';

export const HOUR = 3_600_000;

/** A clock the test moves by hand: the service reads it at every call. */
export function testClock(start: string) {
  let current = new Date(start);
  return {
    now: () => current,
    set(iso: string) {
      current = new Date(iso);
    },
  };
}

export type Call = <T = BreachDetail>(method: string, input: unknown) => Promise<T>;

export const callerOf =
  (service: Service): Call =>
  async <T>(method: string, input: unknown) =>
    unwrap((await service.call(method, input)) as Result<T>);

/** A vault (DPO « claire ») on a clock starting at `start`, with a security and a compliance officer. */
export async function breachVault(start: string) {
  const clock = testClock(start);
  const { dir, service } = await newVault({ now: clock.now });
  const call = callerOf(service);
  await call('user.add', { username: 'karim', displayName: 'Karim Benali', role: 'security', passphrase: PASSPHRASE });
  await call('user.add', { username: 'sophie', displayName: 'Sophie Lefèvre', role: 'compliance', passphrase: PASSPHRASE });
  /** Another session on the same vault and clock, for a user of another role. */
  const as = async (username: 'claire' | 'karim' | 'sophie'): Promise<Service> => {
    const s = createService({ vaultDir: dir, now: clock.now });
    unwrap(await s.call('session.unlock', { username, passphrase: PASSPHRASE }));
    return s;
  };
  return { dir, service, call, clock, as };
}

/** Logs an incident and brings it to « confirmed » with awareness at `awareAt`. */
export async function confirmedBreach(call: Call, discoveredAt: string, awareAt: string, title = 'Relevé envoyé au mauvais adhérent'): Promise<BreachDetail> {
  const created = await call('breach.create', { title, discoveredAt });
  await call('breach.startAssessment', { id: created.id });
  return call('breach.confirm', { id: created.id, awareAt });
}
