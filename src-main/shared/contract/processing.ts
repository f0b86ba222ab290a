import { z } from 'zod';
import { Empty, FileOutput } from '../schemas/common';
import {
  CategoriesInput,
  CategoriesOutput,
  DpiaScreenInput,
  DpiaScreening,
  DpiaUpdateInput,
  ImportInput,
  ImportPreview,
  ImportResult,
  ProcessingDetail,
  ProcessingIdInput,
  ProcessingInput,
  ProcessingListInput,
  ProcessingListOutput,
  ProcessingStatusInput,
  ProcessingUpdateInput,
  ProcessingVocabulary,
  RegisterExportInput,
  TransfersOutput,
} from '../schemas/processing';
import { ALL_ROLES, DPO_COMPLIANCE, DPO_ONLY, method } from './define';

/**
 * The register of processing activities (issue 6, GDPR Art. 30) and the DPIA screening (Art. 35).
 * The DPO maintains it; the compliance officer reads and exports; the security officer reads it
 * (breaches are linked to processings) but changes nothing.
 */
export const processingContract = {
  'processing.list': method({
    input: ProcessingListInput,
    output: ProcessingListOutput,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Liste des traitements (lignes légères : complétude art. 30, statut de l’AIPD, transferts) pour le registre et les sélecteurs.',
  }),
  'processing.get': method({
    input: ProcessingIdInput,
    output: ProcessingDetail,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Fiche de registre complète : champs de l’art. 30, transferts déduits des sous-traitants, manques, AIPD.',
  }),
  'processing.categories': method({
    input: CategoriesInput,
    output: CategoriesOutput,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Catégories de données et de personnes de traitements donnés (pré-remplissage d’une violation ou d’une demande).',
  }),
  'processing.transfers': method({
    input: Empty,
    output: TransfersOutput,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Tous les transferts hors EEE du registre, déduits des sous-traitants, avec leur encadrement (art. 30(1)(e), 44-49).',
  }),
  'processing.create': method({
    input: ProcessingInput,
    output: ProcessingDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Crée une fiche de registre (brouillon).',
  }),
  'processing.update': method({
    input: ProcessingUpdateInput,
    output: ProcessingDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Modifie une fiche de registre ; une fiche validée qui devient incomplète repasse en brouillon.',
  }),
  'processing.delete': method({
    input: ProcessingIdInput,
    output: z.null(),
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Supprime une fiche de registre et l’historique de ses tests d’AIPD.',
  }),
  'processing.setStatus': method({
    input: ProcessingStatusInput,
    output: ProcessingDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Valide une fiche complète ou la repasse en brouillon.',
  }),
  'processing.screenDpia': method({
    input: DpiaScreenInput,
    output: DpiaScreening,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Test de nécessité d’une AIPD (art. 35(3), liste CNIL, neuf critères WP248), daté et conservé.',
  }),
  'processing.screenings': method({
    input: ProcessingIdInput,
    output: z.array(DpiaScreening),
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Historique des tests de nécessité d’AIPD d’un traitement, du plus récent au plus ancien.',
  }),
  'processing.updateDpia': method({
    input: DpiaUpdateInput,
    output: ProcessingDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Suivi de l’AIPD : planifiée, en cours, réalisée, prochaine revue, lien vers le document.',
  }),
  'processing.exportRegister': method({
    input: RegisterExportInput,
    output: FileOutput,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Registre des traitements (art. 30(1)) ou des activités de sous-traitant (art. 30(2)), au format du modèle CNIL (XLSX) ou en PDF.',
  }),
  'processing.importPreview': method({
    input: ImportInput,
    output: ImportPreview,
    roles: DPO_ONLY,
    kind: 'read',
    summary: 'Vérifie un registre XLSX au format du modèle CNIL et liste les erreurs fiche par fiche, sans rien écrire.',
  }),
  'processing.import': method({
    input: ImportInput,
    output: ImportResult,
    roles: DPO_ONLY,
    kind: 'managed',
    summary: 'Importe un registre XLSX au format du modèle CNIL en une seule transaction (rien n’est écrit si une fiche est invalide).',
  }),
  'processing.vocabulary': method({
    input: Empty,
    output: ProcessingVocabulary,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Listes de référence du registre : bases légales, conditions de l’art. 9(2), catégories, mesures, critères d’AIPD.',
  }),
} as const;
