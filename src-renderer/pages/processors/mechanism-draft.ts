/**
 * A transfer mechanism as the form types it (kind, SCC module, Art. 49 point, documentation) and
 * back to the contract's discriminated union (core/transfers.ts, GDPR Art. 45-49).
 */
import type { Art49Point, TransferMechanism, TransferMechanismKind } from '../../../src-main/core/transfers';

export interface MechanismDraft {
  /** null = nothing documented: the service derives an adequacy decision where one exists. */
  kind: TransferMechanismKind | null;
  module: 1 | 2 | 3 | 4;
  point: Art49Point;
  documentation: string;
}

export interface TransferDraft {
  mechanism: MechanismDraft;
  dpfCertified: boolean;
  tiaDate: string | null;
}

/** Module 2 (controller to processor) is the usual case for our processors (Decision 2021/914). */
export const EMPTY_MECHANISM: MechanismDraft = { kind: null, module: 2, point: 'a', documentation: '' };
export const EMPTY_TRANSFER: TransferDraft = { mechanism: EMPTY_MECHANISM, dpfCertified: false, tiaDate: null };

export function mechanismToDraft(m: TransferMechanism | null): MechanismDraft {
  if (m === null) return EMPTY_MECHANISM;
  return {
    kind: m.kind,
    module: m.kind === 'scc_2021_914' ? m.module : 2,
    point: m.kind === 'art49_derogation' ? m.point : 'a',
    documentation: m.documentation,
  };
}

export function draftToMechanism(d: MechanismDraft): TransferMechanism | null {
  const documentation = d.documentation;
  switch (d.kind) {
    case null:
      return null;
    case 'scc_2021_914':
      return { kind: 'scc_2021_914', module: d.module, documentation };
    case 'art49_derogation':
      return { kind: 'art49_derogation', point: d.point, documentation };
    case 'adequacy':
    case 'bcr':
    case 'none':
      return { kind: d.kind, documentation };
  }
}

export function transferToDraft(t: { mechanism: TransferMechanism | null; dpfCertified: boolean; tiaDate: string | null }): TransferDraft {
  return { mechanism: mechanismToDraft(t.mechanism), dpfCertified: t.dpfCertified, tiaDate: t.tiaDate };
}

export function draftToTransfer(d: TransferDraft): { mechanism: TransferMechanism | null; dpfCertified: boolean; tiaDate: string | null } {
  return { mechanism: draftToMechanism(d.mechanism), dpfCertified: d.dpfCertified, tiaDate: d.tiaDate };
}
