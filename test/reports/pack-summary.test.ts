import { describe, expect, it } from 'vitest';
import type { PackSummaryInput, PeriodFigures } from '../../src-main/reports/pack/pack-data';
import { LIST_CAP, summaryPdf } from '../../src-main/reports/pack/summary-pdf';
import type { Dashboard, Figure } from '../../src-main/shared/schemas/dashboard';
import { auditHead, generatedAt, organisation, pdfText } from './fixtures';

const zero: Figure = { value: 0, link: null };

const dashboard: Dashboard = {
  now: generatedAt,
  today: '2026-03-05',
  role: 'dpo',
  breaches: { open: zero, clockRunning: zero, late: zero, toNotify: zero, countdowns: [], countdownsTotal: 0 },
  requests: { pending: zero, dueWithin7Days: zero, overdue: zero, onTimeByMonth: [], onTimeRate12Months: null, medianAnswerDays: null },
  processors: { total: zero, withAlerts: zero, critical: zero, highOrCritical: zero },
  processings: { total: zero, dpiaMissing: zero, incomplete: zero },
  auditPlan: null,
  actions: { scope: 'all', open: zero, overdue: zero },
};

const months = ['2026-01', '2026-02', '2026-03'];
const figures: PeriodFigures = {
  requests: {
    received: 1234,
    answered: 1200,
    onTime: 1150,
    late: 50,
    pendingAtEnd: 34,
    overdueAtEnd: 4,
    extended: 12,
    onTimeRate: 1150 / 1200,
    medianAnswerDays: 17,
    byMonth: months.map((month, i) => ({ month, onTime: 400 + i, late: 10 * i, pending: i })),
  },
  breaches: {
    discovered: 7,
    dismissed: 2,
    documentedOnly: 3,
    initialNotifications: 2,
    notifiedLate: 1,
    complementaryNotifications: 0,
    subjectsInformed: 1,
    byMonth: months.map((month) => ({ month, low: 1, medium: 1, high: 0, veryHigh: 0, unassessed: 0 })),
  },
  processors: { total: 40, newInPeriod: 3, withAlerts: 5, contracts: 38 },
  processings: { total: 120, newInPeriod: 4, dpiaDoneInPeriod: 1, dpiaMissing: 2, incomplete: 9 },
  actions: { createdInPeriod: 6, doneInPeriod: 4, openAtGeneration: 8, overdueAtGeneration: 1 },
  auditEntries: 4321,
};

function input(over: Partial<PackSummaryInput> = {}): PackSummaryInput {
  return {
    organisation,
    auditHead,
    generatedAt,
    generatedBy: 'Hélène Lefèvre (helene)',
    appVersion: '0.1.0',
    schemaVersion: 5,
    period: { spec: '2026-Q1', kind: 'quarter', from: '2026-01-01', to: '2026-03-31', label: '1er trimestre 2026' },
    figures,
    dashboard,
    events: { notifications: [], lateRequests: { total: 0, items: [] }, newProcessors: { total: 0, items: [] }, dpiasDone: { total: 0, items: [] } },
    auditPlan: null,
    files: [{ name: 'registres-2026-Q1.xlsx', description: 'Classeur des registres' }],
    ...over,
  };
}

const text = async (i: PackSummaryInput): Promise<string> => pdfText(await summaryPdf(i)).replace(/[\u202f\u00a0]/g, ' ');

describe('audit-pack summary PDF', () => {
  it('prints the period’s figures with French number formatting', async () => {
    const t = await text(input());
    expect(t).toContain('Paquet d’audit — 1er trimestre 2026');
    expect(t).toMatch(/Demandes reçues\s+1 234/);
    expect(t).toMatch(/Taux de réponse dans le délai\s+95,8 %/);
    expect(t).toMatch(/Délai médian de réponse\s+17 jours/);
    expect(t).toMatch(/Entrées du journal d’audit\s+4 321/);
  });

  it('draws the month charts with their numbers as text, months named in French', async () => {
    const t = await text(input());
    expect(t).toMatch(/janv\. 2026\s+févr\. 2026\s+mars 2026/);
    expect(t).toContain('Dans le délai');
    expect(t).toContain('Très élevée');
    // Totals above the bars: 400, 412 and 424 requests.
    expect(t).toMatch(/\b412\b/);
    expect(t).toMatch(/\b424\b/);
  });

  it('says when there is nothing to report rather than leaving a section empty', async () => {
    const t = await text(input());
    expect(t).toContain('Aucune notification à la CNIL pendant la période.');
    expect(t).toContain('Aucune demande en retard pendant la période.');
    expect(t).toContain('Aucun plan d’audit ne couvre la période');
  });

  it('caps long lists and points to the workbook for the rest', async () => {
    const notifications = Array.from({ length: LIST_CAP + 25 }, (_, i) => ({
      breachReference: `VIO-2026-${String(i + 1).padStart(4, '0')}`,
      title: 'Courrier mal adressé',
      kind: 'initial' as const,
      sequence: 1,
      at: '2026-02-10T09:00:00.000Z',
      late: false,
      cnilReference: null,
      dossier: `dossiers-cnil/VIO-2026-${String(i + 1).padStart(4, '0')}-notification-initiale.pdf`,
      problem: null,
    }));
    const t = await text(input({ events: { ...input().events, notifications } }));
    expect(t).toContain('… et 25 autres : voir l’onglet « Notifications CNIL » du classeur.');
    expect(t).toContain('VIO-2026-0040');
    expect(t).not.toContain('VIO-2026-0041');
  });
});
