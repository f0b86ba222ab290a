/**
 * The French wording of the letters sent to a person who exercises a right: one function per letter,
 * returning its paragraphs. Every legal statement cites its article; nothing here touches the PDF.
 */
import { frenchLongDate } from '../../core/time';
import type { Organisation } from '../../shared/schemas/organisation';
import {
  REPRESENTATION_LINK_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_TYPE_INFO,
  type LetterKind,
  type RequestDetail,
  type RequestType,
} from '../../shared/schemas/request';

export interface LetterBlock {
  kind: 'paragraph' | 'heading' | 'bullets';
  text: string | string[];
}

export interface LetterText {
  title: string;
  object: string;
  blocks: LetterBlock[];
}

/** « 7 avril 2026 » — a letter's dates, without the weekday. */
export const frenchDay = (date: string): string => frenchLongDate(date).replace(/^\S+ /, '');

/** Where a complaint goes (Art. 77) — CNIL's postal address and online form [U: check before production]. */
export const CNIL_CONTACT = 'Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 — www.cnil.fr/fr/plaintes';

const p = (text: string): LetterBlock => ({ kind: 'paragraph', text });

function typePhrase(r: RequestDetail): string {
  const info = REQUEST_TYPE_INFO[r.type];
  return `${info.fr.charAt(0).toLowerCase()}${info.fr.slice(1)}, ${info.article}`;
}

function onBehalf(r: RequestDetail): string {
  return r.subject ? `, présentée pour le compte de ${r.subject.name} (${REPRESENTATION_LINK_LABELS[r.representation.link].fr.toLowerCase()})` : '';
}

function contact(org: Organisation): LetterBlock {
  const how = [org.dpoEmail ? `par courriel à ${org.dpoEmail}` : '', org.address.city ? 'par courrier à l’adresse figurant en tête de cette lettre' : '']
    .filter((s) => s !== '')
    .join(' ou ');
  const dpo = org.dpoName ? `notre délégué à la protection des données, ${org.dpoName}` : 'notre délégué à la protection des données';
  return p(`Pour toute question, vous pouvez joindre ${dpo}${how ? `, ${how}` : ''}, en rappelant la référence de votre demande.`);
}

/** Art. 12(4): reasons, complaint to the supervisory authority, judicial remedy. */
function remedies(): LetterBlock[] {
  return [
    { kind: 'heading', text: 'Vos voies de recours' },
    p('Conformément à l’article 12(4) du RGPD, vous avez la possibilité :'),
    {
      kind: 'bullets',
      text: [
        `d’introduire une réclamation auprès de l’autorité de contrôle (RGPD, art. 77) : ${CNIL_CONTACT} ;`,
        'de former un recours juridictionnel devant la juridiction compétente (RGPD, art. 79).',
      ],
    },
  ];
}

function acknowledgement(r: RequestDetail, org: Organisation): LetterText {
  const due = frenchDay(r.dueDate);
  const blocks: LetterBlock[] = [
    p(
      `Nous avons bien reçu le ${frenchDay(r.receivedDate)}, par ${REQUEST_CHANNEL_LABELS[r.channel].fr.toLowerCase()}, votre demande (${typePhrase(r)})${onBehalf(r)}. ` +
        `Elle est enregistrée sous la référence ${r.reference}.`,
    ),
  ];
  if (r.profile === 'health-record') {
    blocks.push(p(`Conformément à l’article L1111-7 du code de la santé publique, les informations demandées vous seront communiquées au plus tard le ${due}, et au plus tôt après un délai de réflexion de quarante-huit heures.`));
  } else if (r.profile === 'health-record-old') {
    blocks.push(p(`Les informations demandées datant de plus de cinq ans, elles vous seront communiquées au plus tard le ${due}, dans le délai de deux mois prévu par l’article L1111-7 du code de la santé publique.`));
  } else if (REQUEST_TYPE_INFO[r.type].art12) {
    blocks.push(
      p(
        `Nous vous répondrons dans les meilleurs délais et au plus tard le ${due} (RGPD, art. 12(3) : un mois à compter de la réception de la demande). ` +
          `Si la complexité ou le nombre des demandes le rendait nécessaire, ce délai pourrait être prolongé de deux mois ; nous vous en informerions avant le ${due}, en vous indiquant les motifs de la prolongation.`,
      ),
    );
  } else {
    blocks.push(p(`Nous nous engageons à vous répondre dans les meilleurs délais et au plus tard le ${due}.`));
  }
  if (r.subject && !r.representation.proofReceivedAt) {
    blocks.push(p('Votre demande étant présentée pour le compte d’une autre personne, nous pourrons vous demander un justificatif de votre qualité pour agir.'));
  }
  blocks.push(p('L’exercice de vos droits est gratuit (RGPD, art. 12(5)).'), contact(org));
  return { title: 'Accusé de réception de votre demande', object: `Accusé de réception — ${REQUEST_TYPE_INFO[r.type].fr}`, blocks };
}

