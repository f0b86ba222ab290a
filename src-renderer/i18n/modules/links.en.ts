/** Links between breaches, requests, the register and processors (issue 6): English strings, merged into en.ts. */
import type { linksFr } from './links.fr';

export const linksEn: Record<keyof typeof linksFr, string> = {
  'links.breach.title': 'Processings and processors concerned',
  'links.breach.intro':
    'The processings of the register affected by the breach (their categories of data and people feed the record, Art. 33(3)(a)) and the processors involved (Art. 33(2)).',
  'links.breach.processings': 'Processings concerned',
  'links.breach.processingsHint': 'Search by reference or name.',
  'links.breach.processors': 'Processors concerned',
  'links.breach.processorsHint': 'Search by reference or name.',
  'links.breach.saveProcessings': 'Save processings',
  'links.breach.saveProcessors': 'Save processors',
  'links.breach.noProcessing': 'No processing of the register is linked to this breach.',
  'links.breach.noProcessor': 'No processor is linked to this breach.',
  'links.breach.processingsSaved': 'Processings concerned saved.',
  'links.breach.processorsSaved': 'Processors concerned saved.',
  'links.breach.linkedProcessings': 'Linked processings',
  'links.breach.linkedProcessors': 'Linked processors',
  'links.breach.listError': 'The list could not be loaded: existing links are still shown.',
  'links.picker.nothingFound': 'No result',

  'links.prefill.open': 'Pre-fill from the register',
  'links.prefill.title': 'Pre-fill the record from the register',
  'links.prefill.intro':
    'Categories of the linked processings not yet in the record. Untick what the breach did not affect: only ticked boxes are added.',
  'links.prefill.dataTypes': 'Types of data to add',
  'links.prefill.subjects': 'Categories of people to add',
  'links.prefill.art9': 'Art. 9',
  'links.prefill.vulnerable': 'Vulnerable people',
  'links.prefill.unmatchedTitle': 'Register categories without an equivalent',
  'links.prefill.unmatchedHint':
    'These categories of people of the register match no box of the notification: tick “Other” and describe them in the “Data subjects” section.',
  'links.prefill.confirm': 'Add to the file',
  'links.prefill.nothingChecked': 'No box ticked: nothing will be added.',
  'links.prefill.nothing': 'Nothing to add: the record already holds every category of the linked processings.',
  'links.prefill.nothingUnmatched':
    'Nothing to add. Categories of people of the register without an equivalent, to describe in the “Data subjects” section: {labels}.',
  'links.prefill.done': '{count} category(ies) added to the record.',

  'links.create.toggle': 'Indicate the processings concerned (optional)',
  'links.create.processings': 'Processings concerned',
  'links.create.processingsHint': 'Optional: you can add them later on the breach page.',

  'links.request.processings': 'Processings concerned (register)',
  'links.request.processingsHint': 'The processings of the register the request is about (Art. 15(1)(a)-(c)).',
  'links.request.other': 'Other processings (not in the register)',
  'links.request.otherHint': 'Processings that are not in the register, one per line.',
  'links.request.none': 'None',

  'links.fiche.title': 'Linked breaches and requests',
  'links.fiche.article': 'Breach register (Art. 33(5)) and data subject requests (Art. 15 to 22)',
  'links.fiche.breaches': 'Breaches ({count})',
  'links.fiche.requests': 'Requests ({count})',
  'links.fiche.noBreach': 'No breach is linked to this processing.',
  'links.fiche.noRequest': 'No request is linked to this processing.',
  'links.fiche.allBreaches': 'All breaches of this processing',
  'links.fiche.allRequests': 'All requests of this processing',
  'links.fiche.shown': '{shown} most recent of {total}',
  'links.processor.title': 'Breaches involving this processor',
  'links.processor.article': 'Art. 33(2): the processor notifies the controller of any breach',
  'links.processor.none': 'No breach is linked to this processor.',
  'links.processor.all': 'All breaches of this processor',

  'links.col.reference': 'Reference',
  'links.col.title': 'Title',
  'links.col.type': 'Request type',
  'links.col.status': 'Status',
  'links.col.discoveredAt': 'Discovered',
  'links.col.receivedAt': 'Received',
  'links.breaches.caption': 'Linked breaches: {count}',
  'links.requests.caption': 'Linked requests: {count}',
};
