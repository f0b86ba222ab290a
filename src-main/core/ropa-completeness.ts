/**
 * What a processing's fiche lacks before it can be shown to the CNIL:
 * GDPR Art. 30(1)(a)-(g) for our own processings (controller or joint controller), Art. 30(2)(a)-(d)
 * for activities carried out as a processor, laid out like the CNIL « fiche de registre » (REGULATORY.md §5).
 */
import {
  type Art9ConditionId,
  type DataCategoryId,
  type FinalFateId,
  type LegalBasisId,
  type ProcessingRoleId,
  type RecipientTypeId,
  type SecurityMeasureTypeId,
  type SensitiveCategoryId,
  sensitiveRegime,
  vocabularyLabel,
  DATA_CATEGORIES,
  SENSITIVE_CATEGORIES,
} from './ropa-vocabulary';
import type { DerivedTransfer } from './transfers';

export interface Contact {
  name: string;
  /** Address, telephone or e-mail: anything that lets the CNIL reach the person. */
  contact: string;
}

export interface ProcessingSnapshot {
  id: string;
  name: string;
  /** CNIL « N° / REF ». */
  reference: string;
  role: ProcessingRoleId;
  /** Our organisation (controller, or processor for an Art. 30(2) activity). */
  controller: Contact | null;
  dpo: Contact | null;
  jointControllers: Contact[];
  purposes: { label: string; legalBases: LegalBasisId[] }[];
  subjectCategories: string[];
  dataCategories: {
    id: DataCategoryId | SensitiveCategoryId;
    description: string;
    /** Retention period in words (« 5 ans après la fin du contrat »). */
    retention: string;
    finalFate: FinalFateId | null;
  }[];
  art9Conditions: Art9ConditionId[];
  recipients: { type: RecipientTypeId; details: string }[];
  /** Derived from the linked processors (see transfers.ts), never retyped. */
  transfers: Pick<DerivedTransfer, 'key' | 'recipientName' | 'countryNameFr' | 'issue'>[];
  securityMeasures: { type: SecurityMeasureTypeId; details: string }[];
  /** Art. 30(2)(a)-(b): controllers on whose behalf we act, with the categories of processing for each. */
  controllersServed?: (Contact & { categoriesOfProcessing: string })[];
  /** Art. 35: outcome of the DPIA screening (null = not screened) and whether the DPIA exists. */
  dpia?: { screening: 'required' | 'recommended' | 'not_required' | null; done: boolean };
}

export interface MissingItem {
  /** Stable id, e.g. `a30_1b_purposes:legal_basis:0`. */
  id: string;
  article: string;
  messageFr: string;
}

export interface RopaCompleteness {
  record: 'art30_1' | 'art30_2';
  missing: MissingItem[];
  checked: number;
  passed: number;
  /** Rounded down, so 100 means nothing is missing. */
  percent: number;
  complete: boolean;
}

const filled = (s: string | undefined | null): boolean => (s ?? '').trim().length > 0;
const contactComplete = (c: Contact | null | undefined): boolean => !!c && filled(c.name) && filled(c.contact);

function categoryLabel(id: string): string {
  return vocabularyLabel([...DATA_CATEGORIES, ...SENSITIVE_CATEGORIES], id);
}

