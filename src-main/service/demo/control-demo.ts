/**
 * Demo Contrôle data for the mutual: a three-year audit plan (last year, this year, next year), a dozen
 * permanent controls — some late, one never done — findings from audits and failed controls, and
 * actions in every state, some overdue, some with evidence. Everything goes through the service.
 * Processings and processors are audited too when their modules are in the vault.
 */
import { DateTime } from 'luxon';
import { parisDay } from '../../core/dashboard-stats';
import type { DemoContext, DemoStep } from './index';

interface Ref {
  id: string;
}

const day = (today: string, offset: number): string => DateTime.fromISO(today, { zone: 'utc' }).plus({ days: offset }).toISODate() ?? today;

/** A day inside a quarter of a year, never after yesterday (what was done cannot be in the future). */
function doneOn(today: string, year: number, quarter: number): string {
  const date = `${year}-${String(quarter * 3 - 1).padStart(2, '0')}-15`;
  const yesterday = day(today, -1);
  return date < yesterday ? date : yesterday;
}

const CHECKS = [
  { title: 'Revue des habilitations du SI adhérents', frequency: 'quarterly', owner: 'DSI — Marc Durand', lastAgo: 70, checklist: ['Extraire les comptes actifs', 'Rapprocher des entrées et sorties RH', 'Désactiver les comptes orphelins'] },
  { title: 'Purge des données au-delà des durées de conservation', frequency: 'half_yearly', owner: 'Direction des opérations', lastAgo: 230, checklist: ['Lancer les traitements de purge', 'Contrôler les volumes supprimés', 'Archiver le procès-verbal'] },
  { title: 'Test de restauration des sauvegardes', frequency: 'monthly', owner: 'Exploitation informatique', lastAgo: 12, checklist: ['Restaurer la base adhérents sur l’environnement de test', 'Comparer les sommes de contrôle'] },
  { title: 'Revue des contrats sous-traitants (art. 28)', frequency: 'yearly', owner: 'Service juridique', lastAgo: 300, checklist: ['Vérifier les clauses a) à h)', 'Mettre à jour la liste des sous-traitants ultérieurs'] },
  { title: 'Revue des comptes à privilèges', frequency: 'monthly', owner: 'RSSI — Karim Benali', lastAgo: 47, checklist: ['Lister les comptes administrateurs', 'Vérifier la justification de chaque compte'] },
  { title: 'Vérification des mentions d’information (formulaires, site)', frequency: 'yearly', owner: 'DPO — Claire Martin', lastAgo: 140, checklist: ['Formulaire d’adhésion', 'Formulaire de devis en ligne', 'Espace adhérent'] },
  { title: 'Contrôle des journaux d’accès aux dossiers santé', frequency: 'monthly', owner: 'RSSI — Karim Benali', lastAgo: 20, checklist: ['Détecter les consultations hors portefeuille', 'Interroger les managers sur les anomalies'] },
  { title: 'Mise à jour du registre des traitements', frequency: 'half_yearly', owner: 'DPO — Claire Martin', lastAgo: 100, checklist: ['Recenser les nouveaux projets', 'Relire les fiches modifiées'] },
  { title: 'Revue des accès physiques (badges)', frequency: 'quarterly', owner: 'Services généraux', lastAgo: 110, checklist: ['Extraire les badges actifs', 'Désactiver les badges des partants'] },
  { title: 'Sensibilisation RGPD des nouveaux arrivants', frequency: 'quarterly', owner: 'Ressources humaines', lastAgo: 35, checklist: ['Vérifier la session d’accueil', 'Recueillir les attestations'] },
  { title: 'Contrôle du chiffrement des postes nomades', frequency: 'quarterly', owner: 'DSI — Marc Durand', lastAgo: null, checklist: ['Extraire l’état BitLocker du parc', 'Relancer les postes non chiffrés'] },
  { title: 'Vérification des transferts hors Union européenne', frequency: 'yearly', owner: 'DPO — Claire Martin', lastAgo: 200, checklist: ['Rapprocher les sous-traitants des pays de traitement', 'Vérifier les garanties (CCT, DPF)'] },
] as const;

const PV = (title: string, date: string): string =>
  `Procès-verbal (document fictif de démonstration)\r\n${title}\r\nRéalisé le ${date}.\r\nRésultat consigné et visé par le responsable.\r\n`;

async function listIds(ctx: DemoContext, method: string): Promise<string[]> {
  if (!(ctx.service.methods as readonly string[]).includes(method)) return [];
  const out = await ctx.call<{ rows: Ref[] }>(method, { limit: 50 });
  return out.rows.map((r) => r.id);
}

