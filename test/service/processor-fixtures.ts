/** Processors and fiches of a fictitious health mutual, shared by the processor and register tests. */
import { ART28_CHECKLIST } from '../../src-main/core/art28';
import type { Service } from '../../src-main/service/types';
import type { ProcessingDetail } from '../../src-main/shared/schemas/processing';
import type { ContractView, ProcessorDetail } from '../../src-main/shared/schemas/processor';
import type { Result } from '../../src-main/shared/result';
import { PASSPHRASE, unwrap } from '../helpers/vault';

/** 10:00 in Paris on Tuesday 10 March 2026. */
export const NOW = new Date('2026-03-10T09:00:00.000Z');
export const TODAY = '2026-03-10';

export const call = async <T>(service: Service, method: string, input: unknown): Promise<T> => unwrap((await service.call(method, input)) as Result<T>);

/** Every mandatory Art. 28 clause present, with the section of the contract. */
export const fullChecklist = Object.fromEntries(
  ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i, n) => [i.key, { status: 'present', section: `art. ${n + 1}`, comment: '' }]),
);

export const hdsHost = {
  name: 'Hébergeur Santé Cloud',
  siren: '951819093',
  address: { street: '1 quai de Seine', postalCode: '75019', city: 'Paris' },
  country: 'France',
  service: 'Hébergement des bases adhérents et prestations (HDS)',
  hostsHealthData: true,
  contacts: { dpo: { name: 'DPO HSC', email: 'dpo@hsc.example', phone: '' } },
  certifications: [{ kind: 'hds', label: 'HDS hébergeur infogéreur', validFrom: '2024-01-01', validUntil: '2027-06-30' }],
  hostingLocations: [{ country: 'FR', description: 'Datacenter Paris-Saclay' }],
  subProcessors: [{ name: 'Datacenter Normandie', country: 'FR', authorisation: { kind: 'specific', date: '2025-01-10' }, flowDown: true }],
};

export const usCloud = {
  name: 'Nuage Américain Inc.',
  foreignIdentifier: 'EIN 12-3456789',
  country: 'États-Unis',
  establishment: { mechanism: { kind: 'scc_2021_914', module: 2, documentation: 'Annexe 4 du contrat' }, tiaDate: '2025-11-03' },
  hostingLocations: [{ country: 'US', description: 'Région us-east', mechanism: { kind: 'scc_2021_914', module: 2, documentation: 'Annexe 4 du contrat' }, tiaDate: '2025-11-03' }],
};

export const callCentre = {
  name: 'Centre d’appels Atlas',
  foreignIdentifier: 'RC Casablanca 123456',
  country: 'Maroc',
  service: 'Accueil téléphonique des adhérents',
};

export const printer = { name: 'Imprimerie du Rhône', siren: '997465075', country: 'FR', service: 'Impression et mise sous pli des relevés' };

export async function addUsers(service: Service): Promise<void> {
  for (const role of ['security', 'compliance'] as const) {
    await call(service, 'user.add', { username: `u-${role}`, displayName: role, role, passphrase: PASSPHRASE });
  }
}

export const createProcessor = (service: Service, input: unknown) => call<ProcessorDetail>(service, 'processor.create', input);
export const addContract = (service: Service, processorId: string, contract: unknown) =>
  call<ContractView>(service, 'processor.addContract', { processorId, contract });
export const createProcessing = (service: Service, input: unknown) => call<ProcessingDetail>(service, 'processing.create', input);

/** A complete controller fiche (Art. 30(1)(a)-(g)) for the reimbursement of health expenses. */
export function reimbursement(processorIds: string[] = [], over: Record<string, unknown> = {}) {
  return {
    reference: 'TRT-PREST',
    name: 'Gestion des prestations santé',
    description: 'Remboursement des frais de santé des adhérents et de leurs ayants droit.',
    purposes: [
      { label: 'Remboursement des frais de santé', legalBases: ['a6_1b_contract'], justification: 'Contrat d’adhésion' },
      { label: 'Lutte contre la fraude aux prestations', legalBases: ['a6_1f_legitimate_interests', 'a6_1c_legal_obligation'] },
    ],
    art9Conditions: ['a9_2h_health_social_care'],
    dataCategories: [
      { category: 'cnil_cat_etat_civil', description: 'Nom, prénom, date de naissance', retention: '5 ans après la fin du contrat', finalFate: 'destruction' },
      { category: 'cnil_sens_sante', description: 'Actes, codes de prestations', retention: '5 ans', finalFate: 'archiving_intermediate' },
      { category: 'cnil_sens_nir', description: 'NIR de l’assuré', retention: '5 ans', finalFate: 'destruction' },
    ],
    subjectCategories: [{ label: 'Adhérents', details: 'Et leurs ayants droit' }],
    subjectVolume: 'Environ 250 000 personnes',
    dataOrigin: 'Adhérent, professionnels de santé, Assurance maladie (télétransmission)',
    recipients: [
      { type: 'cnil_dest_interne', details: 'Service prestations' },
      { type: 'cnil_dest_sous_traitant', details: 'Hébergeur HDS' },
    ],
    securityMeasures: [
      { type: 'cnil_sec_controle_acces_utilisateurs', details: 'Habilitations par profil' },
      { type: 'cnil_sec_chiffrement', details: 'Chiffrement des bases au repos' },
    ],
    processorIds,
    reviewDate: '2026-12-31',
    ...over,
  };
}
