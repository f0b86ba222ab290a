import type { DemoStep } from './index';
import { DEMO_PASSPHRASE, DEMO_USERS } from './index';
import { requestDemoStep } from './request-demo';
import { controlDemoStep } from './control-demo';
import { breachDemoStep } from './breach-demo';
import { processorDemoStep } from './processor-demo';
import { processingDemoStep } from './processing-demo';

const usersStep: DemoStep = async (ctx) => {
  ctx.onProgress?.('Utilisateurs');
  for (const u of DEMO_USERS.slice(1)) {
    await ctx.call('user.add', { username: u.username, displayName: u.displayName, role: u.role, passphrase: DEMO_PASSPHRASE });
  }
};

/** Each module appends its own step here (breaches, requests, processors, register, audit plan). */
export const demoSteps: DemoStep[] = [usersStep, processorDemoStep, processingDemoStep, requestDemoStep, controlDemoStep, breachDemoStep];
