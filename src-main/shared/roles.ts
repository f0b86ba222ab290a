/**
 * Roles of the workbench (README: role × method matrix).
 * - dpo: everything, including users and decisions;
 * - security: logs and follows incidents (breaches), reads the organisation;
 * - compliance: reads everything, exports reports and audit packs, changes nothing.
 */
export const ROLES = ['dpo', 'security', 'compliance'] as const;
export type Role = (typeof ROLES)[number];
