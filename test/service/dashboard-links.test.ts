/**
 * From the real dashboard of a known vault: each figure's link, opened in the app (figure-links.ts
 * → the list page's URL parser → the list call it sends), lists exactly as many records as the
 * figure says (Art. 5(2): a number is one click from its evidence).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/shared/result';
import type { Dashboard, Figure } from '../../src-main/shared/schemas/dashboard';
import { figureHref } from '../../src-renderer/pages/dashboard/figure-links';
import { unwrap } from '../helpers/vault';
import { listCallOfHref } from '../unit/renderer/list-href';
import { packVault, type PackVault } from './pack-fixtures';

function linkedFigures(d: Dashboard): [string, Figure][] {
  const parts = { breaches: d.breaches, requests: d.requests, processors: d.processors, processings: d.processings, actions: d.actions };
  return Object.entries(parts).flatMap(([part, figures]) =>
    Object.entries(figures ?? {}).flatMap(([name, f]) =>
      f && typeof f === 'object' && 'value' in f && 'link' in f && (f as Figure).link ? [[`${part}.${name}`, f as Figure] as [string, Figure]] : [],
    ),
  );
}

describe('dashboard figures opened in the app (5 October 2026)', () => {
  let v: PackVault;
  let d: Dashboard;
  beforeAll(async () => {
    v = await packVault();
    d = unwrap((await v.service.call('dashboard.get', {})) as Result<Dashboard>);
  });
  afterAll(() => v?.dispose());

  it('shows, behind every figure, a list whose total is the figure', async () => {
    const figures = linkedFigures(d);
    expect(figures.length).toBe(16);
    for (const [name, f] of figures) {
      const href = figureHref(f.link, 'dpo');
      expect(href, name).not.toBeNull();
      const call = listCallOfHref(href ?? '');
      const list = unwrap((await v.service.call(call.method, { ...call.input, limit: 500 })) as Result<{ total: number }>);
      expect({ name, href, total: list.total }).toEqual({ name, href, total: f.value });
    }
  });
});
