import { describe, expect, it } from 'vitest';
import { ACTION_SHEET, CHECK_SHEET, FINDING_SHEET, actionPlanXlsx } from '../../src-main/reports/control/action-plan-xlsx';
import { readSheetRows, loadWorkbook } from '../../src-main/reports/xlsx/read';
import type { Action, Check, Finding } from '../../src-main/shared/schemas/control';
import { action, call, check, controlVault, finding } from '../service/control-fixtures';
import { auditHead, generatedAt, organisation } from './fixtures';

const late: Action = {
  id: 'A1',
  reference: 'ACT-2026-0001',
  title: 'Désactiver les comptes orphelins',
  description: 'Comptes des salariés partis.',
  owner: 'DSI — Marc Durand',
  dueDate: '2026-02-28',
  priority: 'urgent',
  priorityLabel: { fr: 'Urgente', en: 'Urgent' },
  status: 'in_progress',
  statusLabel: { fr: 'En cours', en: 'In progress' },
  overdue: true,
  daysOverdue: 5,
  source: { type: 'finding', id: 'F1', reference: 'CST-2026-0001', severity: 'critical', title: 'Comptes actifs' },
  sourceLabel: { fr: 'Constat d’audit ou de contrôle', en: 'Audit or control finding' },
  completedOn: null,
  evidenceCount: 2,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

const breachMeasure: Action = {
  ...late,
  id: 'A2',
  reference: 'ACT-2026-0002',
  title: 'Chiffrer les envois',
  dueDate: null,
  overdue: false,
  daysOverdue: 0,
  status: 'done',
  statusLabel: { fr: 'Terminée', en: 'Done' },
  completedOn: '2026-03-02',
  source: { type: 'breach', id: 'VIO-1' },
  evidenceCount: 0,
};

const aFinding: Finding = {
  id: 'F1',
  reference: 'CST-2026-0001',
  title: 'Comptes actifs',
  description: '',
  severity: 'critical',
  severityLabel: { fr: 'Critique', en: 'Critical' },
  observedOn: '2026-01-08',
  source: { type: 'audit', itemId: 'I1', planId: 'P1', label: 'Revue des habilitations' },
  state: 'in_treatment',
  stateLabel: { fr: 'En traitement', en: 'Being treated' },
  actionCounts: { total: 1, open: 0, inProgress: 1, done: 0, cancelled: 0, overdue: 1 },
  createdAt: '2026-01-08T09:00:00.000Z',
  updatedAt: '2026-01-08T09:00:00.000Z',
};

const aCheck: Check = {
  id: 'C1',
  title: 'Test de restauration',
  description: '',
  frequency: 'monthly',
  frequencyLabel: { fr: 'Mensuel', en: 'Monthly' },
  owner: 'Exploitation',
  checklist: ['Restaurer', 'Comparer'],
  lastDone: '2026-01-31',
  lastResult: 'ko',
  nextDue: '2026-02-28',
  state: 'overdue',
  stateLabel: { fr: 'En retard', en: 'Overdue' },
  daysOverdue: 5,
  active: true,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-31T09:00:00.000Z',
};

describe('the action plan workbook', () => {
  it('opens on the identity tab and lists actions with real dates, overdue days and origin', async () => {
    const xlsx = await actionPlanXlsx({ organisation, auditHead, generatedAt, today: '2026-03-05', actions: [late, breachMeasure], findings: [aFinding], checks: [aCheck] });
    const wb = await loadWorkbook(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Informations', ACTION_SHEET, FINDING_SHEET, CHECK_SHEET]);
    const info = await readSheetRows(xlsx, 'Informations');
    expect(info.find((r) => r.Rubrique === "Empreinte du journal d'audit")?.Valeur).toBe(auditHead.hash);
    expect(info.find((r) => r.Rubrique === 'Actions')?.Valeur).toBe('2, dont 1 en retard');

    const rows = await readSheetRows(xlsx, ACTION_SHEET);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Référence: 'ACT-2026-0001',
      Origine: 'Constat CST-2026-0001',
      'Gravité du constat': 'Critique',
      Priorité: 'Urgente',
      Statut: 'En cours',
      'En retard': 'Oui',
      'Jours de retard': 5,
      'Preuves jointes': 2,
    });
    expect(rows[0]?.Échéance).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(rows[1]).toMatchObject({ Origine: 'Violation VIO-1', 'Gravité du constat': null, Échéance: null, 'En retard': 'Non' });
    expect(rows[1]?.['Terminée le']).toEqual(new Date(Date.UTC(2026, 2, 2)));

    const findings = await readSheetRows(xlsx, FINDING_SHEET);
    expect(findings[0]).toMatchObject({ Référence: 'CST-2026-0001', Origine: 'Audit : Revue des habilitations', État: 'En traitement', 'Actions en retard': 1 });
    const checks = await readSheetRows(xlsx, CHECK_SHEET);
    expect(checks[0]).toMatchObject({ Contrôle: 'Test de restauration', 'Dernier résultat': 'Non conforme', État: 'En retard', 'Points de contrôle': 'Restaurer; Comparer' });
  });

  it('is produced by action.exportXlsx from the vault, filtered as asked', async () => {
    const { service } = await controlVault('2026-04-02T08:00:00Z');
    const f = await finding(service, 'high');
    await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    const done = await action(service, { type: 'finding', id: f.id }, { title: 'Former les managers', dueDate: '2026-04-30' });
    await call(service, 'action.setStatus', { id: done.id, status: 'done' });
    await check(service, { lastDone: '2025-12-01' });
    const file = await call<{ filename: string; mime: string; base64: string }>(service, 'action.exportXlsx', { overdue: true });
    expect(file).toMatchObject({ filename: 'plan-d-actions-2026-04-02.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const xlsx = Buffer.from(file.base64, 'base64');
    const rows = await readSheetRows(xlsx, ACTION_SHEET);
    expect(rows.map((r) => [r.Référence, r['Jours de retard']])).toEqual([['ACT-2026-0001', 2]]);
    const info = await readSheetRows(xlsx, 'Informations');
    expect(info.find((r) => r.Rubrique === 'Actions')?.Valeur).toBe('1 (sélection filtrée), dont 1 en retard');
    expect(info.find((r) => r.Rubrique === 'Contrôles permanents en retard')?.Valeur).toBe('1');
  });
});
