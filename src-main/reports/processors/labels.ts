/** French wording shared by the processor register documents (XLSX and PDF). */
import { ART28_STATUS_LABELS } from '../../core/art28';
import { CERTIFICATION_LABELS } from '../../core/processor-alerts';
import { AUTHORISATION_LABELS, type ProcessorDetail, type TransferView } from '../../shared/schemas/processor';
import { formatFrenchDate } from '../format';

export const PROCESSOR_REGISTER_TITLE = 'Registre des sous-traitants (art. 28 RGPD)';

export const CLAUSE_STATUS_FR: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(ART28_STATUS_LABELS).map(([k, v]) => [k, v.fr])),
  unanswered: 'Non vérifiée',
};

export const SEVERITY_FR: Readonly<Record<string, string>> = { critical: 'Critique', high: 'Élevée', medium: 'Moyenne', low: 'Faible' };

export const VIA_FR: Readonly<Record<TransferView['via'], string>> = {
  establishment: 'Établissement du sous-traitant',
  hosting: 'Lieu d’hébergement',
  subprocessor: 'Sous-traitant ultérieur',
};

export const MECHANISM_SOURCE_FR: Readonly<Record<TransferView['mechanismSource'], string>> = {
  documented: 'Documenté',
  adequacy_decision: 'Décision d’adéquation (déduite du pays)',
  none: 'Aucun',
};

export const AUTHORISATION_FR = (kind: keyof typeof AUTHORISATION_LABELS): string => AUTHORISATION_LABELS[kind].fr;

export const dateFr = (d: string | null | undefined): string => (d ? formatFrenchDate(d) : '');

export function certificationsFr(p: ProcessorDetail): string[] {
  return p.certifications.map((c) => {
    const label = c.label || CERTIFICATION_LABELS[c.kind].fr;
    const until = c.validUntil ? ` jusqu’au ${dateFr(c.validUntil)}` : ' (sans date de fin)';
    const state = c.state === 'expired' ? ' — EXPIRÉE' : c.state === 'expiring' ? ' — expire bientôt' : '';
    return `${label}${until}${state}`;
  });
}

export function personFr(c: { name: string; email: string; phone: string }): string {
  return [c.name, c.email, c.phone].filter((x) => x.trim() !== '').join(' · ');
}

export function addressFr(p: ProcessorDetail): string {
  return [p.address.street, `${p.address.postalCode} ${p.address.city}`.trim(), p.countryNameFr].filter((x) => x.trim() !== '').join(', ');
}

/** Sub-processor chain flattened for a table: each link with the name of the link above it. */
export function chainRows(p: ProcessorDetail): { level: number; parent: string; sub: ProcessorDetail['subProcessors'][number] }[] {
  const out: { level: number; parent: string; sub: ProcessorDetail['subProcessors'][number] }[] = [];
  const walk = (list: ProcessorDetail['subProcessors'], parent: string, level: number): void => {
    for (const s of list) {
      out.push({ level, parent, sub: s });
      walk(s.subProcessors, s.name, level + 1);
    }
  };
  walk(p.subProcessors, p.name, 1);
  return out;
}
