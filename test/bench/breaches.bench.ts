/**
 * Breach figures: the Art. 33(5) register exported for 10 000 breaches, as XLSX and as PDF, through
 * the service (`breach.register`, the method the UI and `dpo export breach-register` use) — time and
 * peak memory — and a list page over the same vault.
 *
 * Seeding writes the rows straight through the repository, in one transaction, with the records the
 * service builds (core workflow, derived columns): what is measured is the export, not the seeding.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assessBreachRisk, RiskAnswersSchema, type Recommendation, type SeverityBand } from '../../src-main/core/breach-risk';
import { applyBreachAction, newBreachRecord, type BreachAction, type BreachRecord } from '../../src-main/core/breach-workflow';
import { writeFileAtomic } from '../../src-main/reports/file-output';
import { deriveRow, initialFacts, mergeFacts, normaliseFacts } from '../../src-main/service/handlers/breach-record';
import { createService } from '../../src-main/service/service';
import { BreachFacts, BreachUpdateInput } from '../../src-main/shared/schemas/breach';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { Service } from '../../src-main/service/types';
import { canonicalJson } from '../../src-main/store/canonical-json';
import { sha256Hex } from '../../src-main/store/crypto';
import { newId } from '../../src-main/store/ids';
import { insertAssessment, insertBreach, insertNotification } from '../../src-main/store/repos/breaches';
import { Vault } from '../../src-main/store/vault';
import { CONTACT_LEAK, HEALTH_DISCLOSURE, MISSENT_STATEMENT, RANSOMWARE_WITH_BACKUP } from '../service/breach-data';
import type { Report } from './run';
import { mb, measure, ms, percentile } from './stats';

const PASS = 'phrase secrète du banc d’essai';
const COUNT = 10_000;
const HOUR = 3_600_000;
const ORG = {
  name: 'Mutuelle du banc d’essai (fictive)',
  siren: '732829320',
  address: { street: '1 rue du Banc', postalCode: '69003', city: 'Lyon', country: 'France' },
  dpoName: 'Claire Martin',
  dpoEmail: 'dpo@banc.example',
  dpoPhone: '',
  alsaceMoselle: false,
};

function step(record: BreachRecord, action: BreachAction): BreachRecord {
  const r = applyBreachAction(record, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Writes `COUNT` breaches over 2026, a quarter each dismissed, documented only, notified, open. */
function seed(vault: Vault): void {
  const start = Date.UTC(2026, 0, 1);
  const patch = BreachUpdateInput.parse({ id: 'x', ...MISSENT_STATEMENT });
  vault.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const discovered = start + Math.floor((i / COUNT) * 360 * 24) * HOUR;
      const at = (h: number) => new Date(discovered + h * HOUR).toISOString();
      const base = initialFacts({ title: `Incident n° ${i + 1} — relevé mal adressé`, description: '', discoveredAt: at(0), natures: [], discoverySource: null, discoveredBy: '' });
      const facts = normaliseFacts(BreachFacts.parse(mergeFacts(base, { ...patch, timeline: { ...patch.timeline, occurredFrom: at(-24) } })));
      let wf = step(newBreachRecord(at(0)), { type: 'start_assessment', at: at(0.5) });
      const kind = i % 4;
      let assessment: { recommendation: Recommendation; severity: SeverityBand; answers: unknown; result: unknown } | null = null;
      if (kind === 0) wf = step(wf, { type: 'dismiss', at: at(2), reason: 'Faux positif : aucune donnée personnelle concernée.' });
      else {
        wf = step(wf, { type: 'confirm', at: at(1), awareAt: at(1) });
        const answers = kind === 1 ? RANSOMWARE_WITH_BACKUP : kind === 2 ? CONTACT_LEAK : HEALTH_DISCLOSURE;
        const result = assessBreachRisk(RiskAnswersSchema.parse(answers));
        assessment = { recommendation: result.recommendation, severity: result.enisa.band, answers, result };
        if (kind === 1) wf = step(step(wf, { type: 'decide', at: at(3), kind: 'document_only', recommendation: 'none' }), { type: 'close', at: at(4) });
        if (kind === 2) wf = step(step(wf, { type: 'decide', at: at(3), kind: 'notify_authority', recommendation: 'risk' }), { type: 'notify', at: at(30), kind: 'initial', reference: `CNIL-${i}` });
      }
      const nowIso = at(48);
      const row = deriveRow(
        { id: newId(discovered), reference: `VIO-2026-${String(i + 1).padStart(5, '0')}`, refYear: 2026, refSeq: i + 1, reportedAt: wf.reportedAt, createdAt: at(0), createdBy: 'claire' },
        facts,
        wf,
        assessment,
        nowIso,
      );
      insertBreach(vault.db, row);
      if (assessment) {
        insertAssessment(vault.db, {
          id: newId(discovered),
          breachId: row.id,
          assessedAt: at(2),
          assessedBy: 'karim',
          recommendation: assessment.recommendation,
          severity: assessment.severity,
          answers: JSON.stringify(assessment.answers),
          result: JSON.stringify(assessment.result),
        });
      }
      const initial = wf.notifications[0];
      if (initial) {
        const snapshot = canonicalJson({ bench: true, reference: row.reference, facts });
        insertNotification(vault.db, {
          id: newId(discovered),
          breachId: row.id,
          sequence: 1,
          kind: 'initial',
          notifiedAt: initial.at,
          reference: initial.reference,
          delayReasons: null,
          late: false,
          snapshot,
          snapshotSha256: sha256Hex(snapshot),
          recordedAt: initial.at,
          recordedBy: 'claire',
        });
      }
    }
  });
}

