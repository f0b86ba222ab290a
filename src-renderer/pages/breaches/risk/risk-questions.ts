/**
 * The questions of the risk assessment, in the order a DPO answers them, with the dictionary key of
 * each answer. Values are core/breach-risk.ts ids (a unit test checks they match exactly).
 * ENISA 2013: EI (ease of identification) and CB (circumstances: confidentiality, integrity,
 * availability, malicious intent); EDPB 01/2021: exfiltration, backup, permanence of the effects.
 */
import type { MessageKey } from '../../../i18n/fr';
import type { RiskChoice } from './risk-draft';

export interface RiskQuestion {
  id: RiskChoice;
  label: MessageKey;
  hint: MessageKey;
  options: readonly { value: string; label: MessageKey }[];
}

export const RISK_QUESTIONS: readonly RiskQuestion[] = [
  {
    id: 'identification',
    label: 'breaches.risk.q.identification',
    hint: 'breaches.risk.q.identificationHint',
    options: [
      { value: 'negligible', label: 'breaches.risk.identification.negligible' },
      { value: 'limited', label: 'breaches.risk.identification.limited' },
      { value: 'significant', label: 'breaches.risk.identification.significant' },
      { value: 'maximum', label: 'breaches.risk.identification.maximum' },
    ],
  },
  {
    id: 'confidentiality',
    label: 'breaches.risk.q.confidentiality',
    hint: 'breaches.risk.q.confidentialityHint',
    options: [
      { value: 'none', label: 'breaches.risk.confidentiality.none' },
      { value: 'trusted_recipient', label: 'breaches.risk.confidentiality.trusted_recipient' },
      { value: 'known_recipients', label: 'breaches.risk.confidentiality.known_recipients' },
      { value: 'unknown_recipients', label: 'breaches.risk.confidentiality.unknown_recipients' },
    ],
  },
  {
    id: 'exfiltration',
    label: 'breaches.risk.q.exfiltration',
    hint: 'breaches.risk.q.exfiltrationHint',
    options: [
      { value: 'certain', label: 'breaches.risk.exfiltration.certain' },
      { value: 'likely', label: 'breaches.risk.exfiltration.likely' },
      { value: 'excluded', label: 'breaches.risk.exfiltration.excluded' },
    ],
  },
  {
    id: 'integrity',
    label: 'breaches.risk.q.integrity',
    hint: 'breaches.risk.q.integrityHint',
    options: [
      { value: 'none', label: 'breaches.risk.integrity.none' },
      { value: 'altered_recoverable', label: 'breaches.risk.integrity.altered_recoverable' },
      { value: 'altered_irreversible', label: 'breaches.risk.integrity.altered_irreversible' },
    ],
  },
  {
    id: 'availability',
    label: 'breaches.risk.q.availability',
    hint: 'breaches.risk.q.availabilityHint',
    options: [
      { value: 'none', label: 'breaches.risk.availability.none' },
      { value: 'temporary', label: 'breaches.risk.availability.temporary' },
      { value: 'permanent', label: 'breaches.risk.availability.permanent' },
    ],
  },
  {
    id: 'backup',
    label: 'breaches.risk.q.backup',
    hint: 'breaches.risk.q.backupHint',
    options: [
      { value: 'not_needed', label: 'breaches.risk.backup.not_needed' },
      { value: 'restored_quickly', label: 'breaches.risk.backup.restored_quickly' },
      { value: 'restored_with_delay', label: 'breaches.risk.backup.restored_with_delay' },
      { value: 'unavailable', label: 'breaches.risk.backup.unavailable' },
    ],
  },
  {
    id: 'permanence',
    label: 'breaches.risk.q.permanence',
    hint: 'breaches.risk.q.permanenceHint',
    options: [
      { value: 'reversible', label: 'breaches.risk.permanence.reversible' },
      { value: 'irreversible', label: 'breaches.risk.permanence.irreversible' },
      { value: 'unknown', label: 'breaches.risk.permanence.unknown' },
    ],
  },
];

export const RISK_FLAG_LABELS: Readonly<Record<'maliciousIntent' | 'specialCategories' | 'vulnerableSubjects' | 'dataUnintelligible', MessageKey>> = {
  maliciousIntent: 'breaches.risk.flag.maliciousIntent',
  specialCategories: 'breaches.risk.flag.specialCategories',
  vulnerableSubjects: 'breaches.risk.flag.vulnerableSubjects',
  dataUnintelligible: 'breaches.risk.flag.dataUnintelligible',
};
