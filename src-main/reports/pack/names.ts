/** File names inside the audit pack, and of the pack itself; the summary lists them, the manifest hashes them. */
import type { PackPeriod } from '../../shared/schemas/pack';

/** « 2026-Q3 », « 2026 », « 2026-01-01_au_2026-06-30 »: safe in a file name on every system. */
export const periodSlug = (period: Pick<PackPeriod, 'spec'>): string => period.spec.replace('..', '_au_');

export const packFileName = (period: Pick<PackPeriod, 'spec'>): string => `paquet-audit-${periodSlug(period)}.zip`;
export const summaryFileName = (period: Pick<PackPeriod, 'spec'>): string => `synthese-${periodSlug(period)}.pdf`;
export const workbookFileName = (period: Pick<PackPeriod, 'spec'>): string => `registres-${periodSlug(period)}.xlsx`;

export const SUMMARY_DESCRIPTION = 'Synthèse : chiffres et graphiques de la période, situation à la génération, événements notables, plan d’audit';
export const WORKBOOK_DESCRIPTION =
  'Classeur des registres : violations (art. 33(5)), notifications CNIL, demandes (art. 12), sous-traitants et matrice art. 28, traitements (art. 30), plan d’actions, audits, journal d’audit de la période';
export const dossierDescription = (reference: string, kind: 'initial' | 'complementary', sequence: number): string =>
  `Dossier de notification à la CNIL de la violation ${reference} (${kind === 'initial' ? 'notification initiale' : `notification complémentaire n° ${sequence - 1}`}), rendu depuis sa copie figée`;
