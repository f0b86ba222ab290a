/**
 * Demo breaches of a health mutual (all fictitious), from a lost laptop to a ransomware attack, in
 * every state of the workflow: 72-hour clocks running, one already late, notified on time and late
 * with reasons, documented only, dismissed, closed after informing the people (Art. 33, 34, 33(5)).
 * Ten scenarios per unit of --scale; copies beyond the first are moved weeks back in time, and the
 * scenarios whose point is a running clock are only played once.
 */
import type { RiskAnswersInput } from '../../core/breach-risk';
import type { BreachDecisionKind } from '../../core/breach-workflow';
import type { BreachUpdateInput, CommunicationChannel } from '../../shared/schemas/breach';
import type { DemoContext, DemoStep } from './index';
import { registerLookup, type RegisterLookup } from './links-demo';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Scenario {
  title: string;
  /** Hours between discovery and now (first copy). */
  discoveredHoursAgo: number;
  /** Hours from discovery to awareness; null while not qualified. */
  awareAfter: number | null;
  facts: Omit<BreachUpdateInput, 'id'>;
  answers?: RiskAnswersInput;
  dismiss?: string;
  decide?: { kind: BreachDecisionKind; justification?: string; exemption?: { condition: 'a' | 'b' | 'c'; reason: string } };
  /** Hours after awareness. */
  notify?: { after: number; reference: string; delayReasons?: string };
  complementary?: { after: number; reference: string };
  communicate?: { after: number; channel: CommunicationChannel; count: number; content: string };
  close?: boolean;
  /** A running clock is only meaningful now: not copied back in time. */
  recentOnly?: boolean;
  /** Logged only, the qualification not yet started. */
  keepReported?: boolean;
  /** References of the demo register's processings the breach touched (Art. 33(3)(a)). */
  processings?: string[];
  /** Names of the demo processors involved (Art. 33(2)). */
  processors?: string[];
}

const BASE_ANSWERS = {
  identification: 'maximum',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  vulnerableSubjects: false,
  dataUnintelligible: false,
  backup: 'not_needed',
  exfiltration: 'certain',
  permanence: 'reversible',
} as const;

