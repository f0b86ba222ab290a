/**
 * Demo rights requests: every type and every state, some answered late and some overdue, about 40 per
 * unit of scale. Small volumes go through `request.create` + `request.act` (the path a user takes);
 * large ones through `request.importBatch` (5 000 per call, same rules, same audit rows), so that
 * `dpo demo --scale 2500` builds the 100 000-request benchmark vault in reasonable time.
 */
import { REQUEST_TYPES, type RequestOutcome, type RequestType } from '../../core/request-workflow';
import type { RequestAction } from '../../shared/schemas/request';
import type { DemoContext, DemoStep } from './index';
import { registerLookup, type RegisterLookup } from './links-demo';
import type { DemoRandom } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const FIRST_NAMES = ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Louise', 'Jade', 'Hugo', 'Lucas', 'Louis', 'Gabriel', 'Arthur', 'Nathan', 'Élodie', 'Théo', 'Zoé', 'Maël', 'Noémie', 'Aurélien', 'Françoise'] as const;
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet', 'Mercier', 'Lambert'] as const;
const STREETS = ['rue des Tilleuls', 'avenue Jean-Jaurès', 'place de la République', 'rue Victor-Hugo', 'boulevard Pasteur', 'chemin des Vignes'] as const;
const CITIES = ['69003 Lyon', '38000 Grenoble', '42000 Saint-Étienne', '73000 Chambéry', '01000 Bourg-en-Bresse'] as const;
const PROCESSINGS = [
  'Gestion des adhésions', 'Remboursement des frais de santé', 'Tiers payant', 'Gestion des cotisations', 'Prospection commerciale',
  'Gestion des réclamations', 'Prévention santé', 'Lutte contre la fraude',
] as const;
const RECIPIENTS = ['Délégataire de gestion', 'Réseau de soins partenaire', 'Prestataire d’éditique', 'Courtier partenaire', 'Organisme de réassurance'] as const;
const CHANNELS = ['letter', 'email', 'email', 'web_form', 'member_portal', 'phone', 'counter'] as const;

const SUMMARIES: Record<RequestType, string> = {
  access: 'Demande la copie de l’ensemble des données détenues, dont l’historique des remboursements.',
  rectification: 'Signale une adresse postale et un RIB erronés.',
  erasure: 'Demande l’effacement de son dossier après résiliation du contrat.',
  restriction: 'Conteste l’exactitude de son historique de remboursements et demande la limitation pendant la vérification.',
  portability: 'Demande ses données de contrat dans un format réutilisable pour une nouvelle mutuelle.',
  objection: 'S’oppose à l’utilisation de ses données pour les campagnes de prévention.',
  objection_direct_marketing: 'Ne souhaite plus recevoir d’offres commerciales par courriel ni par téléphone.',
  no_automated_decision: 'Conteste le refus automatique d’une prise en charge et demande un réexamen humain.',
  withdraw_consent: 'Retire son consentement au programme de coaching santé.',
  post_mortem: 'Héritier : demande la clôture de l’espace adhérent du défunt et les pièces utiles à la succession.',
  other: 'Demande des précisions sur la durée de conservation des données.',
};

/** Final states, in an order coprime with the 11 types so that 40 requests cover every type and every state. */
const PLANS = ['received', 'awaiting_identity', 'in_progress', 'answered', 'extended', 'refused', 'awaiting_clarification', 'closed'] as const;
type Plan = (typeof PLANS)[number];

type Item = Record<string, unknown> & { actions: RequestAction[] };

