/**
 * Demo register of a health mutual (all fictitious): membership, health benefits, third-party
 * payment, social action, prevention, fraud, HR, payroll, CCTV, marketing… with their legal bases,
 * Art. 9(2) conditions, retention per category, linked processors (transfers are derived from them),
 * DPIA screenings and follow-ups; most fiches validated, some left incomplete on purpose. One
 * Art. 30(2) activity (delegated management for a partner mutual). `--scale` adds local fiches.
 */
import { addCalendarDays, parisDateOf } from '../../core/time';
import type { DemoStep } from './index';

type Json = Record<string, unknown>;

interface DemoFiche {
  fiche: Json;
  processors: string[];
  screening?: Json;
  dpia?: Json;
  validate?: boolean;
}

const ADHERENTS = { label: 'Adhérents', details: 'Et leurs ayants droit (conjoint, enfants)' };
const SALARIES = { label: 'Salariés', details: 'Y compris apprentis et stagiaires' };
const civil = (retention: string) => ({ category: 'cnil_cat_etat_civil', description: 'Nom, prénom, date de naissance, adresse, numéro d’adhérent', retention, finalFate: 'destruction' });
const health = (retention: string, description = 'Actes, codes de prestations, montants remboursés') => ({ category: 'cnil_sens_sante', description, retention, finalFate: 'archiving_intermediate' });
const nir = { category: 'cnil_sens_nir', description: 'NIR de l’assuré (télétransmission Noémie)', retention: 'Durée du contrat + 5 ans', finalFate: 'destruction' };
const bank = { category: 'cnil_cat_eco_fin', description: 'RIB, échéancier, cotisations', retention: 'Durée du contrat + 10 ans (pièces comptables)', finalFate: 'archiving_intermediate' };
const ACCESS = { type: 'cnil_sec_controle_acces_utilisateurs', details: 'Habilitations par profil métier, revue semestrielle' };
const LOGS = { type: 'cnil_sec_tracabilite', details: 'Journalisation des consultations, conservée 6 mois' };
const BACKUP = { type: 'cnil_sec_sauvegarde', details: 'Sauvegarde quotidienne chiffrée, test de restauration trimestriel' };
const CRYPTO = { type: 'cnil_sec_chiffrement', details: 'Chiffrement des bases au repos et des flux (TLS 1.2+)' };
const VENDORS = { type: 'cnil_sec_controle_sous_traitants', details: 'Clauses art. 28 vérifiées, audit annuel des hébergeurs' };
const INTERNAL = (details: string) => ({ type: 'cnil_dest_interne', details });

