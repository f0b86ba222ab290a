/**
 * Breach documents: the notification dossier (draft, or a recorded notification re-rendered from its
 * frozen copy), the Art. 34 letter, and the Art. 33(5) register. Each reads the vault in one
 * transaction (a consistent state and audit-log head), then renders outside it.
 */
import { DateTime } from 'luxon';
import { requiresDelayReasons } from '../../core/breach-clock';
import { PARIS_ZONE } from '../../core/time';
import { DomainError } from '../../shared/errors';
import { NotificationContent, type BreachFacts, type RiskResult } from '../../shared/schemas/breach';
import type { RiskAnswers } from '../../core/breach-risk';
import type { BreachRecord } from '../../core/breach-workflow';
import type { Organisation } from '../../shared/schemas/organisation';
import { auditHead } from '../../store/audit-log';
import { sha256Hex } from '../../store/crypto';
import {
  findNotification,
  listAssessments,
  listCommunications,
  registerBreaches,
  registerCommunications,
  registerLatestAssessments,
  registerNotifications,
  type NotificationRow,
} from '../../store/repos/breaches';
import { processingsOfBreachesDiscovered } from '../../store/repos/links';
import { readOrganisation } from '../../store/repos/organisation';
import type { Db } from '../../store/sqlite';
import type { BreachRegisterEntry } from '../../reports/breaches/register-entry';
import type { PartialHandlers } from '../context';
import { flagsOf, loadBreach } from './breach-record';
import { assessmentView, communicationStatusOf, communicationView, nextNotificationKind, notificationContent, notificationView, userLabel } from './breach-view';

/** A Europe/Paris calendar day as UTC instants: its first and its last millisecond. */
export function parisDayBounds(date: string): { from: string; to: string } {
  const day = DateTime.fromISO(date, { zone: PARIS_ZONE }).startOf('day');
  if (!day.isValid) throw new DomainError('VALIDATION', `La date « ${date} » est invalide : format attendu AAAA-MM-JJ.`);
  return { from: day.toUTC().toISO() ?? '', to: day.endOf('day').toUTC().toISO() ?? '' };
}

/** A stored notification's frozen copy, and whether it still matches its SHA-256. */
export function readNotificationContent(row: NotificationRow): { content: NotificationContent; verified: boolean } {
  const verified = sha256Hex(row.snapshot) === row.snapshotSha256;
  return { content: NotificationContent.parse(JSON.parse(row.snapshot)), verified };
}

function organisationOf(db: Db): Organisation {
  const org = readOrganisation(db);
  if (!org) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document.');
  return org;
}

/** Every breach discovered in the period, with what the register shows of it. */
export function registerEntries(db: Db, fromUtc: string, toUtc: string): BreachRegisterEntry[] {
  // Grouped queries first: better-sqlite3 cannot run another statement while iterating.
  const assessments = registerLatestAssessments(db, fromUtc, toUtc);
  const notifications = registerNotifications(db, fromUtc, toUtc);
  const communications = registerCommunications(db, fromUtc, toUtc);
  const processings = processingsOfBreachesDiscovered(db, fromUtc, toUtc);
  const entries: BreachRegisterEntry[] = [];
  for (const row of registerBreaches(db, fromUtc, toUtc)) {
    // Validated by zod when written (breach-record.ts); re-validating 10 000 records would triple the export time.
    const facts = JSON.parse(row.facts) as BreachFacts;
    const workflow = JSON.parse(row.workflow) as BreachRecord;
    const comms = (communications.get(row.id) ?? []).map(communicationView);
    const latest = assessments.get(row.id);
    entries.push({
      id: row.id,
      reference: row.reference,
      dueAt: row.dueAt,
      facts,
      workflow,
      flags: flagsOf(facts),
      assessment: latest ? { id: latest.id, at: latest.assessedAt, by: latest.assessedBy, answers: JSON.parse(latest.answers) as RiskAnswers, result: JSON.parse(latest.result) as RiskResult } : null,
      notifications: (notifications.get(row.id) ?? []).map(notificationView),
      communications: comms,
      communicationStatus: communicationStatusOf(workflow, comms.length),
      processings: (processings.get(row.id) ?? []).map((p) => `${p.reference} — ${p.name}`),
    });
  }
  return entries;
}

