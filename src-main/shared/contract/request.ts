import { FileOutput } from '../schemas/common';
import {
  CalendarInput,
  LetterInput,
  RegisterInput,
  RequestActInput,
  RequestCreateInput,
  RequestDetail,
  RequestDueSoonInput,
  RequestDueSoonOutput,
  RequestGetInput,
  RequestImportBatchInput,
  RequestImportBatchOutput,
  RequestListInput,
  RequestListOutput,
  RequestUpdateInput,
} from '../schemas/request';
import { DPO_COMPLIANCE, DPO_ONLY, method } from './define';

/**
 * Data-subject rights requests (issue 5). The DPO records and answers them; the compliance officer
 * reads and exports; the security officer has no access to them (they name members and their health
 * insurance files, which security work does not need: GDPR Art. 5(1)(c), Art. 32(4)).
 */
export const requestContract = {
  'request.create': method({
    input: RequestCreateInput,
    output: RequestDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Enregistre une demande d’exercice des droits et calcule son échéance (art. 12(3)).',
  }),
  'request.update': method({
    input: RequestUpdateInput,
    output: RequestDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Modifie le dossier d’une demande non close ; les échéances sont recalculées.',
  }),
  'request.act': method({
    input: RequestActInput,
    output: RequestDetail,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Fait avancer une demande (identité, précision, prolongation, réponse, clôture) selon l’art. 12.',
  }),
  'request.importBatch': method({
    input: RequestImportBatchInput,
    output: RequestImportBatchOutput,
    roles: DPO_ONLY,
    kind: 'write',
    summary: 'Importe jusqu’à 5 000 demandes (avec leurs étapes), validées et journalisées comme une à une.',
  }),
  'request.get': method({
    input: RequestGetInput,
    output: RequestDetail,
    roles: DPO_COMPLIANCE,
    kind: 'read',
    summary: 'Dossier complet d’une demande : échéances, prochaine étape légale, historique.',
  }),
  'request.list': method({
    input: RequestListInput,
    output: RequestListOutput,
    roles: DPO_COMPLIANCE,
    kind: 'read',
    summary: 'Liste paginée des demandes (filtres : état, type, période, retard, échéance proche, recherche).',
  }),
  'request.dueSoon': method({
    input: RequestDueSoonInput,
    output: RequestDueSoonOutput,
    roles: DPO_COMPLIANCE,
    kind: 'read',
    summary: 'Demandes à échéance dans les 7 prochains jours et demandes en retard (tableau de bord).',
  }),
  'request.letter': method({
    input: LetterInput,
    output: FileOutput,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Courrier PDF : accusé de réception, demande de justificatif, prolongation, réponse, refus motivé.',
  }),
  'request.register': method({
    input: RegisterInput,
    output: FileOutput,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Registre des demandes d’une période (XLSX ou PDF) : échéances, réponses, retards, issues.',
  }),
  'request.calendar': method({
    input: CalendarInput,
    output: FileOutput,
    roles: DPO_COMPLIANCE,
    kind: 'managed',
    summary: 'Calendrier .ics des échéances des demandes en attente de réponse (Europe/Paris).',
  }),
} as const;
