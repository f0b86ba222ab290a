/**
 * The intake form as typed (strings and booleans) and the `request.create` / `request.update` input.
 * The applicant and the data subject may differ (a parent, an agent, an heir): then the link and its
 * proof are recorded (Art. 12(6): who is asking for whom), and for the deceased the loi 78-17
 * art. 85 information (death, directives, purpose).
 */
import { RequestCreateInput, RequestUpdateInput, type RequestDetail, type RequestPerson } from '../../../src-main/shared/schemas/request';
import { zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { parisLocalToIso, toParisLocalInput } from '../breaches/paris-time';

export interface PersonDraft {
  name: string;
  email: string;
  phone: string;
  postalAddress: string;
  memberNumber: string;
}

export interface RequestDraft {
  type: string;
  receivedAt: string;
  channel: string;
  channelDetail: string;
  applicant: PersonDraft;
  /** The applicant acts for someone else (the data subject). */
  onBehalf: boolean;
  subject: PersonDraft;
  link: string;
  proof: string;
  proofReceivedAt: string;
  deathDate: string;
  directives: string;
  purpose: string;
  profile: string;
  summary: string;
  /** Processings of the register concerned (ids). */
  processingIds: string[];
  /** « Autres traitements (hors registre) »: one processing per line. */
  processings: string;
  notes: string;
}

export const EMPTY_PERSON: PersonDraft = { name: '', email: '', phone: '', postalAddress: '', memberNumber: '' };

export function emptyRequestDraft(receivedAt: string): RequestDraft {
  return {
    type: 'access',
    receivedAt,
    channel: 'letter',
    channelDetail: '',
    applicant: EMPTY_PERSON,
    onBehalf: false,
    subject: EMPTY_PERSON,
    link: 'legal_representative',
    proof: '',
    proofReceivedAt: '',
    deathDate: '',
    directives: 'unknown',
    purpose: '',
    profile: 'gdpr',
    summary: '',
    processingIds: [],
    processings: '',
    notes: '',
  };
}

/** Post-mortem information is asked for the heirs' and designated persons' requests (loi 78-17 art. 85). */
export function needsPostMortem(draft: Pick<RequestDraft, 'type' | 'onBehalf' | 'link'>): boolean {
  return draft.type === 'post_mortem' || (draft.onBehalf && (draft.link === 'heir' || draft.link === 'designated_person'));
}

const person = (p: RequestPerson): PersonDraft => ({ name: p.name, email: p.email, phone: p.phone, postalAddress: p.postalAddress, memberNumber: p.memberNumber });

export function detailToDraft(d: RequestDetail): RequestDraft {
  return {
    type: d.type,
    receivedAt: toParisLocalInput(d.receivedAt),
    channel: d.channel,
    channelDetail: d.channelDetail,
    applicant: person(d.applicant),
    onBehalf: d.subject !== null,
    subject: d.subject ? person(d.subject) : EMPTY_PERSON,
    link: d.subject ? d.representation.link : 'legal_representative',
    proof: d.representation.proof,
    proofReceivedAt: d.representation.proofReceivedAt ? toParisLocalInput(d.representation.proofReceivedAt) : '',
    deathDate: d.postMortem?.deathDate ?? '',
    directives: d.postMortem?.directives ?? 'unknown',
    purpose: d.postMortem?.purpose ?? '',
    profile: d.profile,
    summary: d.summary,
    processingIds: d.linkedProcessings.map((p) => p.id),
    processings: d.processings.join('\n'),
    notes: d.notes,
  };
}

interface Converted {
  fields: Record<string, unknown>;
  errors: Record<string, string>;
}

/** The typed fields; instants that are not real Paris dates and times are reported by field. */
function convert(draft: RequestDraft, invalidInstant: string): Converted {
  const errors: Record<string, string> = {};
  const receivedAt = parisLocalToIso(draft.receivedAt);
  if (receivedAt === null) errors.receivedAt = invalidInstant;
  const proofReceivedAt = draft.proofReceivedAt === '' ? null : parisLocalToIso(draft.proofReceivedAt);
  if (draft.onBehalf && draft.proofReceivedAt !== '' && proofReceivedAt === null) errors['representation.proofReceivedAt'] = invalidInstant;
  const fields = {
    type: draft.type,
    receivedAt: receivedAt ?? '',
    channel: draft.channel,
    channelDetail: draft.channelDetail,
    applicant: draft.applicant,
    subject: draft.onBehalf ? draft.subject : null,
    representation: draft.onBehalf ? { link: draft.link, proof: draft.proof, proofReceivedAt } : { link: 'self', proof: '', proofReceivedAt: null },
    postMortem: needsPostMortem(draft) ? { deathDate: draft.deathDate || null, directives: draft.directives, purpose: draft.purpose || null } : null,
    profile: draft.profile,
    summary: draft.summary,
    processings: draft.processings
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    processingIds: draft.processingIds,
    notes: draft.notes,
  };
  return { fields, errors };
}

export type DraftResult<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

export function draftToCreateInput(draft: RequestDraft, invalidInstant: string): DraftResult<RequestCreateInput> {
  const { fields, errors } = convert(draft, invalidInstant);
  const parsed = RequestCreateInput.safeParse(fields);
  const all = { ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...errors };
  return parsed.success && Object.keys(all).length === 0 ? { ok: true, input: parsed.data } : { ok: false, errors: all };
}

/**
 * The update input: every typed field (what is given replaces the stored value), except the receipt
 * instant when untouched (the input shows minutes; re-sending it would drop the seconds).
 */
export function draftToUpdateInput(id: string, draft: RequestDraft, initial: RequestDraft, invalidInstant: string): DraftResult<RequestUpdateInput> {
  const { fields, errors } = convert(draft, invalidInstant);
  const { receivedAt, ...rest } = fields;
  const candidate = { id, ...rest, ...(draft.receivedAt !== initial.receivedAt ? { receivedAt } : {}) };
  const parsed = RequestUpdateInput.safeParse(candidate);
  const all = { ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...errors };
  return parsed.success && Object.keys(all).length === 0 ? { ok: true, input: parsed.data } : { ok: false, errors: all };
}