export const breachDocumentHandlers: PartialHandlers<'breach.dossier' | 'breach.letter' | 'breach.register'> = {
  'breach.dossier': async (input, ctx) => {
    const vault = ctx.session.vault();
    const generatedAt = ctx.now.toISOString();
    const data = vault.transaction(() => {
      const db = vault.db;
      const organisation = organisationOf(db);
      const loaded = loadBreach(db, input.id);
      const head = auditHead(db);
      if (input.notificationId) {
        const row = findNotification(db, input.id, input.notificationId);
        if (!row) throw new DomainError('NOT_FOUND', 'Cette notification n’existe pas pour cette violation : vérifiez le lien.');
        const { content, verified } = readNotificationContent(row);
        if (!verified) {
          throw new DomainError(
            'VAULT_CORRUPT',
            `La copie figée de la notification n° ${row.sequence} ne correspond plus à son empreinte SHA-256 : elle a été modifiée hors de l’application. Restaurez la dernière sauvegarde.`,
          );
        }
        return { organisation, head, content, frozen: { sha256: row.snapshotSha256, recordedAt: row.recordedAt, recordedBy: row.recordedBy } };
      }
      const kind = nextNotificationKind(loaded.workflow);
      const delayReasons = loaded.facts.timeline.delayReasons.trim() || null;
      const late = kind === 'initial' && loaded.workflow.awareAt !== null && requiresDelayReasons(generatedAt, loaded.workflow.awareAt);
      const latest = listAssessments(db, input.id)[0];
      const content = notificationContent({
        loaded,
        organisation,
        notification: { kind, sequence: loaded.workflow.notifications.length + 1, at: generatedAt, reference: null, delayReasons, late },
        assessment: latest ? assessmentView(latest) : null,
        communications: listCommunications(db, input.id).map(communicationView),
        draft: true,
        preparedAt: generatedAt,
        preparedBy: userLabel(ctx.session.user()),
      });
      return { organisation, head, content, frozen: null };
    });
    const { breachDossierPdf } = await import('../../reports/breaches/dossier-pdf');
    const { MIME, toFileOutput } = await import('../../reports/file-output');
    const pdf = await breachDossierPdf({ content: data.content, organisation: data.organisation, auditHead: data.head, generatedAt, frozen: data.frozen });
    const n = data.content.notification;
    const name = `${data.content.breach.reference}-notification-${n.kind === 'initial' ? 'initiale' : `complementaire-${n.sequence - 1}`}${data.content.draft ? '-projet' : ''}.pdf`;
    return toFileOutput(name, MIME.pdf, pdf);
  },

  'breach.letter': async (input, ctx) => {
    const vault = ctx.session.vault();
    const data = vault.transaction(() => {
      const db = vault.db;
      const loaded = loadBreach(db, input.id);
      if (loaded.workflow.status === 'dismissed') {
        throw new DomainError('INVALID_STATE', 'Cet incident a été écarté (pas une violation de données personnelles) : il n’y a pas de personnes à informer.');
      }
      return { organisation: organisationOf(db), loaded, head: auditHead(db) };
    });
    const { breachLetterPdf } = await import('../../reports/breaches/letter-pdf');
    const { MIME, toFileOutput } = await import('../../reports/file-output');
    const pdf = await breachLetterPdf({
      organisation: data.organisation,
      reference: data.loaded.row.reference,
      facts: data.loaded.facts,
      recipient: input.recipient,
      notifiedToCnil: data.loaded.workflow.notifications.length > 0,
      auditHead: data.head,
      generatedAt: ctx.now.toISOString(),
    });
    return toFileOutput(`${data.loaded.row.reference}-courrier-art34.pdf`, MIME.pdf, pdf);
  },

  'breach.register': async (input, ctx) => {
    const vault = ctx.session.vault();
    const from = parisDayBounds(input.from).from;
    const to = parisDayBounds(input.to).to;
    const data = vault.transaction(() => ({ organisation: organisationOf(vault.db), head: auditHead(vault.db), entries: registerEntries(vault.db, from, to) }));
    const register = { organisation: data.organisation, auditHead: data.head, generatedAt: ctx.now.toISOString(), period: { from: input.from, to: input.to }, entries: data.entries };
    const { MIME, toFileOutput } = await import('../../reports/file-output');
    const filename = `registre-violations-${input.from}-au-${input.to}.${input.format}`;
    if (input.format === 'pdf') {
      const { breachRegisterPdf } = await import('../../reports/breaches/register-pdf');
      return toFileOutput(filename, MIME.pdf, await breachRegisterPdf(register));
    }
    const { breachRegisterXlsx } = await import('../../reports/breaches/register-xlsx');
    return toFileOutput(filename, MIME.xlsx, await breachRegisterXlsx(register));
  },
};
