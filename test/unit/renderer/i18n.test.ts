import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src-main/shared/errors';
import { ROLES } from '../../../src-main/shared/roles';
import { compareDictionaries } from '../../../src-renderer/i18n/check-dictionaries';
import { en } from '../../../src-renderer/i18n/en';
import { errorCodeKey } from '../../../src-renderer/i18n/error-text';
import { fr } from '../../../src-renderer/i18n/fr';
import { DICTIONARIES, interpolate, placeholdersOf, translate } from '../../../src-renderer/i18n/translate';
import { MODULES, SETTINGS_SECTIONS } from '../../../src-renderer/navigation';

describe('dictionaries', () => {
  it('gives every French key an English translation with the same placeholders', () => {
    expect(compareDictionaries(fr, en)).toEqual([]);
  });

  it('reports a key missing in one dictionary and a placeholder that differs', () => {
    const reference = { 'a.title': 'Échéance le {date}', 'a.body': 'Texte', 'a.count': '{n} lignes' };
    const translation = { 'a.title': 'Due on {day}', 'a.count': '{n} rows', 'a.extra': 'Extra' };
    expect(compareDictionaries(reference, translation)).toEqual([
      { key: 'a.title', problem: 'placeholders-differ', detail: '{date} ≠ {day}' },
      { key: 'a.body', problem: 'missing-in-translation' },
      { key: 'a.extra', problem: 'missing-in-reference' },
    ]);
  });

  it('translates every error code of the contract in both languages', () => {
    for (const code of ERROR_CODES) {
      for (const dictionary of Object.values(DICTIONARIES)) {
        expect(dictionary[errorCodeKey(code)], code).toMatch(/\S/);
      }
    }
  });

  it('names every role, module and settings section in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const role of ROLES) expect(translate(lang, `roles.${role}`)).toMatch(/\S/);
      for (const m of MODULES) expect(translate(lang, m.labelKey)).toMatch(/\S/);
      for (const s of SETTINGS_SECTIONS) expect(translate(lang, `settings.section.${s}`)).toMatch(/\S/);
    }
  });

  it('uses the French module names of the specification', () => {
    expect(MODULES.map((m) => fr[m.labelKey])).toEqual([
      'Tableau de bord',
      'Violations',
      'Demandes',
      'Sous-traitants',
      'Registre des traitements',
      'Contrôle',
      'Rapports',
      'Paramètres',
    ]);
  });
});

describe('interpolation', () => {
  it('replaces each placeholder by its value', () => {
    expect(translate('fr', 'shell.autoLocked', { minutes: 15 })).toBe("Coffre verrouillé automatiquement après 15 min d'inactivité.");
  });

  it('leaves a placeholder without a value visible rather than printing nothing', () => {
    expect(interpolate('Échéance le {date} à {time}', { date: '5 mars' })).toBe('Échéance le 5 mars à {time}');
  });

  it('lists placeholders sorted and once each', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});
