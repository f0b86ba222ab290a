/**
 * Evidence of actions (« preuves »): documents stored as BLOBs inside the encrypted vault, never as
 * files in clear beside it (GDPR Art. 32(1)(a)); each keeps its SHA-256, checked again on download
 * (integrity, Art. 5(1)(f)). Accepted: PDF, PNG, JPEG, DOCX, XLSX, TXT, 20 Mo at most, type proven by
 * the content. The history of the action records every document added or removed (Art. 5(2)).
 */
import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/errors';
import { EVIDENCE_MAX_BYTES } from '../../shared/schemas/control';
import { newId } from '../../store/ids';
import { deleteEvidence, evidenceContent, findAction, findEvidence, insertEvidence, updateAction, type EvidenceMeta } from '../../store/repos/control-actions';
import type { PartialHandlers } from '../context';
import { historyEntry, requireAction } from './control-actions';
import { EVIDENCE_MIME, EVIDENCE_NAMES, detectEvidenceKind, extensionOf, kindOfExtension } from './control-evidence-type';
import { assertActionInScope, evidenceView, notFound } from './control-views';

const ACCEPTED = 'PDF, PNG, JPEG, DOCX, XLSX ou TXT';
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

function invalidFile(message: string): DomainError {
  return new DomainError('VALIDATION', message, [{ path: 'base64', message }]);
}

/** Decodes and checks a file; throws a French sentence saying what to do. Nothing is written before. */
export function checkEvidenceFile(filename: string, base64: string): { content: Buffer; kind: keyof typeof EVIDENCE_MIME } {
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0) throw invalidFile('Le fichier est vide : choisissez le document à joindre.');
  if (content.length > EVIDENCE_MAX_BYTES) {
    throw invalidFile(`Le fichier « ${filename} » dépasse 20 Mo : réduisez-le (PDF compressé, image redimensionnée) ou découpez-le avant de le joindre.`);
  }
  const ext = extensionOf(filename);
  const announced = kindOfExtension(ext);
  if (!announced) {
    throw new DomainError('VALIDATION', `Type de fichier non accepté${ext ? ` (« .${ext} »)` : ''} : joignez un document ${ACCEPTED}.`, [{ path: 'filename', message: `Extension attendue : ${ACCEPTED}.` }]);
  }
  const actual = detectEvidenceKind(content);
  if (actual !== announced) {
    throw invalidFile(
      `Le fichier « ${filename} » n’est pas ${EVIDENCE_NAMES[announced]} : son contenu ne correspond pas à son extension${actual ? ` (c’est ${EVIDENCE_NAMES[actual]})` : ''}. Joignez le document d’origine ou renommez-le avec la bonne extension.`,
    );
  }
  return { content, kind: actual };
}

export const controlEvidenceHandlers: PartialHandlers<'action.addEvidence' | 'action.removeEvidence' | 'action.downloadEvidence'> = {
  'action.addEvidence': (input, ctx) => {
    const db = ctx.session.vault().db;
    const action = requireAction(ctx, db, input.actionId);
    if (action.status === 'cancelled') throw new DomainError('INVALID_STATE', `L’action ${action.reference} est abandonnée : rouvrez-la avant d’y joindre une preuve.`);
    const { content, kind } = checkEvidenceFile(input.filename, input.base64);
    const meta: EvidenceMeta = {
      id: newId(),
      actionId: action.id,
      filename: input.filename,
      mime: EVIDENCE_MIME[kind],
      kind,
      sizeBytes: content.length,
      sha256: sha256(content),
      uploadedAt: ctx.now.toISOString(),
      uploadedBy: ctx.session.user().username,
    };
    insertEvidence(db, meta, content);
    updateAction(db, {
      ...action,
      updatedAt: meta.uploadedAt,
      history: [...action.history, historyEntry(ctx, 'evidence_added', 'Preuve jointe', `${meta.filename} (${megabytes(meta.sizeBytes)}, SHA-256 ${meta.sha256}).`)],
    });
    ctx.audit('action.addEvidence', 'action_evidence', meta.id, null, meta);
    return evidenceView(meta);
  },

  'action.removeEvidence': (input, ctx) => {
    const db = ctx.session.vault().db;
    const meta = findEvidence(db, input.id);
    if (!meta) throw notFound('Cette preuve');
    const action = requireAction(ctx, db, meta.actionId);
    if (action.status === 'done' || action.status === 'cancelled') {
      throw new DomainError('INVALID_STATE', `L’action ${action.reference} est close : ses preuves sont conservées. Rouvrez-la pour retirer un document.`);
    }
    deleteEvidence(db, meta.id);
    updateAction(db, {
      ...action,
      updatedAt: ctx.now.toISOString(),
      history: [...action.history, historyEntry(ctx, 'evidence_removed', 'Preuve retirée', `${meta.filename} (SHA-256 ${meta.sha256}).`)],
    });
    ctx.audit('action.removeEvidence', 'action_evidence', meta.id, meta, null);
    return null;
  },

  'action.downloadEvidence': (input, ctx) => {
    const db = ctx.session.vault().db;
    const meta = findEvidence(db, input.id);
    if (!meta) throw notFound('Cette preuve');
    const action = findAction(db, meta.actionId);
    if (!action) throw notFound('L’action de cette preuve');
    assertActionInScope(ctx, action);
    const content = evidenceContent(db, meta.id);
    if (!content || sha256(content) !== meta.sha256) {
      throw new DomainError('VAULT_CORRUPT', `La preuve « ${meta.filename} » ne correspond plus à son empreinte : restaurez la dernière sauvegarde et vérifiez le coffre (« dpo verify »).`);
    }
    return { filename: meta.filename, mime: meta.mime, base64: content.toString('base64'), sha256: meta.sha256 };
  },
};
