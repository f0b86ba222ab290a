/**
 * The link from a breach's planned measures (GDPR Art. 33(3)(d)) or a processor alert (Art. 28) to
 * the action plan, with the « Nouvelle action » form open on that origin.
 */
import { describe, expect, it } from 'vitest';
import {
  alertCodeOf,
  newActionPath,
  presetFromParams,
  sourceFromParam,
  sourceToParam,
  titleFromText,
  withoutPreset,
} from '../../../src-renderer/pages/control/actions/action-source-url';

const query = (path: string) => new URLSearchParams(path.slice(path.indexOf('?') + 1));

describe('the origin named in the address', () => {
  it('names a breach by its id', () => {
    expect(sourceToParam({ type: 'breach', id: 'b1' })).toBe('breach:b1');
    expect(sourceFromParam('breach:b1')).toEqual({ type: 'breach', id: 'b1' });
  });

  it('keeps the whole alert key of a processor alert, colons included', () => {
    const source = { type: 'processor' as const, id: 'p1', alert: 'p1:transfer_without_mechanism:p1:hosting:US' };
    expect(sourceToParam(source)).toBe('processor:p1:p1:transfer_without_mechanism:p1:hosting:US');
    expect(sourceFromParam(sourceToParam(source))).toEqual(source);
  });

  it('ignores a missing, unknown or malformed origin (the form then opens empty)', () => {
    expect(sourceFromParam(null)).toBeNull();
    expect(sourceFromParam('')).toBeNull();
    expect(sourceFromParam('breach')).toBeNull();
    expect(sourceFromParam('breach:')).toBeNull();
    expect(sourceFromParam('incident:b1')).toBeNull();
    expect(sourceFromParam('processor:p1')).toBeNull();
    expect(sourceFromParam('processor:p1:')).toBeNull();
    expect(sourceFromParam('breach:../../x')).toBeNull();
  });
});

describe('the link to the action plan', () => {
  it('opens the plan with the source, the title and the detail, each encoded', () => {
    const path = newActionPath({ type: 'breach', id: 'b1' }, 'Chiffrer les postes & les clés', 'Déployer BitLocker\nsur 300 postes');
    expect(path.startsWith('/controle/actions?')).toBe(true);
    expect(presetFromParams(query(path))).toEqual({
      source: { type: 'breach', id: 'b1' },
      title: 'Chiffrer les postes & les clés',
      description: 'Déployer BitLocker\nsur 300 postes',
    });
  });

  it('leaves out an empty detail and clips a title longer than action.create accepts (300)', () => {
    const path = newActionPath({ type: 'breach', id: 'b1' }, 'x'.repeat(400));
    const params = query(path);
    expect(params.has('detail')).toBe(false);
    expect(params.get('titre')).toHaveLength(300);
    expect(params.get('titre')?.endsWith('…')).toBe(true);
  });

  it('takes the title of a breach action from the first line of the planned measures', () => {
    expect(titleFromText('\n  - Chiffrer les postes nomades\n- Former les agents')).toBe('Chiffrer les postes nomades');
    expect(titleFromText('   ')).toBe('');
  });

  it('drops the form parameters once the form is closed, and keeps the filters', () => {
    const params = new URLSearchParams('statut=open&nouvelle=breach:b1&titre=x&detail=y');
    expect(withoutPreset(params).toString()).toBe('statut=open');
    expect(presetFromParams(new URLSearchParams('statut=open'))).toBeNull();
  });
});

describe('the alert an action answers', () => {
  it('reads the alert code inside its stable key, or a bare code', () => {
    expect(alertCodeOf('p1:no_contract:p1')).toBe('no_contract');
    expect(alertCodeOf('p1:certification_expired:c9')).toBe('certification_expired');
    expect(alertCodeOf('no_contract')).toBe('no_contract');
    expect(alertCodeOf('something else')).toBeNull();
  });
});
