/**
 * Which modules and settings sections each role sees — the one place the renderer decides it.
 * (The service checks every call again: hiding a menu entry is comfort, not security.)
 *
 * - dpo: everything, read and write;
 * - security: logs and follows incidents — Tableau de bord, Violations, and in Paramètres only
 *   their own passphrase and the language;
 * - compliance: reads everything, changes nothing (exports reports and audit packs).
 */
import { contract, type MethodName } from '../src-main/shared/contract';
import type { Role } from '../src-main/shared/roles';
import type { MessageKey } from './i18n/fr';

export type Access = 'none' | 'read' | 'write';

export const MODULE_IDS = [
  'dashboard',
  'breaches',
  'requests',
  'processors',
  'ropa',
  'audit',
  'reports',
  'settings',
] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export interface ModuleEntry {
  id: ModuleId;
  /** Route inside the hash router. */
  path: string;
  labelKey: MessageKey;
  /** Alt+<shortcut> opens the module (fixed per module, so it does not move with the role). */
  shortcut: number;
  /** Built modules have their own page; the others show what they will do. */
  built: boolean;
}

export const MODULES: readonly ModuleEntry[] = [
  { id: 'dashboard', path: '/', labelKey: 'nav.dashboard', shortcut: 1, built: true },
  { id: 'breaches', path: '/violations', labelKey: 'nav.breaches', shortcut: 2, built: true },
  { id: 'requests', path: '/demandes', labelKey: 'nav.requests', shortcut: 3, built: true },
  { id: 'processors', path: '/sous-traitants', labelKey: 'nav.processors', shortcut: 4, built: true },
  { id: 'ropa', path: '/registre', labelKey: 'nav.ropa', shortcut: 5, built: true },
  { id: 'audit', path: '/controle', labelKey: 'nav.audit', shortcut: 6, built: true },
  { id: 'reports', path: '/rapports', labelKey: 'nav.reports', shortcut: 7, built: true },
  { id: 'settings', path: '/parametres', labelKey: 'nav.settings', shortcut: 8, built: true },
];

const MODULE_ACCESS: Readonly<Record<Role, Readonly<Record<ModuleId, Access>>>> = {
  dpo: {
    dashboard: 'write',
    breaches: 'write',
    requests: 'write',
    processors: 'write',
    ropa: 'write',
    audit: 'write',
    reports: 'write',
    settings: 'write',
  },
  security: {
    dashboard: 'read',
    breaches: 'write',
    requests: 'none',
    processors: 'none',
    ropa: 'none',
    audit: 'none',
    reports: 'none',
    settings: 'write',
  },
  compliance: {
    dashboard: 'read',
    breaches: 'read',
    requests: 'read',
    processors: 'read',
    ropa: 'read',
    audit: 'read',
    reports: 'read',
    settings: 'read',
  },
};

export const SETTINGS_SECTIONS = [
  'organisation',
  'users',
  'passphrase',
  'language',
  'autolock',
  'backups',
  'audit',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** Own passphrase and language are everyone's; the vault's settings follow the role. */
const SETTINGS_ACCESS: Readonly<Record<Role, Readonly<Record<SettingsSection, Access>>>> = {
  dpo: {
    organisation: 'write',
    users: 'write',
    passphrase: 'write',
    language: 'write',
    autolock: 'write',
    backups: 'write',
    audit: 'write',
  },
  security: {
    organisation: 'none',
    users: 'none',
    passphrase: 'write',
    language: 'write',
    autolock: 'none',
    backups: 'none',
    audit: 'none',
  },
  compliance: {
    organisation: 'read',
    users: 'none',
    passphrase: 'write',
    language: 'write',
    autolock: 'read',
    backups: 'read',
    audit: 'read',
  },
};

export function moduleAccess(role: Role, id: ModuleId): Access {
  return MODULE_ACCESS[role][id];
}

export function visibleModules(role: Role): ModuleEntry[] {
  return MODULES.filter((m) => moduleAccess(role, m.id) !== 'none');
}

export function settingsAccess(role: Role, section: SettingsSection): Access {
  return SETTINGS_ACCESS[role][section];
}

export function visibleSettingsSections(role: Role): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((s) => settingsAccess(role, s) !== 'none');
}

export function isSettingsSection(value: string | undefined): value is SettingsSection {
  return value !== undefined && (SETTINGS_SECTIONS as readonly string[]).includes(value);
}

/** Whether the contract lets `role` call `method`: buttons for calls the role cannot make are hidden. */
export function canCall(role: Role, method: MethodName): boolean {
  const roles = contract[method].roles;
  return roles === 'public' || (roles as readonly Role[]).includes(role);
}
