import { describe, expect, it } from 'vitest';
import { fillDemo } from '../../src-main/service/demo';
import { processingDemoStep } from '../../src-main/service/demo/processing-demo';
import { processorDemoStep } from '../../src-main/service/demo/processor-demo';
import { DemoRandom } from '../../src-main/service/demo/random';
import type { ProcessingListOutput } from '../../src-main/shared/schemas/processing';
import type { ProcessorListOutput } from '../../src-main/shared/schemas/processor';
import type { z } from 'zod';
import { newVault } from '../helpers/vault';
import { call, NOW } from './processor-fixtures';

describe('demo processors and register of a health mutual', () => {
  it('shows every kind of processor alert and a register with validated, incomplete and processor fiches', async () => {
    const { service } = await newVault({ now: () => NOW });
    const ctx = {
      service,
      random: new DemoRandom(2026),
      scale: 2,
      now: NOW,
      async call<T>(method: string, input: unknown): Promise<T> {
        return call<T>(service, method, input);
      },
    };
    await processorDemoStep(ctx);
    await processingDemoStep(ctx);
    const processors = await call<z.infer<typeof ProcessorListOutput>>(service, 'processor.list', { limit: 5000 });
    expect(processors.total).toBe(12 + 8);
    const codes = new Set(processors.rows.flatMap((r) => r.alertCodes));
    for (const code of ['no_contract', 'mandatory_clause_missing', 'review_overdue', 'certification_expired', 'certification_expiring', 'transfer_without_mechanism', 'health_data_without_hds', 'subprocessor_not_authorised', 'subprocessor_without_flowdown']) {
      expect(codes, code).toContain(code);
    }
    expect(processors.rows.find((r) => r.name === 'Hébergeur Santé Cloud')).toMatchObject({ alertCount: 0, hdsValid: true, documentsAttached: 1 });
    const register = await call<z.infer<typeof ProcessingListOutput>>(service, 'processing.list', { limit: 5000 });
    expect(register.total).toBe(11 + 6);
    expect(register.rows.some((r) => r.status === 'validated')).toBe(true);
    expect(register.rows.some((r) => r.missingCount > 0)).toBe(true);
    expect(register.rows.find((r) => r.reference === 'ST-DELEG')?.role).toBe('processor');
    expect(register.rows.find((r) => r.reference === 'TRT-FRAUDE')).toMatchObject({ dpiaOutcome: 'required', dpiaPending: true, reviewOverdue: true });
  });

  it('is part of `dpo demo`', async () => {
    const { service } = await newVault({ now: () => NOW });
    // fillDemo runs every module's step; the processors and the register must come before the modules that link to them.
    const { demoSteps } = await import('../../src-main/service/demo/steps');
    expect(demoSteps.indexOf(processorDemoStep)).toBeGreaterThan(-1);
    expect(demoSteps.indexOf(processingDemoStep)).toBe(demoSteps.indexOf(processorDemoStep) + 1);
    expect(typeof fillDemo).toBe('function');
    service.close();
  });
});