function person(r: DemoRandom, first: string = r.pick(FIRST_NAMES), last: string = r.pick(LAST_NAMES)) {
  const slug = `${first}.${last}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return {
    name: `${first} ${last}`,
    email: `${slug}@courriel.example`,
    postalAddress: `${r.int(1, 120)} ${r.pick(STREETS)}\n${r.pick(CITIES)}`,
    memberNumber: `ADH-${String(r.int(100000, 999999))}`,
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** One demo request with its history; every instant lies between its receipt and `now`. */
function demoItem(r: DemoRandom, now: number, index: number): Item {
  const type = REQUEST_TYPES[index % REQUEST_TYPES.length] as RequestType;
  const plan: Plan = PLANS[index % PLANS.length] as Plan;
  const late = r.chance(0.2);
  const agoDays = (() => {
    switch (plan) {
      case 'received': return r.next() * 2;
      case 'extended': return late ? r.int(95, 140) : r.int(33, 75);
      case 'answered': case 'refused': case 'closed': return r.int(late ? 60 : 35, 480);
      default: return late ? r.int(35, 90) : r.int(1, 22);
    }
  })();
  const received = now - agoDays * DAY - r.int(0, 8) * HOUR;
  const clamp = (ms: number) => Math.min(ms, now - 60_000);
  const at = (days: number) => iso(clamp(received + days * DAY));
  const applicant = person(r);
  const isHeir = type === 'post_mortem';
  const represented = isHeir || r.chance(0.08);
  const profile = type === 'access' && plan !== 'extended' && r.chance(0.15) ? (r.chance(0.7) ? 'health-record' : 'health-record-old') : 'gdpr';
  const art19 = type === 'rectification' || type === 'erasure' || type === 'restriction';
  const recipients = art19 ? r.some(RECIPIENTS, 1, 2).map((name) => ({ name, informedAt: null as string | null })) : [];

  const actions: RequestAction[] = [];
  if (plan !== 'received') actions.push({ type: 'start', at: at(r.next() * 2), note: '' });
  if (plan === 'awaiting_identity') {
    actions.push({ type: 'request_identity', at: at(2 + r.next() * 3), documentsRequested: 'Votre numéro d’adhérent et votre date de naissance.', note: '' });
  }
  if (plan === 'awaiting_clarification') {
    actions.push({ type: 'request_clarification', at: at(2 + r.next() * 3), question: 'Précisez les contrats et la période concernés par votre demande.', note: '' });
  }
  if (plan === 'extended') {
    actions.push({ type: 'extend', at: at(r.int(8, 20)), reasons: 'Données réparties entre le système de gestion, l’éditique et deux délégataires.', note: '' });
  }
  if (plan === 'answered' || plan === 'refused' || plan === 'closed') {
    if (r.chance(0.25)) {
      actions.push({ type: 'request_identity', at: at(2), documentsRequested: 'Votre numéro d’adhérent.', note: '' });
      actions.push({ type: 'receive_identity', at: at(5), note: '' });
    }
    // Answers fall before the one-month (or 8-day) due date, or 5 to 25 days after it when late.
    const onTimeDays = profile === 'health-record' ? r.int(3, 7) : r.int(6, 27);
    const answerDay = late ? (profile === 'health-record' ? r.int(12, 30) : r.int(36, 55)) : onTimeDays;
    const answerAt = at(answerDay);
    const refuse = plan === 'refused';
    let outcome: RequestOutcome = refuse ? r.pick(['refused', 'manifestly_unfounded', 'excessive'] as const) : r.chance(0.2) ? 'partly_granted' : 'granted';
    // Art. 21(3): an objection to direct marketing is never refused.
    if (type === 'objection_direct_marketing' && (outcome === 'refused' || outcome === 'partly_granted')) outcome = refuse ? 'manifestly_unfounded' : 'granted';
    const withRefusal = outcome !== 'granted';
    actions.push({
      type: 'answer',
      at: answerAt,
      outcome,
      channel: applicant.email && r.chance(0.6) ? 'email' : 'letter',
      summary: withRefusal ? '' : 'Réponse complète adressée au demandeur.',
      refusal: withRefusal
        ? { reasons: 'Conservation imposée par la réglementation des remboursements (RGPD, art. 17(3)(b)).', complaintToCnilMentioned: true, judicialRemedyMentioned: true }
        : null,
      justification: outcome === 'manifestly_unfounded' || outcome === 'excessive' ? 'Septième demande identique en deux mois, chacune déjà satisfaite.' : '',
      note: '',
    });
    if (art19 && outcome !== 'refused' && outcome !== 'manifestly_unfounded' && outcome !== 'excessive' && (plan === 'closed' || r.chance(0.5))) {
      for (const recipient of recipients) recipient.informedAt = iso(clamp(Date.parse(answerAt) + DAY));
    }
    if (plan === 'closed') actions.push({ type: 'close', at: iso(clamp(Date.parse(answerAt) + 2 * DAY)), note: '' });
  }

  return {
    type,
    receivedAt: iso(received),
    channel: r.pick(CHANNELS),
    applicant,
    subject: represented ? person(r, r.pick(FIRST_NAMES), applicant.name.split(' ')[1]) : null,
    representation: represented
      ? {
          link: isHeir ? 'heir' : r.pick(['legal_representative', 'mandate'] as const),
          proof: isHeir ? 'Acte de notoriété' : 'Mandat signé et copie du livret de famille',
          proofReceivedAt: r.chance(0.8) ? iso(received) : null,
        }
      : { link: 'self', proof: '', proofReceivedAt: null },
    postMortem: isHeir ? { deathDate: iso(received - r.int(20, 200) * DAY).slice(0, 10), directives: 'none', purpose: r.pick(['succession', 'death_taken_into_account'] as const) } : null,
    profile,
    summary: SUMMARIES[type],
    processings: r.some(PROCESSINGS, 1, 3),
    recipients: recipients.map((x) => ({ ...x, exemption: null, note: '' })),
    actions,
  };
}

/** Demo requests number `first` … `first + count - 1` as `request.importBatch` items (also used by the benchmark). */
export function demoRequestItems(random: DemoRandom, now: Date, count: number, first = 0): Item[] {
  return Array.from({ length: count }, (_, i) => demoItem(random, now.getTime(), first + i));
}

export const REQUEST_BATCH_SIZE = 5000;

/** Demo free-text processings that have a fiche in the demo register (the others stay « hors registre »). */
const REGISTER_REFERENCES: Readonly<Partial<Record<(typeof PROCESSINGS)[number], string>>> = {
  'Gestion des adhésions': 'TRT-ADH',
  'Remboursement des frais de santé': 'TRT-PREST',
  'Tiers payant': 'TRT-TP',
  'Prospection commerciale': 'TRT-PROSP',
  'Prévention santé': 'TRT-PREV',
  'Lutte contre la fraude': 'TRT-FRAUDE',
};

/** Moves the processings found in the register from free text to links (issue 6). */
function linkToRegister(item: Item, register: RegisterLookup): Item {
  const free = Array.isArray(item.processings) ? item.processings.filter((p): p is string => typeof p === 'string') : [];
  const idOf = (p: string): string | undefined => {
    const reference = (REGISTER_REFERENCES as Readonly<Record<string, string | undefined>>)[p];
    return reference === undefined ? undefined : register.processingIds([reference])[0];
  };
  const processingIds = free.flatMap((p) => idOf(p) ?? []);
  if (processingIds.length === 0) return item;
  return { ...item, processings: free.filter((p) => idOf(p) === undefined), processingIds };
}

export const requestDemoStep: DemoStep = async (ctx: DemoContext) => {
  const count = 40 * ctx.scale;
  ctx.onProgress?.(`Demandes d’exercice des droits (${count})`);
  const register = await registerLookup(ctx, Object.values(REGISTER_REFERENCES), []);
  const items = demoRequestItems(ctx.random, ctx.now, count).map((item) => linkToRegister(item, register));
  if (count <= 200) {
    for (const { actions, ...fields } of items) {
      const created = await ctx.call<{ id: string }>('request.create', fields);
      for (const action of actions) await ctx.call('request.act', { id: created.id, action });
    }
    return;
  }
  for (let start = 0; start < items.length; start += REQUEST_BATCH_SIZE) {
    await ctx.call('request.importBatch', { requests: items.slice(start, start + REQUEST_BATCH_SIZE) });
    ctx.onProgress?.(`Demandes : ${Math.min(start + REQUEST_BATCH_SIZE, items.length)} / ${count}`);
  }
};
