/**
 * The letter to the people concerned by a high-risk breach (GDPR Art. 34). Art. 34(2): it describes
 * « in clear and plain language the nature of the personal data breach » and gives at least the
 * information of Art. 33(3)(b) (DPO or contact point), (c) (likely consequences) and (d) (measures
 * taken or proposed, including those to mitigate its possible adverse effects).
 */
import type { BreachNature, DataType, ImpactType, IncidentType } from '../../core/breach-vocabulary';
import { DATA_TYPE_LABELS, IMPACT_TYPE_LABELS, INCIDENT_TYPE_LABELS } from '../../core/breach-vocabulary';
import type { BreachFacts } from '../../shared/schemas/breach';
import type { Organisation } from '../../shared/schemas/organisation';
import { formatFrenchDate } from '../format';
import { renderPdf } from '../pdf/document';
import type { AuditHead } from '../pdf/page-frame';
import { lines } from './labels';

export interface LetterPdfInput {
  organisation: Organisation;
  reference: string;
  facts: BreachFacts;
  recipient: { name: string; address: string };
  /** The CNIL has been notified (Art. 33): the letter says so. */
  notifiedToCnil: boolean;
  auditHead: AuditHead;
  generatedAt: string;
}

export const LETTER_TITLE = 'Information sur une violation de vos données personnelles';

/** The headings of the letter: Art. 34(2) content, in the order a person reads it. */
export const LETTER_SECTIONS = [
  'Ce qui s’est passé',
  'Les informations concernées',
  'Les conséquences possibles pour vous',
  'Ce que nous avons fait et allons faire',
  'Ce que nous vous conseillons',
  'Pour toute question',
] as const;

/** Art. 34(2): the nature of the breach in plain words, one sentence per kind of loss. */
const NATURE_SENTENCES: Record<BreachNature, (temporary: boolean) => string> = {
  confidentiality: () => 'des personnes qui n’y étaient pas autorisées ont pu consulter des informations vous concernant, ou en obtenir une copie',
  integrity: () => 'des informations vous concernant ont pu être modifiées sans autorisation',
  availability: (temporary) => (temporary ? 'des informations vous concernant ont été temporairement inaccessibles' : 'des informations vous concernant ont été perdues ou rendues inaccessibles'),
};

/** Plain label of a list option: without its article reference (« Données de santé (art. 9) » → « données de santé »). */
const plain = (text: string): string => {
  const stripped = text.replace(/\s*\((art\.|Art\.)[^)]*\)/g, '').trim();
  return stripped.charAt(0).toLowerCase() + stripped.slice(1);
};

/** Default advice, by the kind of data exposed, when the DPO has not written any (EDPB 01/2021: mitigation by the people). */
function defaultAdvice(types: readonly DataType[], incidents: readonly IncidentType[]): string[] {
  const has = (...t: DataType[]) => t.some((x) => types.includes(x));
  const advice: string[] = [];
  if (has('credentials') || incidents.includes('phishing_social_engineering')) {
    advice.push('Changez votre mot de passe de l’espace adhérent, ainsi que celui de tout autre service où vous utilisez le même.');
  }
  if (has('payment_means', 'economic_financial')) {
    advice.push('Surveillez vos relevés bancaires et signalez sans attendre à votre banque toute opération que vous ne reconnaissez pas.');
  }
  if (has('nir', 'official_documents', 'basic')) {
    advice.push('Soyez attentif à toute démarche faite en votre nom (ouverture de compte, demande de prestation) : en cas de doute, contactez-nous.');
  }
  advice.push(
    'Méfiez-vous des messages (courriel, SMS, appel) qui se réclameraient de nous ou citeraient ces informations : nous ne vous demanderons jamais vos mots de passe ni vos coordonnées bancaires.',
  );
  return advice;
}

