/**
 * Register figures (issue 6): a register of 5 000 processings using 2 000 processors, exported in the
 * CNIL model layout (XLSX, one fiche per activity), then imported into another vault holding the same
 * processors — time and peak memory of each step, through the service as the UI calls it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ART28_CHECKLIST } from '../../src-main/core/art28';
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { ImportPreview } from '../../src-main/shared/schemas/processing';
import type { Report } from './run';
import { mb, measure, ms } from './stats';

const PROCESSORS = 2_000;
const PROCESSINGS = 5_000;
const PASS = 'phrase secrète du banc d’essai registre';
const ORG = {
  name: 'Mutuelle du banc d’essai (fictive)',
  siren: '732829320',
  address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'France' },
  dpoName: 'Claire Martin',
  dpoEmail: 'dpo@banc.example',
};

/** Peak RSS during a step, with the RSS just before it: the difference is what the step costs. */
const peak = (m: { peakRss: number }, before: number): string => `${mb(m.peakRss)} (avant : ${mb(before)}, +${mb(m.peakRss - before)})`;

async function ok<T>(service: Service, method: string, input: unknown): Promise<T> {
  const r = (await service.call(method, input)) as Result<T>;
  if (!r.ok) throw new Error(`${method} : ${r.error.message} ${JSON.stringify(r.error.issues ?? []).slice(0, 300)}`);
  return r.value;
}

async function vault(dir: string): Promise<Service> {
  const service = createService({ vaultDir: dir });
  await ok(service, 'vault.create', { organisation: ORG, user: { username: 'claire', displayName: 'Claire' }, passphrase: PASS });
  return service;
}

const COUNTRIES = ['FR', 'FR', 'FR', 'DE', 'IE', 'US', 'MA', 'GB', 'IN'] as const;
const checklist = Object.fromEntries(ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i, n) => [i.key, { status: n % 11 === 0 ? 'partial' : 'present', section: `art. ${n + 1}`, comment: '' }]));

/** 2 000 processors of varied profiles; returns their ids. */
async function processors(service: Service, withContracts: boolean): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < PROCESSORS; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'FR';
    const p = await ok<{ id: string }>(service, 'processor.create', {
      name: `Prestataire ${String(i).padStart(4, '0')}`,
      country,
      service: 'Prestation de service informatique et de gestion',
      hostsHealthData: i % 5 === 0,
      certifications: i % 5 === 0 ? [{ kind: 'hds', label: 'HDS', validUntil: '2027-12-31' }] : [],
      hostingLocations: [{ country, description: 'Hébergement principal', mechanism: country === 'US' ? { kind: 'scc_2021_914', module: 2 } : null }],
      subProcessors: i % 3 === 0 ? [{ name: `Sous-traitant ultérieur ${i}`, country: 'FR', authorisation: { kind: 'specific' }, flowDown: i % 6 !== 0 }] : [],
    });
    if (withContracts && i % 4 !== 0) await ok(service, 'processor.addContract', { processorId: p.id, contract: { title: 'Accord de sous-traitance', signedOn: '2024-06-01', durationMonths: 36, checklist } });
    ids.push(p.id);
  }
  return ids;
}