const SCENARIOS: Scenario[] = [
  {
    title: 'Rançongiciel sur le serveur de gestion des remboursements',
    processings: ['TRT-PREST', 'TRT-TP'],
    discoveredHoursAgo: 20,
    awareAfter: 3,
    recentOnly: true,
    facts: {
      description: 'Les fichiers du serveur de gestion des remboursements ont été chiffrés par un rançongiciel ; une demande de rançon a été affichée. L’exfiltration n’est pas exclue à ce stade.',
      timeline: { occurrence: 'ongoing', discoverySource: 'controller', discoveredBy: 'Supervision informatique (astreinte)', discoveryDescription: 'Alerte de l’antivirus puis écran de rançon sur le serveur.' },
      nature: { natures: ['availability', 'confidentiality'], availabilityType: 'temporary', confidentialityType: 'not_assessable', unintelligibility: 'not_protected', incidentTypes: ['ransomware'], cause: 'external_malicious', systems: 'Serveur de fichiers « REMB-01 », salle serveur de Lyon' },
      subjects: { categories: ['members', 'beneficiaries'], precision: 'approximate', count: 48_000 },
      data: { types: ['basic', 'contact', 'health', 'nir', 'payment_means'], precision: 'approximate', recordCount: 310_000 },
      measuresInPlace: { measures: ['backup', 'access_levels', 'incident_log'] },
      authorities: { police: true, anssi: true, others: '', details: 'Plainte en cours de dépôt ; ANSSI et CERT-FR alertés.' },
    },
  },
  {
    title: 'Hameçonnage du compte d’un adhérent sur l’espace en ligne',
    processings: ['TRT-ADH', 'TRT-PREST'],
    discoveredHoursAgo: 40,
    awareAfter: 2,
    recentOnly: true,
    facts: {
      description: 'Un adhérent a communiqué ses identifiants sur une fausse page de connexion ; un tiers a consulté ses décomptes et modifié son RIB.',
      timeline: { occurrence: 'specific', discoverySource: 'data_subject', discoveredBy: 'Centre d’appels' },
      nature: { natures: ['confidentiality', 'integrity'], confidentialityType: 'exfiltrated_or_disclosed', unintelligibility: 'not_protected', integrityType: 'misuse_reversible', incidentTypes: ['phishing_social_engineering'], cause: 'external_malicious' },
      subjects: { categories: ['members'], precision: 'exact', count: 1 },
      data: { types: ['basic', 'contact', 'health', 'payment_means', 'credentials'], precision: 'exact', recordCount: 1 },
    },
    answers: { ...BASE_ANSWERS, dataTypes: ['basic', 'health', 'payment_means', 'credentials'], confidentiality: 'unknown_recipients', integrity: 'altered_recoverable', maliciousIntent: true, subjectCount: 1 },
    decide: { kind: 'notify_authority_and_subjects' },
  },
  {
    title: 'Relevé de remboursements envoyé à un autre adhérent',
    processings: ['TRT-PREST'],
    processors: ['Imprimerie du Rhône'],
    discoveredHoursAgo: 24 * 9,
    awareAfter: 1,
    facts: {
      description: 'Le relevé de remboursements d’une adhérente a été mis sous pli avec celui d’un autre adhérent par le prestataire d’éditique.',
      timeline: { occurrence: 'specific', discoverySource: 'data_subject', discoveredBy: 'Service relation adhérents' },
      nature: { natures: ['confidentiality'], confidentialityType: 'exfiltrated_or_disclosed', unintelligibility: 'not_protected', incidentTypes: ['mis_delivery'], cause: 'internal_non_malicious', systems: 'Chaîne d’éditique du prestataire' },
      subjects: { categories: ['members'], precision: 'exact', count: 1 },
      data: { types: ['basic', 'contact', 'health', 'nir'], precision: 'exact', recordCount: 12 },
      measuresInPlace: { measures: ['policies', 'training'] },
      consequences: { confidentiality: ['disclosed_beyond_scope'], impacts: ['professional_secrecy', 'loss_of_control'], severity: 'moderate' },
      remediation: { taken: 'Le destinataire a détruit le courrier et l’a attesté par écrit.', planned: 'Contrôle automatique de la correspondance des plis chez le prestataire.' },
      parties: [{ name: 'Imprimerie du Rhône', role: 'processor', contact: 'rssi@imprimerie-rhone.example', alertedAt: null, note: '' }],
    },
    answers: { ...BASE_ANSWERS, dataTypes: ['basic', 'contact', 'health', 'nir'], confidentiality: 'known_recipients', subjectCount: 1 },
    decide: { kind: 'notify_authority', exemption: { condition: 'b', reason: 'Le seul destinataire a détruit le courrier et l’a attesté : le risque élevé ne peut plus se réaliser.' } },
    notify: { after: 30, reference: 'DEMO-CNIL-0001' },
    close: true,
  },
  {
    title: 'Extranet entreprises mal configuré : attestations accessibles',
    processings: ['TRT-ADH'],
    discoveredHoursAgo: 24 * 20,
    awareAfter: 6,
    facts: {
      description: 'Après une mise à jour, les attestations de garanties des salariés de plusieurs entreprises clientes étaient accessibles en modifiant l’identifiant dans l’adresse.',
      timeline: { occurrence: 'range', discoverySource: 'external_party', discoveredBy: 'Chercheur en sécurité (signalement)' },
      nature: { natures: ['confidentiality'], confidentialityType: 'likely_exfiltrated', unintelligibility: 'not_protected', incidentTypes: ['misconfiguration'], cause: 'internal_non_malicious', systems: 'Extranet entreprises' },
      subjects: { categories: ['employees', 'beneficiaries'], precision: 'approximate', count: 2_300 },
      data: { types: ['basic', 'contact', 'nir'], precision: 'approximate', recordCount: 2_300 },
      consequences: { confidentiality: ['disclosed_beyond_scope', 'misusable'], impacts: ['identity_theft', 'loss_of_control'], severity: 'moderate' },
      remediation: { taken: 'Correctif déployé, journaux analysés, accès de test révoqués.', planned: 'Test d’intrusion avant chaque mise en production.' },
    },
    answers: { ...BASE_ANSWERS, dataTypes: ['basic', 'contact', 'nir'], confidentiality: 'unknown_recipients', exfiltration: 'likely', subjectCount: 2_300 },
    decide: { kind: 'notify_authority_and_subjects' },
    notify: { after: 96, reference: 'DEMO-CNIL-0002', delayReasons: 'Le nombre d’entreprises concernées n’a pu être établi qu’après analyse complète des journaux.' },
    complementary: { after: 130, reference: 'DEMO-CNIL-0002-C' },
    communicate: { after: 140, channel: 'email', count: 2_300, content: 'Courriel individuel d’information (modèle art. 34) et rappel de vigilance.' },
  },
  {
    title: 'Ordinateur portable chiffré volé dans un train',
    discoveredHoursAgo: 24 * 35,
    awareAfter: 2,
    facts: {
      description: 'Vol de l’ordinateur portable d’un conseiller ; disque chiffré, clé non compromise.',
      timeline: { occurrence: 'specific', discoverySource: 'controller', discoveredBy: 'Conseiller commercial' },
      nature: { natures: ['confidentiality', 'availability'], confidentialityType: 'not_assessable', unintelligibility: 'protection_intact', availabilityType: 'temporary', incidentTypes: ['device_lost_stolen'], cause: 'external_malicious' },
      subjects: { categories: ['members'], precision: 'approximate', count: 150 },
      data: { types: ['basic', 'contact'], precision: 'approximate', recordCount: 150 },
      measuresInPlace: { measures: ['encryption', 'backup', 'mfa'] },
      remediation: { taken: 'Poste révoqué à distance, mots de passe changés.', planned: '' },
    },
    answers: { ...BASE_ANSWERS, dataTypes: ['basic', 'contact'], confidentiality: 'unknown_recipients', availability: 'temporary', backup: 'restored_quickly', dataUnintelligible: true, maliciousIntent: true, exfiltration: 'likely', subjectCount: 150 },
    decide: { kind: 'document_only' },
    close: true,
  },
  {
    title: 'Ancien salarié parti avec un fichier d’adhérents',
    processings: ['TRT-ADH', 'TRT-PROSP'],
    discoveredHoursAgo: 24 * 3 + 10,
    awareAfter: 8,
    facts: {
      description: 'Un commercial parti à la concurrence a copié un fichier d’adhérents sur une clé personnelle la veille de son départ.',
      timeline: { occurrence: 'specific', discoverySource: 'controller', discoveredBy: 'RSSI (revue des journaux de sortie)' },
      nature: { natures: ['confidentiality'], confidentialityType: 'exfiltrated_or_disclosed', unintelligibility: 'not_protected', incidentTypes: ['exfiltration', 'abuse_of_privileges'], cause: 'internal_malicious' },
      subjects: { categories: ['members'], precision: 'approximate', count: 900 },
      data: { types: ['basic', 'contact', 'economic_financial'], precision: 'approximate', recordCount: 900 },
    },
    answers: { ...BASE_ANSWERS, dataTypes: ['basic', 'contact', 'economic_financial'], confidentiality: 'known_recipients', maliciousIntent: true, subjectCount: 900 },
    recentOnly: true,
  },
  {
    title: 'Courriel à des adhérents envoyé avec destinataires visibles',
    processings: ['TRT-PREV'],
    processors: ['Routage Marketing'],
    discoveredHoursAgo: 24 * 50,
    awareAfter: 1,
    facts: {
      description: 'Une invitation à un atelier de prévention a été envoyée à 40 adhérents en copie visible.',
      timeline: { occurrence: 'specific', discoverySource: 'controller', discoveredBy: 'Service prévention' },
      nature: { natures: ['confidentiality'], confidentialityType: 'exfiltrated_or_disclosed', unintelligibility: 'not_protected', incidentTypes: ['open_distribution_list'], cause: 'internal_non_malicious' },
      subjects: { categories: ['members'], precision: 'exact', count: 40 },
      data: { types: ['contact'], precision: 'exact', recordCount: 40 },
      remediation: { taken: 'Message de rappel demandant la suppression ; rappel de la procédure d’envoi en copie cachée.', planned: '' },
    },
    answers: { ...BASE_ANSWERS, dataTypes: ['contact'], identification: 'limited', confidentiality: 'known_recipients', subjectCount: 40 },
    decide: { kind: 'document_only' },
    close: true,
  },
  {
    title: 'Clé USB trouvée dans la salle de réunion',
    discoveredHoursAgo: 24 * 12,
    awareAfter: null,
    facts: { description: 'Clé USB trouvée après une réunion ; contenu vérifié par le RSSI.', timeline: { discoverySource: 'controller', discoveredBy: 'Accueil du siège' } },
    dismiss: 'La clé ne contenait que des supports de présentation publics : aucune donnée personnelle.',
  },
  {
    title: 'Consultations inhabituelles de dossiers d’adhérents par un salarié',
    processings: ['TRT-PREST', 'TRT-ADH'],
    discoveredHoursAgo: 6,
    awareAfter: null,
    recentOnly: true,
    facts: {
      description: 'La revue des journaux montre qu’un gestionnaire a ouvert 60 dossiers hors de son portefeuille ; entretien prévu pour établir s’il y a eu consultation illégitime.',
      timeline: { discoverySource: 'controller', discoveredBy: 'Contrôle interne (revue mensuelle des accès)' },
      nature: { natures: ['confidentiality'], incidentTypes: ['abuse_of_privileges'], cause: 'to_be_determined' },
    },
  },
  {
    title: 'Badge d’accès perdu par un prestataire',
    discoveredHoursAgo: 5,
    awareAfter: null,
    recentOnly: true,
    keepReported: true,
    facts: { description: 'Un prestataire de ménage a perdu son badge ; à qualifier.', timeline: { discoverySource: 'processor' } },
  },
];

