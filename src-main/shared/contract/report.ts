import { FileOutput } from '../schemas/common';
import { AuditPackStartInput, JobIdInput, JobStatus, VerifyPackInput, VerifyPackResult } from '../schemas/pack';
import { z } from 'zod';
import { DPO_COMPLIANCE, method } from './define';

/**
 * Reports that span every module: the periodic audit pack, generated as a background job (progress,
 * cancel, result), and its verification (Art. 5(2), 30(4), 33(5)).
 */
export const reportContract = {
  'report.auditPackStart': method({
    input: AuditPackStartInput,
    output: z.object({ jobId: z.string() }),
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Lance la génération du paquet d’audit d’une période (2026-Q3, 2026 ou 2026-01-01..2026-06-30) sur un instantané cohérent du coffre.',
  }),
  'report.jobStatus': method({
    input: JobIdInput,
    output: JobStatus,
    roles: DPO_COMPLIANCE,
    kind: 'read',
    summary: 'Avancement d’une génération en cours (0 à 100 %, étape en français), ou son issue.',
  }),
  'report.jobCancel': method({
    input: JobIdInput,
    output: JobStatus,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Annule une génération en cours (aucun fichier n’est laissé) ou abandonne un paquet non récupéré.',
  }),
  'report.jobResult': method({
    input: JobIdInput,
    output: FileOutput,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Remet le paquet d’audit terminé (ZIP) et consigne sa remise et son empreinte au journal d’audit.',
  }),
  'report.verifyPack': method({
    input: VerifyPackInput,
    output: VerifyPackResult,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Vérifie un paquet d’audit : empreinte SHA-256 de chaque fichier contre le manifeste, fichiers manquants ou ajoutés, rattachement au journal d’audit du coffre.',
  }),
} as const;