function identityRequest(r: RequestDetail, org: Organisation): LetterText {
  const blocks: LetterBlock[] = [
    p(
      `Nous avons bien reçu le ${frenchDay(r.receivedDate)} votre demande (${typePhrase(r)})${onBehalf(r)}. Avant d’y donner suite, nous devons nous assurer que nous répondons à la bonne personne : ` +
        'les éléments reçus ne nous permettent pas de confirmer votre identité (RGPD, art. 12(6)).',
    ),
    p(`Nous vous remercions de nous adresser : ${r.identity.documentsRequested || 'un élément permettant de confirmer votre identité'}.`),
    p(
      'Nous ne vous demandons que ce qui est nécessaire pour confirmer votre identité (RGPD, art. 5(1)(c) et 12(6)). Si vous transmettez la copie d’un justificatif, ' +
        'vous pouvez masquer les mentions inutiles à cette vérification. Ces éléments serviront uniquement à cette vérification et ne seront pas conservés au-delà.',
    ),
  ];
  if (r.subject) {
    blocks.push(p('Agissant pour le compte d’une autre personne, joignez également le justificatif de votre qualité (mandat, jugement de tutelle, acte de notoriété…).'));
  }
  blocks.push(p(`Le délai de réponse court depuis la réception de votre demande : nous vous répondrons au plus tard le ${frenchDay(r.dueDate)}.`), contact(org));
  return { title: 'Vérification de votre identité', object: 'Demande de justificatif d’identité', blocks };
}

function extensionNotice(r: RequestDetail, org: Organisation): LetterText {
  const extended = r.extendedDueDate ?? r.effectiveDueDate;
  return {
    title: 'Prolongation du délai de réponse',
    object: 'Prolongation du délai de réponse à votre demande',
    blocks: [
      p(`Votre demande (${typePhrase(r)})${onBehalf(r)} nous est parvenue le ${frenchDay(r.receivedDate)}. Nous ne pourrons pas y répondre dans le délai d’un mois, pour les raisons suivantes :`),
      p(r.extension?.reasons || 'Motifs non renseignés.'),
      p(
        'Comme le permet l’article 12(3) du RGPD, compte tenu de la complexité et du nombre des demandes, ce délai est prolongé de deux mois : ' +
          `nous vous répondrons au plus tard le ${frenchDay(extended)}.`,
      ),
      contact(org),
    ],
  };
}