function natureSentence(facts: BreachFacts): string {
  const temporary = facts.nature.availabilityType === 'temporary';
  const parts = facts.nature.natures.map((n) => NATURE_SENTENCES[n](temporary));
  if (parts.length === 0) return 'un incident de sécurité a touché des informations vous concernant.';
  if (parts.length === 1) return `${parts[0]}.`;
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}.`;
}

export function breachLetterPdf(input: LetterPdfInput): Promise<Buffer> {
  const { organisation: org, facts } = input;
  const t = facts.timeline;
  return renderPdf({ organisation: org, auditHead: input.auditHead, generatedAt: input.generatedAt, title: LETTER_TITLE, subject: `${LETTER_TITLE} — ${input.reference}` }, (doc) => {
    const recipient = [input.recipient.name, ...lines(input.recipient.address)].filter((l) => l.trim() !== '');
    if (recipient.length > 0) {
      doc.paragraph(recipient.join('\n'));
      doc.spacer();
    }
    const city = org.address.city.trim();
    doc.paragraph(`${city ? `${city}, le` : 'Le'} ${formatFrenchDate(input.generatedAt)}`);
    doc.title(LETTER_TITLE, `Notre référence : ${input.reference}`);
    doc.paragraph('Madame, Monsieur,');
    doc.paragraph(
      `Nous vous informons, comme le prévoit l’article 34 du règlement général sur la protection des données (RGPD), d’un incident de sécurité qui concerne des informations personnelles que ${org.name} détient à votre sujet. Nous tenons à vous en expliquer les circonstances, les conséquences possibles et ce que nous faisons.`,
    );

    doc.heading(LETTER_SECTIONS[0]);
    const when = t.occurredFrom ? `Le ${formatFrenchDate(t.occurredFrom)}` : `Nous avons découvert le ${formatFrenchDate(t.discoveredAt)} que`;
    doc.paragraph(`${when}${t.occurredFrom ? ', ' : ' '}${natureSentence(facts)}`);
    if (facts.nature.incidentTypes.length > 0) {
      doc.paragraph(`Il s’agit d’un incident de type : ${facts.nature.incidentTypes.map((i) => plain(INCIDENT_TYPE_LABELS[i].fr)).join(', ')}.`);
    }
    for (const l of lines(facts.description)) doc.paragraph(l);

    doc.heading(LETTER_SECTIONS[1]);
    if (facts.data.types.length > 0) doc.bullets(facts.data.types.map((d) => plain(DATA_TYPE_LABELS[d].fr)));
    else doc.paragraph('Nous sommes en train de déterminer précisément les informations concernées et vous en tiendrons informé.');
    for (const l of lines(facts.data.description)) doc.paragraph(l);

    // Art. 33(3)(c) via 34(2).
    doc.heading(LETTER_SECTIONS[2]);
    const impacts = facts.consequences.impacts.filter((i): i is Exclude<ImpactType, 'other' | 'to_be_determined'> => i !== 'other' && i !== 'to_be_determined');
    if (impacts.length > 0) {
      doc.paragraph('Cet incident pourrait avoir pour vous les conséquences suivantes :');
      doc.bullets(impacts.map((i) => plain(IMPACT_TYPE_LABELS[i].fr)));
    }
    for (const l of lines(facts.consequences.description)) doc.paragraph(l);
    if (impacts.length === 0 && facts.consequences.description.trim() === '') doc.paragraph('Nous évaluons encore les conséquences possibles de cet incident et vous tiendrons informé.');

    // Art. 33(3)(d) via 34(2).
    doc.heading(LETTER_SECTIONS[3]);
    const measures = [...lines(facts.remediation.taken), ...lines(facts.remediation.planned)];
    if (measures.length > 0) doc.bullets(measures);
    else doc.paragraph('Nous avons pris des mesures pour mettre fin à l’incident et en limiter les effets ; nous vous en préciserons le détail sur simple demande.');
    if (input.notifiedToCnil) doc.paragraph('Nous avons informé la Commission nationale de l’informatique et des libertés (CNIL) de cet incident, comme la loi le prévoit (article 33 du RGPD).');

    doc.heading(LETTER_SECTIONS[4]);
    const advice = lines(facts.remediation.adviceToSubjects);
    doc.bullets(advice.length > 0 ? advice : defaultAdvice(facts.data.types, facts.nature.incidentTypes));

    // Art. 33(3)(b) via 34(2).
    doc.heading(LETTER_SECTIONS[5]);
    const contactName = facts.contact.name.trim() || org.dpoName || 'notre délégué à la protection des données';
    const contactWays = [facts.contact.email.trim() || org.dpoEmail, facts.contact.phone.trim() || org.dpoPhone].filter((p) => p !== '');
    doc.paragraph(
      `Notre délégué à la protection des données répond à vos questions : ${contactName}${contactWays.length > 0 ? `, ${contactWays.join(', ')}` : ''}. Rappelez la référence ${input.reference}.`,
    );
    doc.paragraph(
      'Vous pouvez aussi exercer vos droits sur vos données (accès, rectification, effacement…) auprès de lui, et introduire une réclamation auprès de la CNIL (www.cnil.fr).',
    );
    doc.paragraph('Nous vous prions de nous excuser pour cet incident et vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.');
    doc.paragraph(org.name);
    if (org.dpoName) doc.paragraph(`${org.dpoName}, délégué(e) à la protection des données`);
  });
}