export const controlDemoStep: DemoStep = async (ctx) => {
  ctx.onProgress?.('Contrôle : plan d’audit, contrôles permanents, constats et actions');
  const today = parisDay(ctx.now.toISOString());
  const year = Number(today.slice(0, 4));

  // ---- Three-year audit plan --------------------------------------------------------------
  const plan = await ctx.call<Ref>('control.planCreate', {
    title: `Plan d’audit RGPD ${year - 1}-${year + 1}`,
    startYear: year - 1,
    years: 3,
    notes: 'Plan validé par le comité de direction ; chaque traitement et chaque sous-traitant critique est audité au moins une fois sur le cycle.',
  });
  const org = (control: string) => ({ kind: 'organisation', control });
  const items: { title: string; target: object; year: number; quarter: number; auditor: string; status: string; conclusion?: string }[] = [
    { title: 'Audit des habilitations', target: org('Gestion des habilitations au SI adhérents'), year: year - 1, quarter: 2, auditor: 'Claire Martin (DPO)', status: 'done', conclusion: 'Procédure de départ non appliquée par deux services.' },
    { title: 'Audit des durées de conservation', target: org('Durées de conservation et purges'), year: year - 1, quarter: 4, auditor: 'Cabinet Audit & Conformité (fictif)', status: 'done', conclusion: 'Purges en place sauf pour les devis non transformés.' },
    { title: 'Audit de l’information des adhérents', target: org('Mentions d’information et politique de confidentialité'), year, quarter: 1, auditor: 'Claire Martin (DPO)', status: 'done', conclusion: 'Mentions complètes, sauf le formulaire de devis.' },
    { title: 'Audit de la sécurité des sauvegardes', target: org('Sauvegardes et plan de reprise'), year, quarter: 2, auditor: 'Karim Benali (RSSI)', status: 'in_progress' },
    { title: 'Audit de l’exercice des droits', target: org('Traitement des demandes d’exercice des droits'), year, quarter: 3, auditor: 'Sophie Lefèvre (conformité)', status: 'planned' },
    { title: 'Audit de la vidéosurveillance des agences', target: org('Vidéosurveillance des agences'), year, quarter: 4, auditor: 'Claire Martin (DPO)', status: 'cancelled', conclusion: 'Dispositif retiré des agences : audit sans objet.' },
    { title: 'Audit des clauses de sous-traitance', target: org('Contrats de sous-traitance (art. 28)'), year: year + 1, quarter: 1, auditor: 'Service juridique', status: 'planned' },
    { title: 'Audit des cookies du site adhérent', target: org('Cookies et traceurs de l’espace adhérent'), year: year + 1, quarter: 2, auditor: 'Claire Martin (DPO)', status: 'planned' },
    { title: 'Audit du registre des traitements', target: org('Registre des activités de traitement'), year: year + 1, quarter: 3, auditor: 'Sophie Lefèvre (conformité)', status: 'planned' },
  ];
  const processings = await listIds(ctx, 'processing.list');
  const processors = await listIds(ctx, 'processor.list');
  processings.slice(0, 6).forEach((id, i) => {
    items.push({ title: 'Audit de traitement', target: { kind: 'processing', id }, year: year - 1 + (i % 3), quarter: 1 + (i % 4), auditor: 'Claire Martin (DPO)', status: i % 3 === 0 ? 'done' : 'planned' });
  });
  processors.slice(0, 4).forEach((id, i) => {
    items.push({ title: 'Audit de sous-traitant', target: { kind: 'processor', id }, year: year + (i % 2), quarter: 2 + (i % 3), auditor: 'Cabinet Audit & Conformité (fictif)', status: 'planned' });
  });
  const itemIds: string[] = [];
  for (const it of items) {
    const created = await ctx.call<Ref>('control.itemAdd', {
      planId: plan.id,
      ...it,
      completedOn: it.status === 'done' ? doneOn(today, it.year, it.quarter) : null,
    });
    itemIds.push(created.id);
  }

  // ---- Permanent controls and their executions -------------------------------------------
  const checkIds: string[] = [];
  for (const c of CHECKS) {
    const created = await ctx.call<Ref>('check.create', { title: c.title, frequency: c.frequency, owner: c.owner, checklist: c.checklist });
    checkIds.push(created.id);
    if (c.lastAgo !== null) {
      await ctx.call('check.record', { checkId: created.id, performedOn: day(today, -c.lastAgo - 90), result: 'ok', comment: 'Aucune anomalie.', performedBy: c.owner });
    }
  }
  const record = async (index: number, result: 'ok' | 'ko', comment: string, finding?: { title: string; description: string; severity: string }) => {
    const c = CHECKS[index];
    const id = checkIds[index];
    if (!c || !id || c.lastAgo === null) throw new Error('démo : contrôle inconnu');
    return ctx.call<{ finding: Ref | null }>('check.record', { checkId: id, performedOn: day(today, -c.lastAgo), result, comment, performedBy: c.owner, ...(finding ? { finding } : {}) });
  };
  for (const i of [0, 1, 3, 5, 6, 7, 8, 9, 11]) await record(i, 'ok', 'Contrôle réalisé selon la check-list ; aucune anomalie.');
  const restore = await record(2, 'ko', 'La restauration de la base adhérents a échoué : sauvegarde du week-end incomplète.', {
    title: 'Sauvegarde de la base adhérents non restaurable',
    description: 'Le test mensuel a montré qu’une sauvegarde hebdomadaire était incomplète (volume santé absent).',
    severity: 'critical',
  });
  const privileged = await record(4, 'ko', 'Trois comptes administrateurs sans justification.', {
    title: 'Comptes à privilèges non justifiés',
    description: 'Trois comptes administrateurs de prestataires ne sont rattachés à aucun contrat en cours.',
    severity: 'high',
  });

  // ---- Findings from audits of the plan ---------------------------------------------------
  const auditFinding = (itemIndex: number, title: string, description: string, severity: string, observedOn: string) =>
    ctx.call<Ref>('finding.create', { title, description, severity, observedOn, source: { type: 'audit', itemId: itemIds[itemIndex] } });
  const habilitations = await auditFinding(0, 'Comptes d’anciens salariés encore actifs', '14 comptes de salariés partis depuis plus de trois mois ont accès au SI adhérents.', 'high', doneOn(today, year - 1, 2));
  const purge = await auditFinding(1, 'Devis non transformés conservés sans limite', 'Les devis refusés sont conservés au-delà des 3 ans prévus au registre.', 'medium', doneOn(today, year - 1, 4));
  const mentions = await auditFinding(2, 'Mentions incomplètes sur le formulaire de devis', 'La durée de conservation et le droit d’introduire une réclamation auprès de la CNIL manquent (art. 13(2)).', 'low', doneOn(today, year, 1));

  // ---- Actions in every state, some overdue ----------------------------------------------
  const act = (source: Ref, title: string, owner: string, dueOffset: number | null, extra: Record<string, unknown> = {}) =>
    ctx.call<Ref>('action.create', { source: { type: 'finding', id: source.id }, title, owner, dueDate: dueOffset === null ? null : day(today, dueOffset), ...extra });
  const status = (a: Ref, s: string, note = '') => ctx.call('action.setStatus', { id: a.id, status: s, note });
  const evidence = (a: Ref, filename: string, text: string) =>
    ctx.call('action.addEvidence', { actionId: a.id, filename, base64: Buffer.from(text, 'utf8').toString('base64') });

  if (restore.finding) {
    const fix = await act(restore.finding, 'Corriger la politique de sauvegarde du volume santé', 'Exploitation informatique', -6);
    await status(fix, 'in_progress');
    await act(restore.finding, 'Refaire un test de restauration complet', 'Exploitation informatique', 14);
  }
  if (privileged.finding) {
    const revoke = await act(privileged.finding, 'Supprimer les comptes administrateurs non justifiés', 'RSSI — Karim Benali', -20);
    await evidence(revoke, 'suppression-comptes-admin.txt', PV('Suppression de 3 comptes administrateurs', day(today, -25)));
    await status(revoke, 'done');
    await act(privileged.finding, 'Rattacher chaque compte à privilèges à un contrat', 'RSSI — Karim Benali', 30, { priority: 'normal' });
  }
  const leavers = await act(habilitations, 'Désactiver les comptes des salariés partis', 'DSI — Marc Durand', -45);
  await evidence(leavers, 'pv-desactivation-comptes.txt', PV('Désactivation de 14 comptes', day(today, -50)));
  await status(leavers, 'done');
  const procedure = await act(habilitations, 'Automatiser la fermeture des comptes à la sortie RH', 'DSI — Marc Durand', -15);
  await status(procedure, 'in_progress');
  await ctx.call('action.update', { id: procedure.id, dueDate: day(today, 40), reason: 'Dépend de la mise à jour du SIRH prévue le mois prochain.' });
  await act(habilitations, 'Former les managers à la procédure de départ', 'Ressources humaines', -3);
  const purgeScript = await act(purge, 'Étendre la purge automatique aux devis non transformés', 'Direction des opérations', 60);
  await status(purgeScript, 'in_progress');
  const manual = await act(purge, 'Purger manuellement les devis de plus de 3 ans', 'Direction des opérations', -90);
  await status(manual, 'cancelled', 'Remplacée par l’extension de la purge automatique.');
  await act(mentions, 'Compléter les mentions du formulaire de devis', 'Direction marketing', 21, { priority: 'normal' });
  await act(mentions, 'Relire les autres formulaires en ligne', 'DPO — Claire Martin', null);
};