/** What was done, by right (Arts. 15-22, 7(3); loi 78-17 art. 85). */
const DONE: Record<RequestType, string> = {
  access:
    'Vous trouverez ci-joint une copie des données vous concernant, accompagnée des informations prévues à l’article 15(1) du RGPD : finalités des traitements, ' +
    'catégories de données, destinataires, durée de conservation, droits dont vous disposez, droit d’introduire une réclamation auprès de la CNIL et source des données.',
  rectification: 'Les données inexactes ou incomplètes vous concernant ont été rectifiées ou complétées (RGPD, art. 16).',
  erasure: 'Les données vous concernant ont été effacées (RGPD, art. 17).',
  restriction: 'Le traitement des données vous concernant est limité : sauf exceptions prévues par l’article 18(2) du RGPD, elles sont seulement conservées.',
  portability: 'Vous trouverez ci-joint les données que vous nous avez fournies, dans un format structuré, couramment utilisé et lisible par machine (RGPD, art. 20).',
  objection: 'Nous avons cessé de traiter les données vous concernant pour les traitements auxquels vous vous êtes opposé(e) (RGPD, art. 21(1)).',
  objection_direct_marketing: 'Vos données ne sont plus traitées à des fins de prospection (RGPD, art. 21(3)) : vous ne recevrez plus de sollicitations commerciales de notre part.',
  no_automated_decision: 'La décision vous concernant a été réexaminée par une personne, qui a pris connaissance de votre point de vue (RGPD, art. 22(3)).',
  withdraw_consent:
    'Le retrait de votre consentement est enregistré et les traitements fondés sur celui-ci ont cessé ; ce retrait ne remet pas en cause la licéité des traitements effectués auparavant (RGPD, art. 7(3)).',
  post_mortem: 'Nous avons donné suite à votre demande dans les conditions prévues par l’article 85 de la loi n° 78-17 du 6 janvier 1978.',
  other: 'Nous avons donné suite à votre demande.',
};

function answerCover(r: RequestDetail, org: Organisation): LetterText {
  const partly = r.outcome === 'partly_granted';
  const blocks: LetterBlock[] = [
    p(`Vous nous avez adressé le ${frenchDay(r.receivedDate)} une demande (${typePhrase(r)})${onBehalf(r)}. Nous y avons donné suite${partly ? ' en partie' : ''}.`),
    p(r.subject ? DONE[r.type].replace(/vous concernant/g, `concernant ${r.subject.name}`) : DONE[r.type]),
  ];
  if (r.response?.summary) blocks.push(p(`Mesures prises : ${r.response.summary}`));
  const art19 = ['rectification', 'erasure', 'restriction'].includes(r.type);
  if (art19 && r.recipients.some((x) => x.informedAt)) {
    blocks.push(p('Conformément à l’article 19 du RGPD, nous avons informé de cette mesure les destinataires auxquels les données avaient été communiquées ; nous pouvons vous en communiquer la liste sur simple demande.'));
  }
  if (partly) {
    blocks.push({ kind: 'heading', text: 'Ce que nous ne pouvons pas satisfaire' }, p(r.response?.refusal?.reasons || 'Motifs non renseignés.'), ...remedies());
  }
  blocks.push(contact(org));
  return { title: 'Réponse à votre demande', object: `Réponse à votre demande — ${REQUEST_TYPE_INFO[r.type].fr}`, blocks };
}

function refusal(r: RequestDetail, org: Organisation): LetterText {
  const blocks: LetterBlock[] = [
    p(`Vous nous avez adressé le ${frenchDay(r.receivedDate)} une demande (${typePhrase(r)})${onBehalf(r)}. Nous ne pouvons pas y donner suite, pour les raisons suivantes :`),
    p(r.response?.refusal?.reasons || 'Motifs non renseignés.'),
  ];
  if (r.outcome === 'manifestly_unfounded' || r.outcome === 'excessive') {
    const character = r.outcome === 'manifestly_unfounded' ? 'manifestement infondée' : 'excessive, notamment en raison de son caractère répétitif';
    blocks.push(p(`Nous considérons cette demande comme ${character}, au sens de l’article 12(5) du RGPD : ${r.response?.justification || 'justification non renseignée.'}`));
  }
  blocks.push(...remedies(), contact(org));
  return { title: 'Réponse à votre demande', object: `Refus motivé — ${REQUEST_TYPE_INFO[r.type].fr}`, blocks };
}

export function letterText(kind: LetterKind, request: RequestDetail, organisation: Organisation): LetterText {
  switch (kind) {
    case 'acknowledgement':
      return acknowledgement(request, organisation);
    case 'identity_request':
      return identityRequest(request, organisation);
    case 'extension_notice':
      return extensionNotice(request, organisation);
    case 'answer_cover':
      return answerCover(request, organisation);
    case 'refusal':
      return refusal(request, organisation);
  }
}
