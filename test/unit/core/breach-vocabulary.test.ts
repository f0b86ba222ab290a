import { describe, expect, it } from 'vitest';
import * as vocab from '../../../src-main/core/breach-vocabulary';

/** Every (ids, labels) pair exported by the module. */
const LISTS: [string, readonly string[], Record<string, vocab.Label>][] = [
  ['natures', vocab.BREACH_NATURES, vocab.BREACH_NATURE_LABELS],
  ['confidentiality types', vocab.CONFIDENTIALITY_TYPES, vocab.CONFIDENTIALITY_TYPE_LABELS],
  ['unintelligibility', vocab.UNINTELLIGIBILITY_STATES, vocab.UNINTELLIGIBILITY_LABELS],
  ['integrity types', vocab.INTEGRITY_TYPES, vocab.INTEGRITY_TYPE_LABELS],
  ['availability types', vocab.AVAILABILITY_TYPES, vocab.AVAILABILITY_TYPE_LABELS],
  ['incident types', vocab.INCIDENT_TYPES, vocab.INCIDENT_TYPE_LABELS],
  ['causes', vocab.BREACH_CAUSES, vocab.BREACH_CAUSE_LABELS],
  ['subject categories', vocab.SUBJECT_CATEGORIES, vocab.SUBJECT_CATEGORY_LABELS],
  ['data types', vocab.DATA_TYPES, vocab.DATA_TYPE_LABELS],
  ['measures in place', vocab.MEASURES_IN_PLACE, vocab.MEASURE_IN_PLACE_LABELS],
  ['confidentiality consequences', vocab.CONFIDENTIALITY_CONSEQUENCES, vocab.CONFIDENTIALITY_CONSEQUENCE_LABELS],
  ['integrity consequences', vocab.INTEGRITY_CONSEQUENCES, vocab.INTEGRITY_CONSEQUENCE_LABELS],
  ['availability consequences', vocab.AVAILABILITY_CONSEQUENCES, vocab.AVAILABILITY_CONSEQUENCE_LABELS],
  ['impacts', vocab.IMPACT_TYPES, vocab.IMPACT_TYPE_LABELS],
  ['severities', vocab.IMPACT_SEVERITIES, vocab.IMPACT_SEVERITY_LABELS],
  ['discovery', vocab.DISCOVERY_SOURCES, vocab.DISCOVERY_SOURCE_LABELS],
  ['number precision', vocab.NUMBER_PRECISIONS, vocab.NUMBER_PRECISION_LABELS],
  ['communication status', vocab.COMMUNICATION_STATUSES, vocab.COMMUNICATION_STATUS_LABELS],
];

describe('Breach vocabulary (REGULATORY.md §2b)', () => {
  for (const [name, ids, labels] of LISTS) {
    it(`gives every ${name} entry a French and an English label, with no duplicate id`, () => {
      expect(new Set(ids).size).toBe(ids.length);
      expect(Object.keys(labels).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        expect(labels[id]?.fr.trim().length).toBeGreaterThan(0);
        expect(labels[id]?.en.trim().length).toBeGreaterThan(0);
      }
    });
  }

  it('has the C/I/A natures and the 25 incident types of the EDPB template', () => {
    expect(vocab.BREACH_NATURES).toEqual(['confidentiality', 'integrity', 'availability']);
    expect(vocab.INCIDENT_TYPES).toHaveLength(25);
    expect(vocab.INCIDENT_TYPE_LABELS.ransomware.fr).toBe('Rançongiciel');
  });

  it('adds members and beneficiaries of a health mutual to the data-subject categories', () => {
    expect(vocab.SUBJECT_CATEGORY_LABELS.members.fr).toContain('Adhérents');
    expect(vocab.SUBJECT_CATEGORY_LABELS.beneficiaries.fr).toContain('Ayants droit');
    expect(vocab.SUBJECT_CATEGORY_LABELS.minors.vulnerable).toBe(true);
  });

  it('flags the Art. 9 special categories, Art. 10 data and the NIR', () => {
    const special = vocab.DATA_TYPES.filter((t) => vocab.DATA_TYPE_LABELS[t].special);
    expect(special.sort()).toEqual(['biometric', 'employment_health', 'genetic', 'health', 'political', 'racial_ethnic', 'religious_philosophical', 'sex_life_orientation', 'trade_union']);
    expect(vocab.DATA_TYPE_LABELS.criminal.criminal).toBe(true);
    expect(vocab.DATA_TYPE_LABELS.nir.nir).toBe(true);
    expect(vocab.hasSpecialCategories(['contact', 'health'])).toBe(true);
    expect(vocab.hasSpecialCategories(['contact', 'nir'])).toBe(false);
  });

  it('offers exact / approximate / unknown as number precision (Art. 33(3)(a) « approximate »)', () => {
    expect(vocab.NUMBER_PRECISIONS).toEqual(['exact', 'approximate', 'unknown']);
  });

  it('validates ids with the exported zod schemas', () => {
    expect(vocab.DataTypeSchema.safeParse('health').success).toBe(true);
    expect(vocab.DataTypeSchema.safeParse('santé').success).toBe(false);
    expect(vocab.CommunicationStatusSchema.safeParse('no_art34_3_condition').success).toBe(true);
  });
});
