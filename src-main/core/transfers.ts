/**
 * GDPR Chapter V (Art. 44-49) — transfers to third countries.
 * A transfer is any destination outside the EEA; its mechanism is derived from the processors'
 * hosting locations and sub-processors (never retyped in each processing), and a destination
 * without a valid mechanism is flagged (Art. 44: transfers only under the conditions of Chapter V).
 */
import { z } from 'zod';
/**
 * State of the adequacy list below. Sources [S]: Commission review of 15 Jan 2024 (11 pre-GDPR decisions
 * kept), UK renewal announced 19 Dec 2025 (until Dec 2031), Brazil decision 2026/179 of 26 Jan 2026.
 * Not in REGULATORY.md: check the Commission's « Adequacy decisions » page before relying on it.
 */
export const ADEQUACY_LIST_AS_OF = '2026-02-01';

export interface CountryInfo {
  code: string;
  nameFr: string;
}

/**
 * EEA = 27 EU Member States + Iceland, Liechtenstein, Norway (EEA Agreement, GDPR incorporated in 2018).
 * ISO 3166-1 alpha-2 (Greece is GR, not the EU's « EL »). EU outermost regions with their own ISO code
 * (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte, Saint-Martin, Åland) are EU territory.
 * Overseas countries and territories (Nouvelle-Calédonie, Polynésie…) are not listed: treated as
 * transfers, the cautious reading.
 */
export const EEA_COUNTRIES: readonly CountryInfo[] = [
  ['AT', 'Autriche'], ['BE', 'Belgique'], ['BG', 'Bulgarie'], ['CY', 'Chypre'], ['CZ', 'Tchéquie'],
  ['DE', 'Allemagne'], ['DK', 'Danemark'], ['EE', 'Estonie'], ['ES', 'Espagne'], ['FI', 'Finlande'],
  ['FR', 'France'], ['GR', 'Grèce'], ['HR', 'Croatie'], ['HU', 'Hongrie'], ['IE', 'Irlande'],
  ['IT', 'Italie'], ['LT', 'Lituanie'], ['LU', 'Luxembourg'], ['LV', 'Lettonie'], ['MT', 'Malte'],
  ['NL', 'Pays-Bas'], ['PL', 'Pologne'], ['PT', 'Portugal'], ['RO', 'Roumanie'], ['SE', 'Suède'],
  ['SI', 'Slovénie'], ['SK', 'Slovaquie'],
  ['IS', 'Islande'], ['LI', 'Liechtenstein'], ['NO', 'Norvège'],
  ['GP', 'Guadeloupe'], ['MQ', 'Martinique'], ['GF', 'Guyane'], ['RE', 'La Réunion'], ['YT', 'Mayotte'],
  ['MF', 'Saint-Martin'], ['AX', 'Îles Åland'],
].map(([code, nameFr]) => ({ code: code as string, nameFr: nameFr as string }));

export interface AdequacyDecision extends CountryInfo {
  /** Commission decision (Art. 45(3); older ones under Directive 95/46 Art. 25(6), kept by Art. 45(9)). */
  decision: string;
  /** Scope limits, in French, to show next to the mechanism. */
  scopeFr: string;
  /** True when only certified organisations are covered (EU-US Data Privacy Framework). */
  requiresCertification: boolean;
}

/**
 * Countries with an EU adequacy decision (Art. 45) on ADEQUACY_LIST_AS_OF. Scopes: Canada = commercial
 * organisations under PIPEDA; Japan = private sector under APPI; United States = only organisations
 * certified under the EU-US Data Privacy Framework (Decision 2023/1795). International organisations
 * are out of scope here (destinations are countries).
 */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  ['AD', 'Andorre', 'Décision 2010/625/UE', ''],
  ['AR', 'Argentine', 'Décision 2003/490/CE', ''],
  ['BR', 'Brésil', "Décision d'exécution (UE) 2026/179", ''],
  ['CA', 'Canada', 'Décision 2002/2/CE', 'Organisations commerciales soumises à la loi fédérale PIPEDA uniquement.'],
  ['CH', 'Suisse', 'Décision 2000/518/CE', ''],
  ['FO', 'Îles Féroé', 'Décision 2010/146/UE', ''],
  ['GB', 'Royaume-Uni', "Décision d'exécution (UE) 2021/1772, renouvelée en décembre 2025 jusqu'en 2031", ''],
  ['GG', 'Guernesey', 'Décision 2003/821/CE', ''],
  ['IL', 'Israël', 'Décision 2011/61/UE', ''],
  ['IM', 'Île de Man', 'Décision 2004/411/CE', ''],
  ['JE', 'Jersey', 'Décision 2008/393/CE', ''],
  ['JP', 'Japon', "Décision d'exécution (UE) 2019/419", 'Secteur privé soumis à la loi APPI, avec les règles complémentaires.'],
  ['KR', 'Corée du Sud', "Décision d'exécution (UE) 2022/254", ''],
  ['NZ', 'Nouvelle-Zélande', 'Décision 2013/65/UE', ''],
  ['US', 'États-Unis', "Décision d'exécution (UE) 2023/1795 (Data Privacy Framework)",
    'Uniquement les organisations certifiées au Data Privacy Framework UE–États-Unis.'],
  ['UY', 'Uruguay', 'Décision 2012/484/UE', ''],
].map(([code, nameFr, decision, scopeFr]) => ({
  code: code as string, nameFr: nameFr as string, decision: decision as string, scopeFr: scopeFr as string,
  requiresCertification: code === 'US',
}));

