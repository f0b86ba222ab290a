/** Dictionary keys describing each module not built yet (what it will do, its legal hook). */
import type { MessageKey } from '../i18n/fr';
import type { ModuleId } from '../navigation';

export type PlannedModuleId = Exclude<ModuleId, 'dashboard' | 'settings'>;

export interface ModuleText {
  summary: MessageKey;
  features: MessageKey;
  legal: MessageKey;
}

export const MODULE_TEXT: Readonly<Record<PlannedModuleId, ModuleText>> = {
  breaches: { summary: 'module.breaches.summary', features: 'module.breaches.features', legal: 'module.breaches.legal' },
  requests: { summary: 'module.requests.summary', features: 'module.requests.features', legal: 'module.requests.legal' },
  processors: { summary: 'module.processors.summary', features: 'module.processors.features', legal: 'module.processors.legal' },
  ropa: { summary: 'module.ropa.summary', features: 'module.ropa.features', legal: 'module.ropa.legal' },
  audit: { summary: 'module.audit.summary', features: 'module.audit.features', legal: 'module.audit.legal' },
  reports: { summary: 'module.reports.summary', features: 'module.reports.features', legal: 'module.reports.legal' },
};

export function isPlannedModule(id: ModuleId): id is PlannedModuleId {
  return id in MODULE_TEXT;
}
