/** The tabs of the Contrôle page, each with its own URL (`#/controle/actions`…). */
export const CONTROL_SECTIONS = ['plan', 'controles', 'constats', 'actions'] as const;
export type ControlSection = (typeof CONTROL_SECTIONS)[number];

export function isControlSection(value: string | undefined): value is ControlSection {
  return value !== undefined && (CONTROL_SECTIONS as readonly string[]).includes(value);
}

export const CONTROL_PATH = '/controle';

export const sectionPath = (section: ControlSection): string => `${CONTROL_PATH}/${section}`;
export const actionPath = (id: string): string => `${CONTROL_PATH}/actions/${id}`;
export const findingPath = (id: string): string => `${CONTROL_PATH}/constats/${id}`;
export const checkPath = (id: string): string => `${CONTROL_PATH}/controles/${id}`;
/** The plan tab opened on one plan. */
export const planPath = (planId: string): string => `${CONTROL_PATH}/plan?plan=${encodeURIComponent(planId)}`;