async function processings(service: Service, processorIds: string[]): Promise<void> {
  for (let i = 0; i < PROCESSINGS; i++) {
    const linked = [processorIds[i % PROCESSORS], processorIds[(i * 7 + 3) % PROCESSORS], processorIds[(i * 13 + 5) % PROCESSORS]].slice(0, 1 + (i % 3));
    const p = await ok<{ id: string }>(service, 'processing.create', {
      reference: `TRT-${String(i + 1).padStart(5, '0')}`,
      name: `Traitement n° ${i + 1} — gestion des dossiers adhérents`,
      description: 'Traitement généré pour le banc d’essai du registre.',
      purposes: [
        { label: 'Gestion des contrats et des prestations', legalBases: ['a6_1b_contract'] },
        { label: 'Obligations comptables', legalBases: ['a6_1c_legal_obligation'] },
      ],
      art9Conditions: i % 2 === 0 ? ['a9_2h_health_social_care'] : [],
      dataCategories: [
        { category: 'cnil_cat_etat_civil', description: 'Nom, prénom, adresse', retention: 'Durée du contrat + 5 ans', finalFate: 'destruction' },
        { category: 'cnil_cat_eco_fin', description: 'RIB, cotisations', retention: '10 ans', finalFate: 'archiving_intermediate' },
        ...(i % 2 === 0 ? [{ category: 'cnil_sens_sante', description: 'Prestations', retention: '5 ans', finalFate: 'archiving_intermediate' }] : []),
      ],
      subjectCategories: [{ label: 'Adhérents', details: 'Et ayants droit' }, { label: 'Prospects', details: '' }],
      subjectVolume: 'Environ 10 000 personnes',
      dataOrigin: 'Adhérent',
      recipients: [{ type: 'cnil_dest_interne', details: 'Service gestion' }, { type: 'cnil_dest_sous_traitant', details: 'Hébergeur' }],
      securityMeasures: [
        { type: 'cnil_sec_controle_acces_utilisateurs', details: 'Habilitations par profil' },
        { type: 'cnil_sec_sauvegarde', details: 'Sauvegarde quotidienne' },
      ],
      processorIds: linked,
      reviewDate: '2027-01-31',
    });
    if (i % 4 === 0) await ok(service, 'processing.screenDpia', { id: p.id, answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } } });
  }
}

export async function run(report: Report): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dpo-bench-ropa-'));
  try {
    const a = await vault(join(root, 'a'));
    let t0 = performance.now();
    const ids = await processors(a, true);
    report(`${PROCESSORS} sous-traitants créés par le service (avec contrats)`, ms(performance.now() - t0));
    t0 = performance.now();
    await processings(a, ids);
    report(`${PROCESSINGS} fiches créées par le service (1 sur 4 avec test d’AIPD)`, ms(performance.now() - t0));

    const list = await measure(() => ok<{ total: number }>(a, 'processing.list', { limit: 5000 }));
    report(`processing.list (${list.value.total} lignes, complétude et transferts calculés)`, ms(list.ms));
    const plist = await measure(() => ok<{ total: number }>(a, 'processor.list', { limit: 5000 }));
    report(`processor.list (${plist.value.total} lignes, alertes calculées)`, ms(plist.ms));

    let before = process.memoryUsage().rss;
    const exported = await measure(() => ok<FileOutput>(a, 'processing.exportRegister', { format: 'xlsx' }));
    const bytes = Buffer.from(exported.value.base64, 'base64');
    report(`export XLSX du registre (modèle CNIL, ${PROCESSINGS} fiches) : durée`, ms(exported.ms));
    report('export XLSX du registre : pic de mémoire (RSS du processus)', peak(exported, before));
    report('export XLSX du registre : taille du fichier', mb(bytes.length));
    before = process.memoryUsage().rss;
    const processorsExport = await measure(() => ok<FileOutput>(a, 'processor.exportRegister', { format: 'xlsx' }));
    report(`export XLSX du registre des sous-traitants (${PROCESSORS}) : durée`, ms(processorsExport.ms));
    report('export XLSX du registre des sous-traitants : pic de mémoire', peak(processorsExport, before));
    a.close();

    const b = await vault(join(root, 'b'));
    await processors(b, false);
    const base64 = bytes.toString('base64');
    before = process.memoryUsage().rss;
    const preview = await measure(() => ok<ImportPreview>(b, 'processing.importPreview', { base64 }));
    if (!preview.value.valid) throw new Error(`aperçu invalide : ${JSON.stringify(preview.value.rows.flatMap((r) => r.errors).slice(0, 3))}`);
    report(`aperçu de l’import (${preview.value.fiches} fiches vérifiées) : durée`, ms(preview.ms));
    report('aperçu de l’import : pic de mémoire', peak(preview, before));
    before = process.memoryUsage().rss;
    const imported = await measure(() => ok<{ created: number }>(b, 'processing.import', { base64 }));
    report(`import du même fichier (${imported.value.created} fiches, une transaction) : durée`, ms(imported.ms));
    report('import : pic de mémoire (RSS du processus)', peak(imported, before));
    b.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
