/**
 * Documents of the requests module: letters, the register (XLSX/PDF) and the calendar of open
 * deadlines. Each reads its data and the audit head in one transaction, renders outside it, then
 * records the export in the audit log (who exported what, when: Art. 5(2)).
 */
import { nextLegalStep, REQUEST_TYPE_INFO } from '../../core/request-workflow';
import { parisDateOf } from '../../core/time';
import { endOfDay } from '../../core/eu-period';
import { DomainError } from '../../shared/errors';
import type { LetterKind, RequestDetail } from '../../shared/schemas/request';
import { auditHead } from '../../store/audit-log';
import { readOrganisation } from '../../store/repos/organisation';
import { registerLine } from '../../reports/requests/register-lines';
import { processingsOfRequestsReceived } from '../../store/repos/links';
import { findRequest, pendingRequests, registerRequests } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import type { PartialHandlers } from '../context';
import { readDetails, startOfParisDay, toCore } from './request-record';
import { detailView } from './request-view';

function organisationOf(db: Db) {
  const org = readOrganisation(db);
  if (!org) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document.');
  return org;
}

/** The date a letter bears by default: the day of the fact it reports. */
function defaultLetterDate(kind: LetterKind, r: RequestDetail, today: string): string {
  const day = (instant: string | null | undefined) => (instant ? parisDateOf(instant) : today);
  switch (kind) {
    case 'acknowledgement':
      return today;
    case 'identity_request':
      return day(r.identity.requestedAt);
    case 'extension_notice':
      return day(r.extension?.recordedAt);
    case 'answer_cover':
      return day(r.response?.at);
    case 'refusal':
      return r.response?.refusal?.informedOn ?? day(r.response?.at);
  }
}

const NOT_AVAILABLE: Record<LetterKind, string> = {
  acknowledgement: '',
  identity_request: 'Enregistrez d’abord la demande de justificatif d’identité (action « Demander un justificatif ») : la lettre reprend les pièces demandées.',
  extension_notice: 'Enregistrez d’abord la prolongation et ses motifs (art. 12(3)) : la lettre les reprend.',
  answer_cover: 'Enregistrez d’abord une réponse « satisfaite » ou « partiellement satisfaite ».',
  refusal: 'Enregistrez d’abord un refus avec ses motifs et les mentions de l’art. 12(4).',
};

export const requestExportHandlers: PartialHandlers<'request.letter' | 'request.register' | 'request.calendar'> = {
  'request.letter': async (input, ctx) => {
    const vault = ctx.session.vault();
    const today = parisDateOf(ctx.now);
    const { org, head, request } = vault.transaction(() => {
      const record = findRequest(vault.db, input.id);
      if (!record) throw new DomainError('NOT_FOUND', `Aucune demande ne porte l’identifiant « ${input.id} ».`);
      const org = organisationOf(vault.db);
      return { org, head: auditHead(vault.db), request: detailView(record, readDetails(record), ctx.now, org.alsaceMoselle) };
    });
    if (!request.availableLetters.includes(input.kind)) throw new DomainError('INVALID_STATE', NOT_AVAILABLE[input.kind]);
    const { requestLetterPdf } = await import('../../reports/requests/letters');
    const { toFileOutput, MIME } = await import('../../reports/file-output');
    const date = input.date ?? defaultLetterDate(input.kind, request, today);
    const pdf = await requestLetterPdf({ kind: input.kind, request, organisation: org, date, generatedAt: ctx.now.toISOString(), auditHead: head });
    const file = toFileOutput(`${request.reference}-${input.kind.replace(/_/g, '-')}.pdf`, MIME.pdf, pdf);
    vault.transaction(() => ctx.audit('request.letter', 'request', request.id, null, { kind: input.kind, date, sha256: file.sha256 }));
    return file;
  },

  'request.register': async (input, ctx) => {
    const vault = ctx.session.vault();
    const today = parisDateOf(ctx.now);
    const { org, head, lines } = vault.transaction(() => {
      const from = startOfParisDay(input.from);
      const to = endOfDay(input.to);
      // Read before iterating: better-sqlite3 runs no other statement while a cursor is open.
      const linked = processingsOfRequestsReceived(vault.db, from, to);
      const labels = (id: string): string[] => (linked.get(id) ?? []).map((p) => `${p.reference} — ${p.name}`);
      return {
        org: organisationOf(vault.db),
        head: auditHead(vault.db),
        lines: Array.from(registerRequests(vault.db, from, to), (s) => registerLine(s, today, labels(s.id))),
      };
    });
    const { registerPdf, registerXlsx } = await import('../../reports/requests/register');
    const { toFileOutput, MIME } = await import('../../reports/file-output');
    const render = { organisation: org, auditHead: head, generatedAt: ctx.now.toISOString(), period: { from: input.from, to: input.to }, lines };
    const buffer = input.format === 'pdf' ? await registerPdf(render) : await registerXlsx(render);
    const file = toFileOutput(`registre-demandes-${input.from}-${input.to}.${input.format}`, MIME[input.format], buffer);
    vault.transaction(() =>
      ctx.audit('request.register', 'request', 'register', null, { from: input.from, to: input.to, format: input.format, count: lines.length, sha256: file.sha256 }),
    );
    return file;
  },

  'request.calendar': async (input, ctx) => {
    const vault = ctx.session.vault();
    const { org, deadlines } = vault.transaction(() => ({
      org: organisationOf(vault.db),
      deadlines: pendingRequests(vault.db).map((s) => ({
        id: s.id,
        reference: s.reference,
        typeLabel: REQUEST_TYPE_INFO[s.type].fr,
        article: REQUEST_TYPE_INFO[s.type].article,
        receivedDate: s.receivedDate,
        due: s.effectiveDueDate,
        extended: s.extendedDueDate !== null,
        nextStep: nextLegalStep(toCore(s, null), ctx.now)?.fr ?? '',
        updatedAt: s.updatedAt,
      })),
    }));
    const { requestCalendarIcs } = await import('../../reports/requests/calendar-ics');
    const { toFileOutput, MIME } = await import('../../reports/file-output');
    const ics = requestCalendarIcs({ organisationName: org.name, generatedAt: ctx.now.toISOString(), alarmDays: input.alarmDays, deadlines });
    const file = toFileOutput(`echeances-demandes-${parisDateOf(ctx.now)}.ics`, MIME.ics, Buffer.from(ics, 'utf8'));
    vault.transaction(() => ctx.audit('request.calendar', 'request', 'calendar', null, { count: deadlines.length, sha256: file.sha256 }));
    return file;
  },
};
