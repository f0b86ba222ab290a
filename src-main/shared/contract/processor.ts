import { z } from 'zod';
import { Empty, FileOutput } from '../schemas/common';
import {
  AlertListInput,
  AlertListOutput,
  ContractAddInput,
  ContractUpdateInput,
  ContractView,
  DocumentAttachInput,
  ExportInput,
  ProcessorDetail,
  ProcessorIdInput,
  ProcessorInput,
  ProcessorListInput,
  ProcessorListOutput,
  ProcessorUpdateInput,
  ProcessorVocabulary,
} from '../schemas/processor';
import { ALL_ROLES, DPO_COMPLIANCE, DPO_ONLY, method } from './define';

/**
 * Processors (issue 6, GDPR Art. 28 and 44-49). The DPO maintains them; the compliance officer reads
 * and exports; the security officer reads them (incidents start at a processor) but changes nothing.
 */
export const processorContract = {
  'processor.list': method({
    input: ProcessorListInput,
    output: ProcessorListOutput,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Liste des sous-traitants avec leurs alertes, la complétude art. 28 de leurs contrats et leurs transferts hors EEE.',
  }),
  'processor.get': method({
    input: ProcessorIdInput,
    output: ProcessorDetail,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Fiche complète d’un sous-traitant : contrats et grille art. 28, certifications, chaîne de sous-traitance, transferts, alertes.',
  }),
  'processor.create': method({
    input: ProcessorInput,
    output: ProcessorDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Enregistre un sous-traitant (identité, contacts, certifications, hébergement, sous-traitants ultérieurs).',
  }),
  'processor.update': method({
    input: ProcessorUpdateInput,
    output: ProcessorDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Modifie la fiche d’un sous-traitant (remplace l’identité, les certifications, l’hébergement et la chaîne).',
  }),
  'processor.delete': method({
    input: ProcessorIdInput,
    output: z.null(),
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Supprime un sous-traitant qu’aucun traitement n’utilise plus, avec ses contrats et documents.',
  }),
  'processor.alerts': method({
    input: AlertListInput,
    output: AlertListOutput,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Alertes de tous les sous-traitants (clause obligatoire absente, revue dépassée, certification expirée, transfert non encadré…).',
  }),
  'processor.addContract': method({
    input: ContractAddInput,
    output: ContractView,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Ajoute un contrat de sous-traitance avec sa grille de clauses de l’article 28.',
  }),
  'processor.updateContract': method({
    input: ContractUpdateInput,
    output: ContractView,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Modifie un contrat (dates, durée, revue, grille art. 28 clause par clause).',
  }),
  'processor.removeContract': method({
    input: ProcessorIdInput,
    output: z.null(),
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Supprime un contrat et son document.',
  }),
  'processor.attachDocument': method({
    input: DocumentAttachInput,
    output: ContractView,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Joint le contrat signé (PDF ou DOCX, 20 Mo au plus), conservé chiffré dans le coffre.',
  }),
  'processor.downloadDocument': method({
    input: ProcessorIdInput,
    output: FileOutput,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Renvoie le document joint à un contrat.',
  }),
  'processor.removeDocument': method({
    input: ProcessorIdInput,
    output: ContractView,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Retire le document joint à un contrat.',
  }),
  'processor.exportRegister': method({
    input: ExportInput,
    output: FileOutput,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Registre des sous-traitants avec la matrice des clauses art. 28, en XLSX ou en PDF.',
  }),
  'processor.vocabulary': method({
    input: Empty,
    output: ProcessorVocabulary,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Listes de référence : clauses de l’art. 28, certifications, mécanismes de transfert, pays de l’EEE et décisions d’adéquation.',
  }),
} as const;