function register(today: string): DemoFiche[] {
  const day = (n: number) => addCalendarDays(today, n);
  return [
    {
      fiche: {
        reference: 'TRT-ADH', name: 'Adhésion et gestion des contrats', description: 'Souscription, modification et résiliation des contrats santé individuels et collectifs.',
        purposes: [{ label: 'Souscription et gestion des contrats', legalBases: ['a6_1b_contract'] }, { label: 'Respect des obligations comptables et fiscales', legalBases: ['a6_1c_legal_obligation'] }],
        art9Conditions: ['a9_2h_health_social_care'],
        dataCategories: [civil('Durée du contrat + 5 ans'), bank, { category: 'cnil_cat_vie_personnelle', description: 'Situation familiale, ayants droit', retention: 'Durée du contrat + 5 ans', finalFate: 'destruction' }, nir],
        subjectCategories: [ADHERENTS, { label: 'Prospects devenus adhérents', details: '' }], subjectVolume: 'Environ 250 000 personnes', dataOrigin: 'Adhérent, employeur (contrats collectifs)',
        recipients: [INTERNAL('Services adhésion et comptabilité'), { type: 'cnil_dest_sous_traitant', details: 'Hébergeur HDS, éditique' }],
        securityMeasures: [ACCESS, LOGS, BACKUP, CRYPTO], reviewDate: day(200),
      },
      processors: ['Hébergeur Santé Cloud', 'Imprimerie du Rhône', 'Centre d’appels Atlas'],
      screening: { answers: { wp248: { wp248_c5_large_scale: true } }, comment: 'Volume important, pas de donnée de santé au-delà du NIR : AIPD non réalisée, décision revue chaque année.' },
      validate: true,
    },
    {
      fiche: {
        reference: 'TRT-PREST', name: 'Gestion des prestations santé', description: 'Remboursement des frais de santé, télétransmission avec l’Assurance maladie.',
        purposes: [{ label: 'Remboursement des frais de santé', legalBases: ['a6_1b_contract'] }, { label: 'Échanges Noémie avec l’Assurance maladie', legalBases: ['a6_1c_legal_obligation'] }],
        art9Conditions: ['a9_2h_health_social_care'],
        dataCategories: [civil('Durée du contrat + 5 ans'), health('5 ans à compter du remboursement'), nir, bank],
        subjectCategories: [ADHERENTS, { label: 'Professionnels de santé', details: 'Identité et numéro ADELI/RPPS' }], subjectVolume: 'Environ 250 000 personnes',
        dataOrigin: 'Assurance maladie (Noémie), professionnels de santé, adhérent',
        recipients: [INTERNAL('Service prestations'), { type: 'cnil_dest_sous_traitant', details: 'Hébergeur HDS, éditique' }, { type: 'cnil_dest_autorite', details: 'Autorités de contrôle (ACPR) sur demande' }],
        securityMeasures: [ACCESS, LOGS, BACKUP, CRYPTO, VENDORS], reviewDate: day(150),
      },
      processors: ['Hébergeur Santé Cloud', 'Éditique Santé Services', 'Imprimerie du Rhône'],
      screening: { answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } }, comment: 'Données de santé de l’ensemble des adhérents.' },
      dpia: { status: 'done', doneOn: day(-240), nextReview: day(125), documentLink: 'PIA CNIL — AIPD prestations santé v2.pia' },
      validate: true,
    },
    {
      fiche: {
        reference: 'TRT-TP', name: 'Tiers payant', role: 'joint_controller', description: 'Dispense d’avance de frais chez les professionnels de santé.',
        jointControllers: [{ name: 'Plateforme Tiers Payant (fictive)', address: '3 rue du Port', postalCode: '44000', city: 'Nantes', country: 'France', email: 'dpo@tiers-payant.example' }],
        purposes: [{ label: 'Dispense d’avance de frais', legalBases: ['a6_1b_contract'] }],
        art9Conditions: ['a9_2h_health_social_care'],
        dataCategories: [civil('3 ans'), health('3 ans', 'Droits ouverts, actes facturés en tiers payant')],
        subjectCategories: [ADHERENTS], subjectVolume: 'Environ 180 000 personnes', dataOrigin: 'Professionnels de santé',
        recipients: [{ type: 'cnil_dest_organisme_externe', details: 'Professionnels et établissements de santé' }],
        securityMeasures: [ACCESS, LOGS, CRYPTO], reviewDate: day(300),
      },
      processors: ['Tiers Payant Réseau SAS', 'Hébergeur Santé Cloud'],
      screening: { answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true, wp248_c6_matching_combining: true } } },
      dpia: { status: 'in_progress', plannedFor: day(45), documentLink: '' },
    },
    {
      fiche: {
        reference: 'TRT-SOC', name: 'Action sociale', description: 'Aides financières exceptionnelles aux adhérents en difficulté.',
        purposes: [{ label: 'Instruction et versement des aides du fonds social', legalBases: ['a6_1b_contract'] }],
        art9Conditions: ['a9_2h_health_social_care', 'a9_2b_employment_social_protection'],
        dataCategories: [civil('5 ans après la décision'), bank, health('5 ans après la décision', 'Justificatifs médicaux joints à la demande'), { category: 'cnil_cat_vie_personnelle', description: 'Situation familiale et sociale', retention: '5 ans après la décision', finalFate: 'destruction' }],
        subjectCategories: [ADHERENTS], subjectVolume: 'Environ 1 200 dossiers par an', dataOrigin: 'Adhérent, assistante sociale',
        recipients: [INTERNAL('Commission d’action sociale')],
        securityMeasures: [ACCESS, LOGS], reviewDate: day(90),
      },
      processors: ['Hébergeur Santé Cloud'],
      screening: { answers: { cnil: { cnil_aipd_13: true }, wp248: { wp248_c7_vulnerable_subjects: true, wp248_c4_sensitive_or_highly_personal: true } } },
      dpia: { status: 'planned', plannedFor: day(60) },
    },
    {
      fiche: {
        reference: 'TRT-PREV', name: 'Prévention santé', description: 'Programmes de prévention et coaching santé proposés aux adhérents volontaires.',
        purposes: [{ label: 'Programmes de prévention et de coaching', legalBases: ['a6_1a_consent'] }],
        art9Conditions: ['a9_2a_explicit_consent'],
        dataCategories: [civil('Durée de l’inscription + 1 an'), health('Durée de l’inscription + 1 an', 'Questionnaire de santé, objectifs')],
        subjectCategories: [ADHERENTS], subjectVolume: 'Environ 8 000 participants', dataOrigin: 'Adhérent (questionnaire)',
        recipients: [INTERNAL('Service prévention'), { type: 'cnil_dest_sous_traitant', details: 'Plateforme de téléconsultation' }],
        securityMeasures: [ACCESS, CRYPTO],
      },
      processors: ['Assistance Téléconsultation'],
      screening: { answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c8_innovative_technology: true } } },
    },
    {
      fiche: {
        reference: 'TRT-FRAUDE', name: 'Lutte contre la fraude', description: 'Détection des anomalies de facturation et des fraudes aux prestations.',
        purposes: [{ label: 'Détection et traitement des fraudes', legalBases: ['a6_1f_legitimate_interests'], justification: 'Intérêt légitime à protéger la mutualité' }],
        art9Conditions: ['a9_2f_legal_claims', 'a9_2h_health_social_care'],
        dataCategories: [civil('5 ans après la clôture du dossier'), health('5 ans après la clôture du dossier'), { category: 'cnil_sens_condamnations_infractions', description: 'Suites judiciaires des fraudes avérées', retention: 'Jusqu’à l’épuisement des voies de recours', finalFate: 'destruction' }],
        subjectCategories: [ADHERENTS, { label: 'Professionnels de santé', details: '' }], subjectVolume: 'Ensemble des adhérents (analyse), environ 300 dossiers par an',
        dataOrigin: 'Bases de prestations, signalements',
        recipients: [INTERNAL('Cellule fraude'), { type: 'cnil_dest_autorite', details: 'Juridictions, forces de l’ordre sur réquisition' }],
        securityMeasures: [ACCESS, LOGS, CRYPTO], reviewDate: day(-15),
      },
      processors: ['Hébergeur Santé Cloud'],
      screening: { answers: { cnil: { cnil_aipd_08: true }, wp248: { wp248_c1_evaluation_scoring: true, wp248_c4_sensitive_or_highly_personal: true, wp248_c9_prevents_right_service_contract: true } } },
    },
    {
      fiche: {
        reference: 'TRT-RH', name: 'Gestion du personnel', description: 'Dossiers du personnel, carrières, formation, entretiens.',
        purposes: [{ label: 'Gestion administrative du personnel', legalBases: ['a6_1b_contract', 'a6_1c_legal_obligation'] }, { label: 'Recrutement', legalBases: ['a6_1b_contract'] }],
        art9Conditions: ['a9_2b_employment_social_protection'],
        dataCategories: [civil('Durée du contrat de travail + 5 ans'), { category: 'cnil_cat_vie_professionnelle', description: 'Carrière, formation, évaluations', retention: 'Durée du contrat de travail + 5 ans', finalFate: 'destruction' }, { category: 'cnil_sens_sante', description: 'Aptitude (médecine du travail), arrêts de travail', retention: 'Durée du contrat de travail', finalFate: 'destruction' }],
        subjectCategories: [SALARIES, { label: 'Candidats', details: '2 ans après le dernier contact' }], subjectVolume: 'Environ 450 salariés', dataOrigin: 'Salarié, candidat',
        recipients: [INTERNAL('Direction des ressources humaines'), { type: 'cnil_dest_organisme_externe', details: 'Organismes sociaux, médecine du travail' }],
        securityMeasures: [ACCESS, BACKUP], reviewDate: day(250),
      },
      processors: ['Solutions RH Cloud', 'Nuage Américain Inc.'],
      screening: { answers: {} },
      validate: true,
    },
    {
      fiche: {
        reference: 'TRT-PAIE', name: 'Paie', description: 'Calcul et versement des salaires, déclarations sociales nominatives.',
        purposes: [{ label: 'Paie et déclarations sociales', legalBases: ['a6_1c_legal_obligation', 'a6_1b_contract'] }],
        dataCategories: [civil('5 ans'), { category: 'cnil_cat_eco_fin', description: 'Salaire, RIB, cotisations', retention: '5 ans (bulletins : 50 ans, art. L3243-4 du code du travail)', finalFate: 'archiving_intermediate' }, nir],
        subjectCategories: [SALARIES], subjectVolume: 'Environ 450 salariés', dataOrigin: 'Salarié, DRH',
        recipients: [INTERNAL('Service paie'), { type: 'cnil_dest_organisme_externe', details: 'URSSAF, caisses de retraite (DSN)' }],
        securityMeasures: [ACCESS, LOGS, BACKUP], reviewDate: day(210),
      },
      processors: ['Paie Services'],
      screening: { answers: {} },
      validate: true,
    },
    {
      fiche: {
        reference: 'TRT-VIDEO', name: 'Vidéoprotection du siège', description: 'Caméras aux accès et parkings du siège.',
        purposes: [{ label: 'Sécurité des biens et des personnes', legalBases: ['a6_1f_legitimate_interests'] }],
        dataCategories: [{ category: 'cnil_cat_etat_civil', description: 'Images des personnes filmées', retention: '30 jours', finalFate: 'destruction' }],
        subjectCategories: [SALARIES, { label: 'Visiteurs', details: '' }], dataOrigin: 'Caméras',
        recipients: [INTERNAL('Service sécurité')],
        securityMeasures: [ACCESS, LOGS],
      },
      processors: ['Vidéoprotection Sécurité'],
      screening: { answers: { wp248: { wp248_c3_systematic_monitoring: true } }, comment: 'Pas de surveillance constante des postes de travail : AIPD non réalisée.' },
    },
    {
      fiche: {
        reference: 'TRT-PROSP', name: 'Prospection commerciale', description: 'Campagnes de courriels vers les prospects et adhérents.',
        purposes: [{ label: 'Prospection par courriel', legalBases: ['a6_1a_consent'] }, { label: 'Fidélisation des adhérents', legalBases: [] }],
        dataCategories: [civil('3 ans après le dernier contact'), { category: 'cnil_cat_internet', description: 'Ouverture des courriels', retention: '13 mois', finalFate: null }],
        subjectCategories: [{ label: 'Prospects', details: '' }, ADHERENTS],
        recipients: [{ type: 'cnil_dest_sous_traitant', details: 'Routeur de courriels' }],
        securityMeasures: [ACCESS],
      },
      processors: ['Routage Marketing'],
    },
    {
      fiche: {
        reference: 'ST-DELEG', name: 'Gestion déléguée pour la Mutuelle Partenaire', role: 'processor', description: 'Gestion des adhésions et des cotisations d’une mutuelle partenaire, en tant que sous-traitant.',
        controllersServed: [{ name: 'Mutuelle Partenaire (fictive)', address: '5 avenue Foch', postalCode: '69006', city: 'Lyon', country: 'France', email: 'dpo@partenaire.example', categoriesOfProcessing: 'Gestion des adhésions et des cotisations, relation adhérents' }],
        securityMeasures: [ACCESS, LOGS, BACKUP],
      },
      processors: ['Hébergeur Santé Cloud'],
    },
  ];
}

