/** A contract as the form types it, and back to the `ContractInput` of the contract (GDPR Art. 28(3), 28(9)). */
import type { Art28Checklist } from '../../../src-main/core/art28';
import type { ContractInput, ContractView } from '../../../src-main/shared/schemas/processor';

export interface ContractDraft {
  title: string;
  signedOn: string | null;
  /** Months as typed; empty = open-ended. */
  durationMonths: number | '';
  tacitRenewal: boolean;
  reviewDate: string | null;
  notes: string;
}

export const EMPTY_CONTRACT: ContractDraft = { title: '', signedOn: null, durationMonths: '', tacitRenewal: false, reviewDate: null, notes: '' };

export function contractToDraft(c: ContractView): ContractDraft {
  return {
    title: c.title,
    signedOn: c.signedOn,
    durationMonths: c.durationMonths ?? '',
    tacitRenewal: c.tacitRenewal,
    reviewDate: c.reviewDate,
    notes: c.notes,
  };
}

/** The whole contract input: `processor.updateContract` replaces the contract, checklist included. */
export function draftToContractInput(d: ContractDraft, checklist: Art28Checklist): ContractInput {
  return {
    title: d.title,
    signedOn: d.signedOn,
    durationMonths: d.durationMonths === '' ? null : d.durationMonths,
    tacitRenewal: d.tacitRenewal,
    reviewDate: d.reviewDate,
    notes: d.notes,
    checklist,
  };
}

/** The stored contract with a new checklist (the grid saves only its answers). */
export function contractWithChecklist(c: ContractView, checklist: Art28Checklist): ContractInput {
  return draftToContractInput(contractToDraft(c), checklist);
}