/** Checks one processing's fiche; every check counts once in the percentage. */
export function ropaCompleteness(p: ProcessingSnapshot): RopaCompleteness {
  const missing: MissingItem[] = [];
  let checked = 0;
  const check = (ok: boolean, id: string, article: string, messageFr: string): void => {
    checked += 1;
    if (!ok) missing.push({ id, article, messageFr });
  };
  const isProcessor = p.role === 'processor';
  const a = isProcessor ? 'Art. 30(2)' : 'Art. 30(1)';

  // CNIL fiche header: « Nom / sigle » and « N° / REF ».
  check(filled(p.name), 'cnil_nom_sigle', 'Art. 30(1)', 'Donnez un nom au traitement (« Nom / sigle » de la fiche CNIL).');
  check(filled(p.reference), 'cnil_num_ref', 'Art. 30(1)', 'Attribuez un numéro de référence à la fiche (« N° / REF » du modèle CNIL).');

  // (a) name and contact details of the controller (or processor), joint controllers and DPO.
  const idA = isProcessor ? 'a30_2a_processor_controller_contacts' : 'a30_1a_controller_contacts';
  check(contactComplete(p.controller), `${idA}:organisation`, `${a}(a)`,
    isProcessor
      ? "Indiquez le nom et les coordonnées de notre organisme, sous-traitant pour cette activité."
      : 'Indiquez le nom et les coordonnées du responsable du traitement.');
  check(contactComplete(p.dpo), `${idA}:dpo`, `${a}(a)`, 'Indiquez le nom et les coordonnées du délégué à la protection des données.');
  if (p.role === 'joint_controller') {
    check(p.jointControllers.length > 0 && p.jointControllers.every(contactComplete), `${idA}:joint_controllers`, 'Art. 30(1)(a) et 26',
      'Traitement en responsabilité conjointe : indiquez le nom et les coordonnées de chaque responsable conjoint.');
  }

  if (isProcessor) {
    const served = p.controllersServed ?? [];
    check(served.length > 0 && served.every(contactComplete), 'a30_2a_processor_controller_contacts:controllers', 'Art. 30(2)(a)',
      'Indiquez le nom et les coordonnées de chaque responsable du traitement pour le compte duquel nous agissons.');
    served.forEach((c, i) => {
      check(filled(c.categoriesOfProcessing), `a30_2b_categories_of_processing:${i}`, 'Art. 30(2)(b)',
        `Décrivez les catégories de traitements effectués pour le compte de ${filled(c.name) ? c.name : `responsable n° ${i + 1}`}.`);
    });
  } else {
    // (b) purposes, each with its Art. 6(1) legal basis.
    check(p.purposes.length > 0, 'a30_1b_purposes', 'Art. 30(1)(b)', 'Indiquez au moins une finalité du traitement.');
    p.purposes.forEach((purpose, i) => {
      const label = filled(purpose.label) ? `« ${purpose.label} »` : `n° ${i + 1}`;
      check(filled(purpose.label), `a30_1b_purposes:label:${i}`, 'Art. 30(1)(b)', `Décrivez la finalité ${label}.`);
      check(purpose.legalBases.length > 0, `a30_1b_purposes:legal_basis:${i}`, 'Art. 30(1)(b) et 6(1)',
        `Choisissez la base légale (art. 6(1) RGPD) de la finalité ${label}.`);
    });

    // (c) categories of data subjects and of personal data.
    check(p.subjectCategories.some(filled), 'a30_1c_subjects_and_data_categories:subjects', 'Art. 30(1)(c)',
      'Indiquez les catégories de personnes concernées (adhérents, salariés, prospects…).');
    check(p.dataCategories.length > 0, 'a30_1c_subjects_and_data_categories:data', 'Art. 30(1)(c)',
      'Indiquez les catégories de données traitées.');
    // Art. 9(1)-(2): special categories are lawful only under one of the Art. 9(2) conditions.
    if (p.dataCategories.some((c) => sensitiveRegime(c.id) === 'art9')) {
      check(p.art9Conditions.length > 0, 'a30_1c_subjects_and_data_categories:art9_condition', 'Art. 9(2)',
        "Le traitement porte sur des données sensibles (art. 9(1) RGPD) : choisissez la condition de l'article 9(2) qui le permet (par ex. 9(2)(h) pour la gestion de la protection sociale).");
    }

    // (d) categories of recipients.
    check(p.recipients.length > 0, 'a30_1d_recipients', 'Art. 30(1)(d)',
      'Indiquez les catégories de destinataires des données (services internes, sous-traitants, organismes externes…).');

    // (f) time limits for erasure, per data category, and what happens to the data afterwards.
    p.dataCategories.forEach((c) => {
      check(filled(c.retention), `a30_1f_erasure_time_limits:${c.id}`, 'Art. 30(1)(f)',
        `Indiquez la durée de conservation des données « ${categoryLabel(c.id)} ».`);
      check(c.finalFate !== null, `a30_1f_erasure_time_limits:${c.id}:final_fate`, 'Art. 30(1)(f) et 5(1)(e)',
        `Indiquez le sort des données « ${categoryLabel(c.id)} » à la fin de leur conservation (destruction, anonymisation ou archivage).`);
    });
  }

  // (e) / 30(2)(c) transfers to third countries, each framed by a Chapter V mechanism.
  const idE = isProcessor ? 'a30_2c_transfers' : 'a30_1e_transfers';
  for (const t of p.transfers) {
    const msg = t.issue === 'art49_undocumented'
      ? `Joignez la documentation des garanties du transfert vers ${t.recipientName} (${t.countryNameFr}) fondé sur l'article 49(1), 2e alinéa.`
      : `Encadrez le transfert vers ${t.recipientName} (${t.countryNameFr}) : décision d'adéquation, clauses contractuelles types, BCR ou dérogation de l'article 49.`;
    check(t.issue === null, `${idE}:${t.key}`, `${a}(${isProcessor ? 'c' : 'e'})`, msg);
  }

  // (g) / 30(2)(d) general description of the security measures.
  check(p.securityMeasures.length > 0, isProcessor ? 'a30_2d_security_measures' : 'a30_1g_security_measures', `${a}(${isProcessor ? 'd' : 'g'})`,
    'Décrivez les mesures de sécurité techniques et organisationnelles (contrôle des accès, sauvegarde, chiffrement…).');

  // Art. 35: the register says which processings need a DPIA (outside Art. 30, shown on the fiche).
  if (p.dpia && !isProcessor) {
    check(p.dpia.screening !== null, 'a35_dpia:screening', 'Art. 35(1)', 'Réalisez le test de nécessité d’une AIPD pour ce traitement.');
    if (p.dpia.screening === 'required') {
      check(p.dpia.done, 'a35_dpia:done', 'Art. 35(1)', 'Une AIPD est requise pour ce traitement : réalisez-la avant sa mise en œuvre ou joignez-la.');
    }
  }

  const passed = checked - missing.length;
  return {
    record: isProcessor ? 'art30_2' : 'art30_1',
    missing,
    checked,
    passed,
    percent: checked === 0 ? 100 : Math.floor((passed * 100) / checked),
    complete: missing.length === 0,
  };
}
