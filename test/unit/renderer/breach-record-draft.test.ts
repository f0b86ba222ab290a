/** The breach record's section forms: what is sent to `breach.update` (record-draft.ts). */
import { describe, expect, it } from 'vitest';
import { BreachUpdateInput } from '../../../src-main/shared/schemas/breach';
import { draftToPatch, rebaseDraft, toDraft, updateInputOf } from '../../../src-renderer/pages/breaches/record/record-draft';
import { SECTIONS, type SectionSpec } from '../../../src-renderer/pages/breaches/record/section-specs';

function section(id: string): SectionSpec {
  const spec = SECTIONS.find((s) => s.id === id);
  if (!spec) throw new Error(`section ${id} absente`);
  return spec;
}

const timeline = {
  occurrence: 'specific',
  occurredFrom: null,
  occurredTo: null,
  estimated: false,
  discoveredAt: '2026-03-05T13:30:27.000Z',
  discoverySource: null,
  discoveredBy: '',
  discoveryDescription: '',
  processorAlertAt: null,
  delayReasons: '',
  comments: '',
};

describe('record sections', () => {
  it('sends only what changed: an untouched discovery instant is not rounded to the minute', () => {
    const spec = section('timeline');
    const initial = toDraft(spec.fields, timeline);
    expect(initial.discoveredAt).toBe('2026-03-05T14:30');
    const { values, errors } = draftToPatch(spec.fields, { ...initial, delayReasons: 'Enquête du prestataire' }, initial);
    expect(errors).toEqual({});
    expect(values).toEqual({ delayReasons: 'Enquête du prestataire' });
  });

  it('reads a typed Paris time as an instant with its offset', () => {
    const spec = section('timeline');
    const initial = toDraft(spec.fields, timeline);
    const { values } = draftToPatch(spec.fields, { ...initial, processorAlertAt: '2026-07-01T08:15' }, initial);
    expect(values.processorAlertAt).toBe('2026-07-01T08:15:00.000+02:00');
  });

  it('leaves an optional instant empty (not known yet) and refuses an empty discovery instant', () => {
    const spec = section('timeline');
    const initial = toDraft(spec.fields, { ...timeline, occurredFrom: '2026-03-01T10:00:00.000Z' });
    const { values, errors } = draftToPatch(spec.fields, { ...initial, occurredFrom: '', discoveredAt: '' }, initial);
    expect(values.occurredFrom).toBeNull();
    expect(errors).toEqual({ discoveredAt: 'common.required' });
  });

  it('reports a number that is not a whole number instead of guessing', () => {
    const spec = section('subjects');
    const initial = toDraft(spec.fields, { categories: [], description: '', precision: null, count: null });
    expect(draftToPatch(spec.fields, { ...initial, count: '1 200' }, initial).values.count).toBe(1200);
    expect(draftToPatch(spec.fields, { ...initial, count: 'environ 300' }, initial).errors).toEqual({ count: 'breaches.form.numberInvalid' });
  });

  it('keeps « not stated » apart from « no » for the police complaint', () => {
    const spec = section('authorities');
    const initial = toDraft(spec.fields, { police: null, anssi: false, others: '', details: '' });
    expect(initial.police).toBe('unknown');
    expect(initial.anssi).toBe('no');
    const { values } = draftToPatch(spec.fields, { ...initial, police: 'yes', anssi: 'unknown' }, initial);
    expect(values).toEqual({ police: true, anssi: null });
  });

  it('splits the countries typed with commas', () => {
    const spec = section('crossBorder');
    const initial = toDraft(spec.fields, {
      crossBorder: null, leadAuthority: '', establishmentCountries: [], subjectCountries: [], subjectsPerCountry: '', otherAuthoritiesNotified: '',
    });
    const { values } = draftToPatch(spec.fields, { ...initial, subjectCountries: 'France, Belgique ; Luxembourg' }, initial);
    expect(values.subjectCountries).toEqual(['France', 'Belgique', 'Luxembourg']);
  });

  it('builds an update the contract accepts, with the title at the top level', () => {
    const general = section('general');
    const initial = toDraft(general.fields, { title: 'Courriel mal adressé', description: '' });
    const { values } = draftToPatch(general.fields, { ...initial, title: 'Courriel de remboursements mal adressé' }, initial);
    expect(BreachUpdateInput.safeParse(updateInputOf('b1', 'general', values)).success).toBe(true);
    const nature = section('nature');
    const n0 = toDraft(nature.fields, { natures: [], confidentialityType: null, unintelligibility: null, integrityType: null, availabilityType: null, incidentTypes: [], incidentDetail: '', cause: null, systems: '' });
    const patch = draftToPatch(nature.fields, { ...n0, natures: ['confidentiality'], cause: 'internal_non_malicious' }, n0).values;
    expect(BreachUpdateInput.parse(updateInputOf('b1', 'nature', patch))).toEqual({ id: 'b1', nature: { natures: ['confidentiality'], cause: 'internal_non_malicious' } });
  });

  it('covers every section of the record with the contract’s field names', () => {
    const shape = BreachUpdateInput.shape;
    for (const spec of SECTIONS) {
      if (spec.id === 'general') continue;
      const sectionSchema = shape[spec.id].unwrap();
      for (const field of spec.fields) expect(Object.keys(sectionSchema.shape), `${spec.id}.${field.key}`).toContain(field.key);
    }
  });
});

