/**
 * A transfer mechanism (GDPR Art. 45-49) in words, in the user's language: the kind, then the SCC
 * module (Decision 2021/914) or the Art. 49(1) point. Labels come from core/transfers.ts.
 */
import {
  ART49_POINT_LABELS,
  SCC_MODULE_LABELS,
  TRANSFER_MECHANISM_LABELS,
  type TransferMechanism,
} from '../../../../src-main/core/transfers';
import type { Lang } from '../../../i18n/translate';

export function mechanismText(m: TransferMechanism | null, lang: Lang): string {
  if (m === null) return '';
  const base = TRANSFER_MECHANISM_LABELS[m.kind][lang];
  if (m.kind === 'scc_2021_914') return `${base} — ${SCC_MODULE_LABELS[m.module][lang]}`;
  if (m.kind === 'art49_derogation') {
    const point = m.point === 'second_subparagraph' ? '49(1) ¶2' : `49(1)(${m.point})`;
    return `${base} — ${point} ${ART49_POINT_LABELS[m.point][lang]}`;
  }
  return base;
}

/** The article a mechanism rests on (« Art. 46(2)(c) »). */
export function mechanismArticle(m: TransferMechanism | null): string {
  return m ? TRANSFER_MECHANISM_LABELS[m.kind].article : '';
}