const EEA_CODES: ReadonlySet<string> = new Set(EEA_COUNTRIES.map((c) => c.code));
const ADEQUACY_BY_CODE: ReadonlyMap<string, AdequacyDecision> = new Map(ADEQUACY_DECISIONS.map((d) => [d.code, d]));
/** Codes people type that are not ISO 3166-1 (EU usage « EL », British « UK »). */
const ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };
const FR_NAMES = new Intl.DisplayNames(['fr'], { type: 'region' });
const EN_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'\-\s.]+/g, ' ').trim().toLowerCase();

/** French name of an ISO code (our lists first, then the runtime's CLDR data). */
export function countryNameFr(code: string): string {
  const c = code.trim().toUpperCase();
  const known = EEA_COUNTRIES.find((x) => x.code === c) ?? ADEQUACY_BY_CODE.get(c);
  if (known) return known.nameFr;
  const name = /^[A-Z]{2}$/.test(c) ? FR_NAMES.of(c) : undefined;
  return name && name !== c ? name : code.trim();
}

let nameIndex: Map<string, string> | null = null;
let validCodes: Set<string> | null = null;
function byName(): Map<string, string> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map();
  validCodes = new Set();
  // Deprecated or non-country codes that CLDR still names (DD = East Germany, EU, UN…): never produced.
  const skip = new Set('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      if (skip.has(code) || FR_NAMES.of(code) === code) continue;
      validCodes.add(code);
      for (const names of [FR_NAMES, EN_NAMES]) {
        const n = names.of(code);
        if (n && n !== code && !nameIndex.has(fold(n))) nameIndex.set(fold(n), code);
      }
    }
  }
  for (const c of [...EEA_COUNTRIES, ...ADEQUACY_DECISIONS]) nameIndex.set(fold(c.nameFr), c.code);
  return nameIndex;
}

/** ISO code from a code or a French/English name (« France », « fr », « États-Unis »); null if unknown. */
export function normaliseCountryCode(input: string): string | null {
  const t = input.trim();
  if (/^[A-Za-z]{2}$/.test(t)) {
    const up = t.toUpperCase();
    const c = ALIASES[up] ?? up;
    byName();
    return validCodes?.has(c) ? c : null;
  }
  return byName().get(fold(t)) ?? null;
}

/** Art. 49(1)(a)-(g) derogations, and the second subparagraph (compelling legitimate interests). */
export const ART49_POINTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'second_subparagraph'] as const;
export type Art49Point = (typeof ART49_POINTS)[number];

export const ART49_POINT_LABELS: Readonly<Record<Art49Point, { fr: string; en: string }>> = {
  a: { fr: 'Consentement explicite de la personne', en: 'Explicit consent' },
  b: { fr: "Exécution d'un contrat avec la personne", en: 'Performance of a contract with the data subject' },
  c: { fr: "Contrat conclu dans l'intérêt de la personne", en: 'Contract concluded in the interest of the data subject' },
  d: { fr: "Motifs importants d'intérêt public", en: 'Important reasons of public interest' },
  e: { fr: "Constatation, exercice ou défense de droits en justice", en: 'Establishment, exercise or defence of legal claims' },
  f: { fr: 'Sauvegarde des intérêts vitaux', en: 'Vital interests' },
  g: { fr: 'Registre public', en: 'Public register' },
  second_subparagraph: {
    fr: 'Intérêts légitimes impérieux (transfert ponctuel, art. 49(1), 2e alinéa)',
    en: 'Compelling legitimate interests (Art. 49(1), second subparagraph)',
  },
};

/** SCC modules of Commission Implementing Decision (EU) 2021/914. */
export const SCC_MODULES = [1, 2, 3, 4] as const;
export const SCC_MODULE_LABELS: Readonly<Record<1 | 2 | 3 | 4, { fr: string; en: string }>> = {
  1: { fr: 'Module 1 : responsable à responsable', en: 'Module 1: controller to controller' },
  2: { fr: 'Module 2 : responsable à sous-traitant', en: 'Module 2: controller to processor' },
  3: { fr: 'Module 3 : sous-traitant à sous-traitant', en: 'Module 3: processor to processor' },
  4: { fr: 'Module 4 : sous-traitant à responsable', en: 'Module 4: processor to controller' },
};

