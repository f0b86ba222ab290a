/** Filters carried in the URL of the Violations, Demandes, Sous-traitants and Registre lists (issue 7): French strings, merged into fr.ts. */
export const listUrlFr = {
  'listUrl.activeFilters': 'Filtres venus d’un lien',
  'listUrl.processingChip': 'Traitement : {name}',
  'listUrl.processorChip': 'Sous-traitant : {name}',
  'listUrl.remove': 'Retirer le filtre « {label} »',
  'listUrl.dueWithin': 'À échéance dans les {days} jours',
  'listUrl.dpiaPending': 'AIPD requise, non réalisée',
};
