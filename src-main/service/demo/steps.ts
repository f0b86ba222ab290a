import type { DemoStep } from './index';
import { DEMO_PASSPHRASE, DEMO_USERS } from './index';

const usersStep: DemoStep = async (ctx) => {
  ctx.onProgress?.('Utilisateurs');
  for (const u of DEMO_USERS.slice(1)) {
    await ctx.call('user.add', { username: u.username, displayName: u.displayName, role: u.role, passphrase: DEMO_PASSPHRASE });
  }
};

/** Each module appends its own step here (breaches, requests, processors, register, audit plan). */
export const demoSteps: DemoStep[] = [usersStep];