describe('record sections when the stored record changes under an open form (pre-fill from the register)', () => {
  const data = section('data');
  const stored = { types: ['contact', 'not_yet_known'], precision: null, recordCount: null, description: '' };
  // Art. 33(3)(a): the pre-fill adds the register's categories and drops « pas encore connues ».
  const prefilled = { ...stored, types: ['contact', 'health'] };

  it('keeps a description typed and not saved yet when the pre-fill adds data categories', () => {
    const base = toDraft(data.fields, stored);
    const typed = { ...base, description: 'Décomptes de remboursement avec actes médicaux', recordCount: '340' };
    const next = rebaseDraft(data.fields, base, typed, toDraft(data.fields, prefilled));
    expect(next.description).toBe('Décomptes de remboursement avec actes médicaux');
    expect(next.recordCount).toBe('340');
    expect(next.types).toEqual(['contact', 'health']);
  });

  it('adds the pre-filled categories to boxes the user ticked without saving, in the order of the form', () => {
    const base = toDraft(data.fields, stored);
    const typed = { ...base, types: ['basic', 'contact', 'not_yet_known', 'payment_means'] };
    const next = rebaseDraft(data.fields, base, typed, toDraft(data.fields, prefilled));
    expect(next.types).toEqual(['basic', 'contact', 'health', 'payment_means']);
    // What is still unsaved is exactly what the user ticked: « Enregistrer » sends it with the stored additions.
    expect(draftToPatch(data.fields, next, toDraft(data.fields, prefilled)).values).toEqual({ types: ['basic', 'contact', 'health', 'payment_means'] });
  });

  it('shows the stored values in the fields the user did not touch', () => {
    const base = toDraft(data.fields, stored);
    const next = rebaseDraft(data.fields, base, base, toDraft(data.fields, { ...prefilled, precision: 'approximate' }));
    expect(next).toEqual(toDraft(data.fields, { ...prefilled, precision: 'approximate' }));
  });

  it('keeps a value the user typed over a field that also changed in the store', () => {
    const subjects = section('subjects');
    const s0 = { categories: [], precision: null, count: 12, description: '' };
    const base = toDraft(subjects.fields, s0);
    const next = rebaseDraft(subjects.fields, base, { ...base, count: '1 200' }, toDraft(subjects.fields, { ...s0, count: 15, categories: ['members'] }));
    expect(next.count).toBe('1 200');
    expect(next.categories).toEqual(['members']);
  });
});
