/** Filters carried in the URL of the Violations, Requests, Processors and Register lists (issue 7): English strings, merged into en.ts. */
export const listUrlEn = {
  'listUrl.activeFilters': 'Filters from a link',
  'listUrl.processingChip': 'Processing: {name}',
  'listUrl.processorChip': 'Processor: {name}',
  'listUrl.remove': 'Remove the filter “{label}”',
  'listUrl.dueWithin': 'Due within {days} days',
  'listUrl.dpiaPending': 'DPIA required, not carried out',
};
