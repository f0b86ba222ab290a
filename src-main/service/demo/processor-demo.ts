/**
 * Demo processors of a health mutual (all fictitious): an HDS host, a US cloud under standard
 * contractual clauses, a printing house, a call centre in Morocco, a payroll provider… Some contracts
 * are complete, others lack clauses, are past their review date, or have expired certificates, so
 * that every alert of core/processor-alerts.ts shows up. `--scale` adds regional providers.
 */
import { ART28_CHECKLIST } from '../../core/art28';
import { addCalendarDays, parisDateOf } from '../../core/time';
import type { DemoContext, DemoStep } from './index';

type Json = Record<string, unknown>;

const MANDATORY = ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i) => i.key);

/** Every mandatory clause present, each at its own article of the contract, except those overridden. */
function checklist(over: Record<string, 'partial' | 'missing' | 'not_applicable'> = {}, extra: Json = {}): Json {
  const out: Json = {};
  MANDATORY.forEach((key, i) => {
    const status = over[key] ?? 'present';
    out[key] = { status, section: status === 'missing' ? '' : `art. ${i + 2}`, comment: status === 'partial' ? 'Clause incomplète : à préciser par avenant.' : '' };
  });
  return { ...out, ...extra };
}

/** A minimal valid PDF standing for a signed contract (one page, one line of text). */
function contractPdf(title: string): string {
  const text = title.replace(/[()\\]/g, ' ').normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 14 Tf 72 770 Td (${text} - exemplaire fictif de demonstration) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o ?? ''}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1').toString('base64');
}

interface DemoProcessor {
  processor: Json;
  contracts: (Json & { document?: boolean })[];
}