const iso = (ms: number): string => new Date(ms).toISOString();

async function play(ctx: DemoContext, s: Scenario, shiftMs: number, register: RegisterLookup): Promise<void> {
  const discovered = ctx.now.getTime() - s.discoveredHoursAgo * HOUR - shiftMs;
  const processingIds = register.processingIds(s.processings ?? []);
  const b = await ctx.call<{ id: string }>('breach.create', { title: s.title, discoveredAt: iso(discovered), processingIds });
  const { timeline, ...rest } = s.facts;
  const occurredFrom = iso(discovered - ctx.random.int(2, 48) * HOUR);
  const dated = timeline?.occurrence === 'range' ? { occurredFrom, occurredTo: iso(discovered - HOUR) } : timeline?.occurrence ? { occurredFrom } : {};
  const processorIds = register.processorIds(s.processors ?? []);
  await ctx.call('breach.update', { id: b.id, ...rest, timeline: { ...timeline, ...dated }, ...(processorIds.length > 0 ? { processorIds } : {}) });
  if (s.keepReported) return;
  await ctx.call('breach.startAssessment', { id: b.id });
  if (s.dismiss) {
    await ctx.call('breach.dismiss', { id: b.id, reason: s.dismiss });
    return;
  }
  if (s.awareAfter === null) return;
  const aware = discovered + s.awareAfter * HOUR;
  await ctx.call('breach.confirm', { id: b.id, awareAt: iso(aware) });
  if (s.answers) await ctx.call('breach.assess', { id: b.id, answers: s.answers });
  if (!s.decide) return;
  const ex = s.decide.exemption;
  await ctx.call('breach.decide', {
    id: b.id,
    kind: s.decide.kind,
    justification: s.decide.justification ?? '',
    art34Exemption: ex ? { condition: ex.condition, reason: ex.reason, publicCommunication: '' } : null,
  });
  if (s.notify) await ctx.call('breach.notify', { id: b.id, kind: 'initial', at: iso(aware + s.notify.after * HOUR), reference: s.notify.reference, delayReasons: s.notify.delayReasons });
  if (s.communicate) {
    await ctx.call('breach.communicate', { id: b.id, at: iso(aware + s.communicate.after * HOUR), channel: s.communicate.channel, numberInformed: s.communicate.count, content: s.communicate.content });
  }
  if (s.complementary) await ctx.call('breach.notify', { id: b.id, kind: 'complementary', at: iso(aware + s.complementary.after * HOUR), reference: s.complementary.reference });
  if (s.close) await ctx.call('breach.close', { id: b.id });
}

export const breachDemoStep: DemoStep = async (ctx) => {
  ctx.onProgress?.('Violations de données');
  const register = await registerLookup(
    ctx,
    SCENARIOS.flatMap((s) => s.processings ?? []),
    SCENARIOS.flatMap((s) => s.processors ?? []),
  );
  for (let copy = 0; copy < ctx.scale; copy++) {
    const shift = copy === 0 ? 0 : copy * 7 * DAY + ctx.random.int(0, 6) * DAY;
    for (const s of SCENARIOS) {
      if (copy > 0 && s.recentOnly) continue;
      await play(ctx, s, shift, register);
    }
  }
};