const documentation = z.string().trim().max(2000).default('');

/** Transfer mechanisms: Art. 45 adequacy, Art. 46(2)(c) SCC, Art. 47 BCR, Art. 49 derogation, or none. */
export const TransferMechanism = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('adequacy'), documentation }),
  z.object({ kind: z.literal('scc_2021_914'), module: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), documentation }),
  z.object({ kind: z.literal('bcr'), documentation }),
  z.object({ kind: z.literal('art49_derogation'), point: z.enum(ART49_POINTS), documentation }),
  z.object({ kind: z.literal('none'), documentation }),
]);
export type TransferMechanism = z.infer<typeof TransferMechanism>;
export type TransferMechanismKind = TransferMechanism['kind'];

export const TRANSFER_MECHANISM_LABELS: Readonly<Record<TransferMechanismKind, { fr: string; en: string; article: string }>> = {
  adequacy: { fr: "Décision d'adéquation", en: 'Adequacy decision', article: 'Art. 45' },
  scc_2021_914: { fr: 'Clauses contractuelles types (décision 2021/914)', en: 'Standard contractual clauses (2021/914)', article: 'Art. 46(2)(c)' },
  bcr: { fr: "Règles d'entreprise contraignantes (BCR)", en: 'Binding corporate rules', article: 'Art. 47' },
  art49_derogation: { fr: 'Dérogation pour situation particulière', en: 'Derogation for specific situation', article: 'Art. 49' },
  none: { fr: 'Aucun encadrement', en: 'None', article: 'Art. 44' },
};

/** French description of a mechanism, e.g. « Clauses contractuelles types (décision 2021/914) — module 2 ». */
export function describeMechanism(m: TransferMechanism): string {
  const base = TRANSFER_MECHANISM_LABELS[m.kind].fr;
  if (m.kind === 'scc_2021_914') return `${base}, ${SCC_MODULE_LABELS[m.module].fr.toLowerCase()}`;
  if (m.kind === 'art49_derogation') {
    const pt = m.point === 'second_subparagraph' ? 'art. 49(1), 2e alinéa' : `art. 49(1)(${m.point})`;
    return `${base} (${pt} : ${ART49_POINT_LABELS[m.point].fr.toLowerCase()})`;
  }
  return base;
}

/** True when data sent to this country leaves the EEA (Art. 44). An unknown code counts as a transfer. */
export function isTransfer(country: string): boolean {
  const code = normaliseCountryCode(country);
  return code === null || !EEA_CODES.has(code);
}

/** A place where a processor stores or accesses the data. */
export interface Location {
  country: string;
  /** Documented mechanism, if any; when absent, an adequacy decision is derived from the country. */
  mechanism?: TransferMechanism | null;
  /** EU-US Data Privacy Framework certification of the recipient (Decision 2023/1795). */
  dpfCertified?: boolean;
  description?: string;
}

export interface SubProcessorLocation extends Location {
  name: string;
  id?: string;
}

export interface ProcessorTransferSnapshot {
  id: string;
  name: string;
  /** Country of establishment: remote access from a third country is a transfer too. */
  establishment: Location;
  hostingLocations: Location[];
  subProcessors: SubProcessorLocation[];
}

export type TransferIssue =
  | 'no_mechanism' // Art. 44: nothing frames the transfer
  | 'adequacy_not_available' // Art. 45: the country has no adequacy decision
  | 'dpf_not_certified' // Decision 2023/1795 covers only certified US organisations
  | 'art49_undocumented'; // Art. 49(1) 2nd subpara + Art. 30(1)(e): safeguards must be documented

export interface DerivedTransfer {
  /** Stable key, e.g. `P1:subprocessor:Acme:US`. */
  key: string;
  processorId: string;
  processorName: string;
  via: 'establishment' | 'hosting' | 'subprocessor';
  recipientName: string;
  country: string;
  countryNameFr: string;
  mechanism: TransferMechanism;
  mechanismSource: 'documented' | 'adequacy_decision' | 'none';
  issue: TransferIssue | null;
  issueFr: string | null;
  /** Processings whose data go there (filled by deriveTransfers). */
  processingIds: string[];
}

const NONE: TransferMechanism = { kind: 'none', documentation: '' };