function catalogue(today: string): DemoProcessor[] {
  const day = (n: number) => addCalendarDays(today, n);
  const scc2 = { kind: 'scc_2021_914', module: 2, documentation: 'Clauses contractuelles types, module 2, annexées au contrat (annexe 4)' };
  return [
    {
      processor: {
        name: 'Hébergeur Santé Cloud', siren: '951819093', country: 'FR',
        address: { street: '1 quai de Seine', postalCode: '75019', city: 'Paris' },
        service: 'Hébergement certifié HDS des bases adhérents et prestations', hostsHealthData: true,
        contacts: { business: { name: 'Julien Roux', email: 'j.roux@hsc.example' }, dpo: { name: 'DPO HSC', email: 'dpo@hsc.example' } },
        certifications: [
          { kind: 'hds', label: 'HDS — hébergeur infogéreur (activités 1 à 6)', certificateNumber: 'HDS-2024-0193', validFrom: day(-700), validUntil: day(400) },
          { kind: 'iso27001', label: 'ISO/IEC 27001:2022', validUntil: day(500) },
        ],
        hostingLocations: [{ country: 'FR', description: 'Datacenter principal, Paris-Saclay' }, { country: 'FR', description: 'Site de secours, Lille' }],
        subProcessors: [{ name: 'Datacenter Normandie', country: 'FR', service: 'Colocation', authorisation: { kind: 'general', date: day(-700), objectionWindowDays: 30 }, flowDown: true }],
      },
      contracts: [{ title: 'Contrat d’hébergement HDS et accord de sous-traitance', signedOn: day(-700), durationMonths: 48, tacitRenewal: true, reviewDate: day(180), checklist: checklist({}, { a28_breach_notice_sla: { status: 'present', section: 'art. 14.2', comment: 'Notification sous 24 h' } }), document: true }],
    },
    {
      processor: {
        name: 'Nuage Américain Inc.', foreignIdentifier: 'EIN 12-3456789', country: 'US',
        address: { street: '500 Market Street', postalCode: 'CA 94105', city: 'San Francisco' },
        service: 'Messagerie et bureautique en ligne des salariés',
        establishment: { mechanism: scc2, tiaDate: day(-120) },
        certifications: [{ kind: 'iso27001', label: 'ISO/IEC 27001', validUntil: day(300) }, { kind: 'iso27701', label: 'ISO/IEC 27701', validUntil: day(300) }],
        hostingLocations: [{ country: 'IE', description: 'Région Europe (Dublin)' }, { country: 'US', description: 'Support de niveau 3', mechanism: scc2, tiaDate: day(-120) }],
        subProcessors: [{ name: 'Mail Relay LLC', country: 'US', service: 'Relais de messagerie', authorisation: { kind: 'general', date: day(-300), objectionWindowDays: 15 }, flowDown: true, dpfCertified: true }],
      },
      contracts: [{ title: 'Data Processing Addendum (version 2025)', signedOn: day(-300), tacitRenewal: true, reviewDate: day(60), checklist: checklist({}, { a28_6_8_sccs: { status: 'present', section: 'annexe 4', comment: 'CCT 2021/914 module 2' } }) }],
    },
    {
      processor: {
        name: 'Imprimerie du Rhône', siren: '997465075', country: 'FR', address: { street: '8 rue de l’Industrie', postalCode: '69007', city: 'Lyon' },
        service: 'Impression et mise sous pli des relevés de prestations', hostsHealthData: false,
      },
      contracts: [{ title: 'Contrat d’éditique', signedOn: day(-1200), durationMonths: 36, tacitRenewal: true, reviewDate: day(-45), checklist: checklist({ a28_3h_audits_information: 'partial', a28_3g_delete_or_return: 'missing' }) }],
    },
    {
      processor: {
        name: 'Centre d’appels Atlas', foreignIdentifier: 'RC Casablanca 123456', country: 'MA', address: { street: 'Boulevard d’Anfa', city: 'Casablanca' },
        service: 'Accueil téléphonique des adhérents (débordement)',
        hostingLocations: [{ country: 'MA', description: 'Plateau d’appels de Casablanca' }],
      },
      contracts: [{ title: 'Contrat de prestation de centre d’appels', signedOn: day(-500), durationMonths: 24, checklist: checklist({ a28_3a_documented_instructions: 'partial', a28_3d_subprocessor_conditions: 'missing' }) }],
    },
    {
      processor: {
        name: 'Éditique Santé Services', siren: '996245957', country: 'FR', service: 'Archivage électronique des décomptes', hostsHealthData: true,
        certifications: [{ kind: 'hds', label: 'HDS — hébergeur infogéreur', validUntil: day(-20) }],
        hostingLocations: [{ country: 'FR', description: 'Datacenter de Nantes' }],
      },
      contracts: [{ title: 'Contrat d’archivage', signedOn: day(-900), durationMonths: 60, checklist: checklist() }],
    },
    {
      processor: {
        name: 'Tiers Payant Réseau SAS', siren: '914852538', country: 'FR', service: 'Gestion du tiers payant auprès des professionnels de santé', hostsHealthData: false,
        certifications: [{ kind: 'iso27001', label: 'ISO/IEC 27001', validUntil: day(200) }],
      },
      contracts: [{ title: 'Convention de délégation de tiers payant', signedOn: day(-400), tacitRenewal: true, reviewDate: day(120), checklist: checklist(), document: true }],
    },
    {
      processor: {
        name: 'Paie Services', siren: '956174833', country: 'FR', service: 'Production de la paie et des déclarations sociales',
        certifications: [{ kind: 'iso27001', label: 'ISO/IEC 27001', validUntil: day(15) }],
      },
      contracts: [{ title: 'Contrat d’externalisation de la paie', signedOn: day(-600), durationMonths: 36, checklist: checklist() }],
    },
    {
      processor: { name: 'Vidéoprotection Sécurité', siren: '981817414', country: 'FR', service: 'Installation et maintenance des caméras du siège' },
      contracts: [{ title: 'Contrat de maintenance vidéoprotection', signedOn: day(-200), durationMonths: 12, checklist: checklist({ a28_3b_confidentiality: 'missing' }) }],
    },
    {
      processor: {
        name: 'Archives & Coffres', siren: '936676402', country: 'FR', service: 'Conservation des archives papier',
        subProcessors: [{ name: 'Transports Sécurisés', country: 'FR', service: 'Collecte des conteneurs', authorisation: { kind: 'specific', date: day(-400) }, flowDown: false }],
      },
      contracts: [{ title: 'Contrat d’archivage papier', signedOn: day(-800), tacitRenewal: true, reviewDate: day(30), checklist: checklist() }],
    },
    {
      processor: {
        name: 'Routage Marketing', siren: '917764672', country: 'FR', service: 'Envoi des campagnes de courriels',
        subProcessors: [{ name: 'Analytics Corp', country: 'US', service: 'Mesure d’ouverture des courriels', authorisation: { kind: 'none' }, flowDown: false }],
      },
      contracts: [{ title: 'Contrat de routage', signedOn: day(-250), durationMonths: 12, checklist: checklist({ a28_4_flow_down: 'partial' }) }],
    },
    {
      processor: {
        name: 'Assistance Téléconsultation', siren: '925428211', country: 'FR', service: 'Plateforme de téléconsultation offerte aux adhérents', hostsHealthData: true,
        certifications: [{ kind: 'hds', label: 'HDS', validUntil: day(365) }],
        hostingLocations: [{ country: 'FR', description: 'Hébergeur HDS' }, { country: 'GB', description: 'Support technique à Londres' }],
      },
      contracts: [{ title: 'Contrat de service de téléconsultation', signedOn: day(-100), durationMonths: 24, reviewDate: day(265), checklist: checklist() }],
    },
    {
      processor: { name: 'Solutions RH Cloud', foreignIdentifier: 'IE 9876543W', country: 'IE', service: 'Logiciel de gestion des ressources humaines et du recrutement', hostingLocations: [{ country: 'NL', description: 'Amsterdam' }] },
      contracts: [],
    },
  ];
}

