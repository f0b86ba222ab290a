/**
 * The letters of a rights request as PDF (French): acknowledgement, identity-verification request,
 * extension notice (Art. 12(3)), answer cover letter, reasoned refusal (Art. 12(4)). The running header
 * carries the organisation and its DPO (document.ts); the body follows French correspondence usage.
 */
import type { Organisation } from '../../shared/schemas/organisation';
import { LETTER_KIND_LABELS, type LetterKind, type RequestDetail } from '../../shared/schemas/request';
import { renderPdf } from '../pdf/document';
import type { AuditHead } from '../pdf/page-frame';
import { frenchDay, letterText } from './letter-texts';

export interface RequestLetterInput {
  kind: LetterKind;
  request: RequestDetail;
  organisation: Organisation;
  /** Calendar date printed on the letter. */
  date: string;
  generatedAt: string;
  auditHead: AuditHead | null;
}

/** Name and postal address (or e-mail) of the applicant: the person the letter goes to. */
function addressee(r: RequestDetail): string {
  const where = r.applicant.postalAddress || r.applicant.email;
  return [r.applicant.name, where].filter((s) => s !== '').join('\n');
}

export async function requestLetterPdf(input: RequestLetterInput): Promise<Buffer> {
  const { request: r, organisation: org } = input;
  const text = letterText(input.kind, r, org);
  return renderPdf(
    {
      organisation: org,
      auditHead: input.auditHead,
      generatedAt: input.generatedAt,
      title: `${text.title} — ${r.reference}`,
      subject: `${LETTER_KIND_LABELS[input.kind].fr} (${r.reference})`,
    },
    (doc) => {
      doc.title(text.title, `Référence : ${r.reference}`);
      doc.paragraph(`${org.address.city || org.name}, le ${frenchDay(input.date)}`);
      doc.paragraph(addressee(r));
      doc.paragraph(`Objet : ${text.object} (réf. ${r.reference})`);
      doc.paragraph('Madame, Monsieur,');
      for (const block of text.blocks) {
        if (block.kind === 'heading') doc.heading(String(block.text));
        else if (block.kind === 'bullets') doc.bullets(Array.isArray(block.text) ? block.text : [block.text]);
        else doc.paragraph(String(block.text));
      }
      doc.paragraph('Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.');
      doc.spacer();
      doc.paragraph([org.dpoName || 'Le délégué à la protection des données', 'Délégué à la protection des données', org.name].join('\n'));
    },
  );
}