/** A vault in `dir` holding `COUNT` breaches; returns a service unlocked on it (DPO), and the seeding time. */
export async function seededService(dir: string): Promise<{ service: Service; seedMs: number }> {
  const creator = createService({ vaultDir: dir });
  const created = await creator.call('vault.create', { organisation: ORG, user: { username: 'claire', displayName: 'Claire Martin' }, passphrase: PASS });
  if (!created.ok) throw new Error(created.error.message);
  creator.close();

  const opened = await Vault.open(dir, 'claire', PASS);
  const t0 = performance.now();
  seed(opened.vault);
  const seedMs = performance.now() - t0;
  opened.vault.close();

  const service = createService({ vaultDir: dir, now: () => new Date('2027-01-15T10:00:00Z') });
  const unlocked = await service.call('session.unlock', { username: 'claire', passphrase: PASS });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return { service, seedMs };
}

export async function run(report: Report): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dpo-bench-breaches-'));
  try {
    const { service, seedMs } = await seededService(join(root, 'vault'));
    report(`amorçage : ${COUNT} violations écrites par le dépôt (une transaction)`, ms(seedMs));

    for (const format of ['xlsx', 'pdf'] as const) {
      const out = join(root, `registre.${format}`);
      const m = await measure(async () => {
        const r = await service.call('breach.register', { from: '2026-01-01', to: '2026-12-31', format });
        if (!r.ok) throw new Error(r.error.message);
        const file = r.value as FileOutput;
        const bytes = Buffer.from(file.base64, 'base64');
        await writeFileAtomic(out, bytes);
        return bytes.length;
      });
      report(`registre ${format.toUpperCase()}, ${COUNT} violations : durée (service + écriture)`, ms(m.ms));
      report(`registre ${format.toUpperCase()} : taille du fichier`, mb(m.value));
      report(`registre ${format.toUpperCase()} : pic de mémoire (RSS du processus)`, mb(m.peakRss));
    }

    const pages: number[] = [];
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      const r = await service.call('breach.list', { filter: i % 2 === 0 ? 'open' : 'all', sort: i % 3 === 0 ? 'severity' : 'dueAt', offset: (i * 97) % 5000, limit: 50 });
      if (!r.ok) throw new Error(r.error.message);
      pages.push(performance.now() - s);
    }
    report(`breach.list, page de 50 sur ${COUNT}, p95 sur 50`, ms(percentile(pages, 95)));
    service.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