function resolveMechanism(loc: Location, code: string): Pick<DerivedTransfer, 'mechanism' | 'mechanismSource' | 'issue'> {
  const adequacy = ADEQUACY_BY_CODE.get(code);
  const documented = loc.mechanism && loc.mechanism.kind !== 'none' ? loc.mechanism : null;
  if (documented) {
    if (documented.kind === 'adequacy') {
      if (!adequacy) return { mechanism: documented, mechanismSource: 'documented', issue: 'adequacy_not_available' };
      if (adequacy.requiresCertification && !loc.dpfCertified) {
        return { mechanism: documented, mechanismSource: 'documented', issue: 'dpf_not_certified' };
      }
    }
    if (documented.kind === 'art49_derogation' && documented.point === 'second_subparagraph' && documented.documentation === '') {
      return { mechanism: documented, mechanismSource: 'documented', issue: 'art49_undocumented' };
    }
    return { mechanism: documented, mechanismSource: 'documented', issue: null };
  }
  if (adequacy && (!adequacy.requiresCertification || loc.dpfCertified)) {
    return { mechanism: { kind: 'adequacy', documentation: adequacy.decision }, mechanismSource: 'adequacy_decision', issue: null };
  }
  return { mechanism: NONE, mechanismSource: 'none', issue: adequacy?.requiresCertification ? 'dpf_not_certified' : 'no_mechanism' };
}

function issueSentence(t: Omit<DerivedTransfer, 'issueFr'>): string | null {
  const where = `${t.recipientName} (${t.countryNameFr})`;
  switch (t.issue) {
    case null:
      return null;
    case 'no_mechanism':
      return `Transfert hors EEE vers ${where} sans encadrement (art. 44 RGPD) : documentez des clauses contractuelles types, des BCR ou une dérogation de l'article 49.`;
    case 'adequacy_not_available':
      return `${t.countryNameFr} ne bénéficie d'aucune décision d'adéquation (art. 45 RGPD) : choisissez un autre encadrement pour ${t.recipientName}.`;
    case 'dpf_not_certified':
      return `${t.recipientName} n'est pas indiqué comme certifié au Data Privacy Framework UE–États-Unis : vérifiez sa certification ou signez des clauses contractuelles types.`;
    case 'art49_undocumented':
      return `Le transfert vers ${where} repose sur l'article 49(1), 2e alinéa : joignez la documentation des garanties (art. 30(1)(e) RGPD).`;
  }
}

/** Third-country destinations of one processor: establishment, hosting locations, sub-processors. */
export function processorTransfers(p: ProcessorTransferSnapshot): DerivedTransfer[] {
  const candidates: { via: DerivedTransfer['via']; name: string; loc: Location }[] = [
    { via: 'establishment', name: p.name, loc: p.establishment },
    ...p.hostingLocations.map((loc) => ({ via: 'hosting' as const, name: p.name, loc })),
    ...p.subProcessors.map((s) => ({ via: 'subprocessor' as const, name: s.name, loc: s })),
  ];
  const out = new Map<string, DerivedTransfer>();
  for (const c of candidates) {
    if (!isTransfer(c.loc.country)) continue;
    const code = normaliseCountryCode(c.loc.country) ?? c.loc.country.trim().toUpperCase();
    const key = `${p.id}:${c.via}:${c.name}:${code}`;
    const seen = out.get(key);
    // One row per recipient and country. Several locations of the same recipient in that country are
    // one transfer, framed as soon as one of them documents a valid mechanism (an SCC signed with the
    // importer covers all its sites): the answer must not depend on the order the locations were typed.
    if (seen && seen.issue === null) continue;
    const base = {
      key,
      processorId: p.id,
      processorName: p.name,
      via: c.via,
      recipientName: c.name,
      country: code,
      countryNameFr: countryNameFr(code),
      ...resolveMechanism(c.loc, code),
      processingIds: [] as string[],
    };
    if (seen && base.issue !== null) continue;
    out.set(key, { ...base, issueFr: issueSentence(base) });
  }
  return [...out.values()];
}

export interface ProcessingLink {
  id: string;
  processorIds: string[];
}

/**
 * Art. 30(1)(e): the transfers of each processing, derived from its linked processors.
 * Returns one row per destination, with the processings that send data there, sorted by key.
 */
export function deriveTransfers(processings: ProcessingLink[], processors: ProcessorTransferSnapshot[]): DerivedTransfer[] {
  const byId = new Map(processors.map((p) => [p.id, p]));
  const rows = new Map<string, DerivedTransfer>();
  for (const processing of processings) {
    for (const pid of new Set(processing.processorIds)) {
      const processor = byId.get(pid);
      if (!processor) continue;
      for (const t of processorTransfers(processor)) {
        const row = rows.get(t.key) ?? t;
        if (!row.processingIds.includes(processing.id)) row.processingIds.push(processing.id);
        rows.set(t.key, row);
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Destinations that need the DPO's attention (no valid mechanism or missing documentation). */
export function transfersWithoutMechanism(transfers: DerivedTransfer[]): DerivedTransfer[] {
  return transfers.filter((t) => t.issue !== null);
}
