import { ACTION_STATUSES, AUDIT_ITEM_STATUSES, CONTROL_FREQUENCIES, FINDING_SEVERITIES } from '../../core/audit-plan';
import { ACTION_PRIORITIES, CHECK_RESULTS, EVIDENCE_KINDS, EVIDENCE_MAX_BYTES } from '../../shared/schemas/control';
import type { Migration } from './types';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Contrôle (issue 7): the multi-year audit plan, permanent controls and their executions, findings,
 * actions with their evidence, and per-user reminder dismissals. GDPR Art. 5(2), 24(1), 39(1)(b).
 *
 * Action sources are typed columns (finding, breach, processor + alert key); breaches and processors
 * belong to other modules, so those ids carry no foreign key. Evidence is a BLOB in the encrypted
 * database itself (never a side file in clear). Everything a list filters or sorts on is indexed.
 */
export const migration005: Migration = {
  version: 5,
  name: 'control',
  up(db) {
    db.exec(`
      CREATE TABLE audit_plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        start_year INTEGER NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
        years INTEGER NOT NULL CHECK (years BETWEEN 3 AND 5),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_plans_start ON audit_plans(start_year);

      CREATE TABLE audit_items (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES audit_plans(id),
        title TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('processing', 'processor', 'organisation')),
        target_id TEXT,
        target_control TEXT,
        year INTEGER NOT NULL,
        quarter INTEGER CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
        auditor TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN (${list(AUDIT_ITEM_STATUSES)})),
        completed_on TEXT,
        conclusion TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((target_kind = 'organisation' AND target_control IS NOT NULL AND target_id IS NULL)
            OR (target_kind <> 'organisation' AND target_id IS NOT NULL AND target_control IS NULL))
      ) STRICT;
      CREATE INDEX audit_items_plan ON audit_items(plan_id, year, quarter);
      CREATE INDEX audit_items_target ON audit_items(target_kind, target_id);
      CREATE INDEX audit_items_year_status ON audit_items(year, status);

      CREATE TABLE control_checks (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        frequency TEXT NOT NULL CHECK (frequency IN (${list(CONTROL_FREQUENCIES)})),
        owner TEXT NOT NULL,
        checklist TEXT NOT NULL CHECK (json_valid(checklist)),
        last_done TEXT,
        last_result TEXT CHECK (last_result IS NULL OR last_result IN (${list(CHECK_RESULTS)})),
        -- last_done + frequency (core/audit-plan nextDue), stored so « overdue » is an index range.
        next_due TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX control_checks_due ON control_checks(active, next_due);
      CREATE INDEX control_checks_title ON control_checks(title);

      CREATE TABLE control_executions (
        id TEXT PRIMARY KEY,
        check_id TEXT NOT NULL REFERENCES control_checks(id),
        performed_on TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN (${list(CHECK_RESULTS)})),
        comment TEXT NOT NULL DEFAULT '',
        performed_by TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX control_executions_check ON control_executions(check_id, performed_on);

      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        ref_year INTEGER NOT NULL,
        ref_seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL CHECK (severity IN (${list(FINDING_SEVERITIES)})),
        observed_on TEXT NOT NULL,
        source_type TEXT NOT NULL CHECK (source_type IN ('audit', 'check')),
        audit_item_id TEXT REFERENCES audit_items(id),
        execution_id TEXT REFERENCES control_executions(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq),
        CHECK ((source_type = 'audit' AND audit_item_id IS NOT NULL AND execution_id IS NULL)
            OR (source_type = 'check' AND execution_id IS NOT NULL AND audit_item_id IS NULL))
      ) STRICT;
      CREATE INDEX findings_severity ON findings(severity, observed_on);
      CREATE INDEX findings_observed ON findings(observed_on);
      CREATE INDEX findings_item ON findings(audit_item_id);
      CREATE INDEX findings_execution ON findings(execution_id);

      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        ref_year INTEGER NOT NULL,
        ref_seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL,
        due_date TEXT,
        priority TEXT NOT NULL CHECK (priority IN (${list(ACTION_PRIORITIES)})),
        -- 0 urgent … 3 low: sorting by priority is an index scan.
        priority_rank INTEGER NOT NULL CHECK (priority_rank BETWEEN 0 AND 3),
        status TEXT NOT NULL CHECK (status IN (${list(ACTION_STATUSES)})),
        source_type TEXT NOT NULL CHECK (source_type IN ('finding', 'breach', 'processor')),
        finding_id TEXT REFERENCES findings(id),
        breach_id TEXT,
        processor_id TEXT,
        processor_alert TEXT,
        completed_on TEXT,
        search_text TEXT NOT NULL,
        history TEXT NOT NULL CHECK (json_valid(history)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq),
        CHECK ((source_type = 'finding' AND finding_id IS NOT NULL AND breach_id IS NULL AND processor_id IS NULL AND processor_alert IS NULL)
            OR (source_type = 'breach' AND breach_id IS NOT NULL AND finding_id IS NULL AND processor_id IS NULL AND processor_alert IS NULL)
            OR (source_type = 'processor' AND processor_id IS NOT NULL AND processor_alert IS NOT NULL AND finding_id IS NULL AND breach_id IS NULL))
      ) STRICT;
      CREATE INDEX actions_status_due ON actions(status, due_date);
      CREATE INDEX actions_due ON actions(due_date);
      CREATE INDEX actions_priority ON actions(priority_rank, due_date);
      CREATE INDEX actions_source_status ON actions(source_type, status, due_date);
      CREATE INDEX actions_finding ON actions(finding_id);
      CREATE INDEX actions_breach ON actions(breach_id);
      CREATE INDEX actions_processor ON actions(processor_id, processor_alert);
      CREATE INDEX actions_updated ON actions(updated_at);

      CREATE TABLE action_evidence (
        id TEXT PRIMARY KEY,
        action_id TEXT NOT NULL REFERENCES actions(id),
        filename TEXT NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN (${list(EVIDENCE_KINDS)})),
        size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND ${EVIDENCE_MAX_BYTES}),
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL CHECK (length(content) = size_bytes),
        uploaded_at TEXT NOT NULL,
        uploaded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_evidence_action ON action_evidence(action_id, uploaded_at);

      -- A reminder fires once per user: the keys (core/reminders.ts) each user has dismissed.
      CREATE TABLE reminder_dismissals (
        user_id TEXT NOT NULL REFERENCES users(id),
        key TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
