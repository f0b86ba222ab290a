/**
 * The pre-fill flow of a breach: read the categories of the linked processings (`processing.categories`),
 * work out what is not in the record yet, let the user confirm, then send ONE `breach.update` with the
 * unions. Nothing is written before « Ajouter au dossier ».
 */
import { useState } from 'react';
import type { BreachDetail } from '../../../../src-main/shared/schemas/breach';
import { callMethod } from '../../../api/call-method';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifyError, useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';
import { isEmptyProposal, prefillResult, proposePrefill, type CurrentCategories, type PrefillProposal } from './prefill-rows';

interface Pending {
  proposal: PrefillProposal;
  current: CurrentCategories;
}

export function currentCategories(breach: Pick<BreachDetail, 'facts'>): CurrentCategories {
  return { dataTypes: breach.facts.data.types, subjectCategories: breach.facts.subjects.categories };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function useBreachPrefill(breachId: string) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const notifyError = useNotifyError();
  const [pending, setPending] = useState<Pending | null>(null);
  const [checking, setChecking] = useState(false);
  /** Said instead of opening an empty modal. */
  const [notice, setNotice] = useState<string | null>(null);
  const update = useMutationMethod('breach.update', { invalidates: ['breach.get', 'breach.list'] });

  async function offer(processingIds: readonly string[], breach: Pick<BreachDetail, 'facts'>) {
    setNotice(null);
    if (processingIds.length === 0) return;
    setChecking(true);
    try {
      const register = await callMethod('processing.categories', { ids: [...processingIds] });
      const current = currentCategories(breach);
      const proposal = proposePrefill(register, current);
      if (isEmptyProposal(proposal)) {
        setNotice(
          proposal.unmatchedSubjects.length > 0
            ? t('links.prefill.nothingUnmatched', { labels: proposal.unmatchedSubjects.map((l) => `« ${l} »`).join(', ') })
            : t('links.prefill.nothing'),
        );
        return;
      }
      setPending({ proposal, current });
    } catch (error) {
      notifyError(error);
    } finally {
      setChecking(false);
    }
  }

  function confirm(ticked: { dataTypes: string[]; subjectCategories: string[] }) {
    if (!pending) return;
    const result = prefillResult(pending.current, pending.proposal, ticked);
    if (result.added === 0) {
      setPending(null);
      return;
    }
    // Art. 33(3)(a): categories of data and of people, in the record that the notification is drawn from.
    update.mutate(
      {
        id: breachId,
        ...(sameList(result.dataTypes, pending.current.dataTypes) ? {} : { data: { types: result.dataTypes } }),
        ...(sameList(result.subjectCategories, pending.current.subjectCategories) ? {} : { subjects: { categories: result.subjectCategories } }),
      },
      {
        onSuccess: () => {
          setPending(null);
          notifySuccess(t('links.prefill.done', { count: result.added }));
        },
      },
    );
  }

  return {
    offer,
    checking,
    notice,
    proposal: pending?.proposal ?? null,
    saving: update.isPending,
    confirm,
    cancel: () => setPending(null),
  };
}
