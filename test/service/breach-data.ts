/** Typical breach records and risk answers, shared by the tests and the benchmark (no test runner needed). */
import type { RiskAnswersInput } from '../../src-main/core/breach-risk';
import type { BreachUpdateInput } from '../../src-main/shared/schemas/breach';

/** A reimbursement statement sent to the wrong member: every section of the form answered. */
export const MISSENT_STATEMENT: Omit<BreachUpdateInput, 'id'> = {
  description: 'Le relevé de remboursements d’une adhérente (actes et montants, avec son NIR) a été mis sous pli avec celui d’un autre adhérent.',
  timeline: {
    occurrence: 'specific',
    occurredFrom: '2026-03-24T09:00:00+01:00',
    estimated: false,
    discoverySource: 'data_subject',
    discoveredBy: 'Service relation adhérents',
    discoveryDescription: 'L’adhérent destinataire a appelé le service pour signaler le courrier reçu.',
    comments: '',
  },
  nature: {
    natures: ['confidentiality'],
    confidentialityType: 'exfiltrated_or_disclosed',
    unintelligibility: 'not_protected',
    incidentTypes: ['mis_delivery'],
    cause: 'internal_non_malicious',
    systems: 'Chaîne d’éditique du sous-traitant, site de Lyon',
  },
  subjects: { categories: ['members'], description: 'Une adhérente', precision: 'exact', count: 1 },
  data: { types: ['basic', 'contact', 'health', 'nir'], description: 'Relevé de remboursements', precision: 'exact', recordCount: 14 },
  measuresInPlace: { measures: ['policies', 'training'], description: 'Contrôle visuel par échantillonnage' },
  consequences: { confidentiality: ['disclosed_beyond_scope'], impacts: ['loss_of_control', 'professional_secrecy'], severity: 'moderate', description: 'Divulgation de soins à un tiers.' },
  remediation: {
    taken: 'Le destinataire a détruit le courrier et l’a attesté par écrit.',
    planned: 'Contrôle automatique de la correspondance des plis.',
    preventive: ['training'],
    preventiveDescription: '',
    adviceToSubjects: '',
  },
  authorities: { police: false, anssi: false, others: '', details: '' },
  crossBorder: { crossBorder: false },
  parties: [{ name: 'ÉditPrint SAS', role: 'processor', contact: 'rssi@editprint.example', alertedAt: null, note: 'Éditique' }],
};

/** Health data disclosed to a known recipient: high risk (H1), per core/breach-risk. */
export const HEALTH_DISCLOSURE: RiskAnswersInput = {
  dataTypes: ['basic', 'contact', 'health', 'nir'],
  identification: 'maximum',
  confidentiality: 'known_recipients',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  subjectCount: 1,
  vulnerableSubjects: false,
  dataUnintelligible: false,
  backup: 'not_needed',
  exfiltration: 'certain',
  permanence: 'reversible',
};

/** Ransomware on encrypted data restored from backup within hours: no risk (EDPB 01/2021 case 01). */
export const RANSOMWARE_WITH_BACKUP: RiskAnswersInput = {
  dataTypes: ['basic', 'contact'],
  identification: 'limited',
  confidentiality: 'none',
  integrity: 'none',
  availability: 'temporary',
  maliciousIntent: true,
  subjectCount: 40,
  vulnerableSubjects: false,
  dataUnintelligible: true,
  backup: 'restored_quickly',
  exfiltration: 'excluded',
  permanence: 'reversible',
};

/** Ordinary data disclosed: risk (notify the CNIL, no Art. 34 communication). */
export const CONTACT_LEAK: RiskAnswersInput = {
  ...HEALTH_DISCLOSURE,
  dataTypes: ['basic', 'contact'],
  confidentiality: 'unknown_recipients',
  identification: 'significant',
  subjectCount: 300,
};