const REGIONS = ['Auvergne', 'Savoie', 'Drôme', 'Ardèche', 'Isère', 'Ain', 'Loire', 'Jura'] as const;
const SERVICES = ['Courrier et numérisation', 'Maintenance informatique', 'Nettoyage des locaux', 'Formation des conseillers', 'Recouvrement amiable', 'Traduction'] as const;

/** Regional providers added per unit of scale beyond 1: plain French providers, some without contract. */
function regional(ctx: DemoContext, n: number): DemoProcessor {
  const r = ctx.random;
  const region = REGIONS[n % REGIONS.length] ?? 'Rhône';
  const service = r.pick(SERVICES);
  const withContract = r.chance(0.85);
  return {
    processor: { name: `${service} ${region} ${n}`, country: 'FR', service: `${service} pour l’agence ${region}` },
    contracts: withContract ? [{ title: `Contrat ${service.toLowerCase()}`, signedOn: addCalendarDays(parisDateOf(ctx.now), -r.int(30, 1500)), durationMonths: r.pick([12, 24, 36]), tacitRenewal: r.chance(0.5), checklist: checklist(r.chance(0.3) ? { a28_3h_audits_information: 'partial' } : {}) }] : [],
  };
}

export const processorDemoStep: DemoStep = async (ctx) => {
  ctx.onProgress?.('Sous-traitants');
  const today = parisDateOf(ctx.now);
  const list = [...catalogue(today)];
  for (let n = 1; n <= 8 * (ctx.scale - 1); n++) list.push(regional(ctx, n));
  for (const item of list) {
    const p = await ctx.call<{ id: string }>('processor.create', item.processor);
    for (const { document, ...contract } of item.contracts) {
      const c = await ctx.call<{ id: string; title: string }>('processor.addContract', { processorId: p.id, contract });
      if (document) await ctx.call('processor.attachDocument', { contractId: c.id, filename: `${c.title.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-')}.pdf`, base64: contractPdf(c.title) });
    }
  }
};
