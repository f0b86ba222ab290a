import { describe, expect, it } from 'vitest';
import { processorTransfers, TransferMechanism, type ProcessorTransferSnapshot } from '../../../src-main/core/transfers';

const scc = TransferMechanism.parse({ kind: 'scc_2021_914', module: 2 });

function processor(hostingLocations: ProcessorTransferSnapshot['hostingLocations']): ProcessorTransferSnapshot {
  return { id: 'P1', name: 'Nuage', establishment: { country: 'FR' }, hostingLocations, subProcessors: [] };
}

describe('several locations of one recipient in the same third country (Art. 44, 46(2)(c))', () => {
  it('frames the transfer when any location documents standard contractual clauses, whatever the order typed', () => {
    const framedFirst = processorTransfers(processor([{ country: 'US', mechanism: scc }, { country: 'US', description: 'support' }]));
    const framedLast = processorTransfers(processor([{ country: 'US', description: 'support' }, { country: 'US', mechanism: scc }]));
    expect(framedFirst).toHaveLength(1);
    expect(framedLast).toHaveLength(1);
    expect(framedFirst[0]?.issue).toBeNull();
    expect(framedLast[0]?.issue).toBeNull();
    expect(framedLast[0]?.mechanism).toEqual(scc);
  });

  it('still flags the transfer when no location of that recipient documents a mechanism', () => {
    const none = processorTransfers(processor([{ country: 'MA' }, { country: 'MA', description: 'secours' }]));
    expect(none.map((t) => t.issue)).toEqual(['no_mechanism']);
  });
});