const LOCAL = ['Accueil en agence', 'Gestion des réclamations', 'Relation adhérents par téléphone', 'Événements adhérents', 'Enquêtes de satisfaction', 'Gestion des rendez-vous'] as const;

export const processingDemoStep: DemoStep = async (ctx) => {
  ctx.onProgress?.('Registre des traitements');
  const today = parisDateOf(ctx.now);
  const rows = (await ctx.call<{ rows: { id: string; name: string }[] }>('processor.list', { limit: 5000 })).rows;
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  const list = register(today);
  // --scale: local fiches of each regional agency, linked to a regional provider, of uneven completeness.
  for (let n = 1; n <= 6 * (ctx.scale - 1); n++) {
    const label = LOCAL[n % LOCAL.length] ?? 'Accueil';
    const complete = ctx.random.chance(0.7);
    list.push({
      fiche: {
        reference: `TRT-LOC-${String(n).padStart(4, '0')}`,
        name: `${label} — agence ${n}`,
        purposes: [{ label, legalBases: complete ? ['a6_1b_contract'] : [] }],
        dataCategories: [civil('3 ans')],
        subjectCategories: [ADHERENTS],
        recipients: [INTERNAL(`Agence ${n}`)],
        securityMeasures: complete ? [ACCESS] : [],
      },
      processors: rows.length > 0 ? [ctx.random.pick(rows).name] : [],
      screening: { answers: {} },
      validate: complete,
    });
  }
  for (const item of list) {
    const processorIds = item.processors.flatMap((name) => byName.get(name) ?? []);
    const p = await ctx.call<{ id: string }>('processing.create', { ...item.fiche, processorIds });
    if (item.screening) await ctx.call('processing.screenDpia', { id: p.id, ...item.screening });
    if (item.dpia) await ctx.call('processing.updateDpia', { id: p.id, dpia: item.dpia });
    if (item.validate) {
      // Validation is refused for an incomplete fiche (a processor's transfer left unframed, for instance): the demo shows both.
      await ctx.service.call('processing.setStatus', { id: p.id, status: 'validated' });
    }
  }
};
