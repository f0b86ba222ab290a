import { BREACH_DECISIONS, BREACH_STATUSES } from '../../core/breach-workflow';
import { RECOMMENDATIONS, SEVERITY_BANDS } from '../../core/breach-risk';
import type { Migration } from './types';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Personal-data breaches (GDPR Art. 33, 34) and their register (Art. 33(5)).
 *
 * `breaches` keeps in columns what lists filter and sort on — status, discovery, the Art. 33(1) due
 * instant and whether the clock applies, the first notification, the latest severity — and two JSON
 * documents validated by zod on the way in: `facts` (the notification form's content) and `workflow`
 * (core/breach-workflow `BreachRecord`). Assessments are kept, never replaced. Notifications and
 * communications to the people are append-only (triggers): a notification's frozen copy and its
 * SHA-256 are what was sent, and must stay so.
 */
export const migration004: Migration = {
  version: 4,
  name: 'breaches',
  up(db) {
    db.exec(`
      CREATE TABLE breaches (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        ref_year INTEGER NOT NULL,
        ref_seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN (${list(BREACH_STATUSES)})),
        reported_at TEXT NOT NULL,
        discovered_at TEXT NOT NULL,
        aware_at TEXT,
        -- Art. 33(1): aware_at + 72 elapsed hours (UTC ISO, same format as every instant here).
        due_at TEXT,
        -- 1 while the 72 h clock matters: awareness set, not dismissed, decision not "document only".
        clock_applies INTEGER NOT NULL CHECK (clock_applies IN (0, 1)),
        notified_at TEXT,
        notification_count INTEGER NOT NULL DEFAULT 0,
        decision TEXT CHECK (decision IS NULL OR decision IN (${list(BREACH_DECISIONS)})),
        recommendation TEXT CHECK (recommendation IS NULL OR recommendation IN (${list(RECOMMENDATIONS)})),
        severity TEXT CHECK (severity IS NULL OR severity IN (${list(SEVERITY_BANDS)})),
        severity_rank INTEGER,
        subjects_informed_at TEXT,
        closed_at TEXT,
        natures TEXT NOT NULL CHECK (json_valid(natures)),
        special_categories INTEGER NOT NULL CHECK (special_categories IN (0, 1)),
        subject_count INTEGER,
        search_text TEXT NOT NULL,
        facts TEXT NOT NULL CHECK (json_valid(facts)),
        workflow TEXT NOT NULL CHECK (json_valid(workflow)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq)
      ) STRICT;

      CREATE INDEX breaches_discovered ON breaches(discovered_at);
      CREATE INDEX breaches_due ON breaches(due_at);
      CREATE INDEX breaches_status_due ON breaches(status, due_at);
      CREATE INDEX breaches_clock ON breaches(clock_applies, notified_at, due_at);
      CREATE INDEX breaches_severity ON breaches(severity_rank);
      CREATE INDEX breaches_updated ON breaches(updated_at);

      CREATE TABLE breach_assessments (
        id TEXT PRIMARY KEY,
        breach_id TEXT NOT NULL REFERENCES breaches(id),
        assessed_at TEXT NOT NULL,
        assessed_by TEXT NOT NULL,
        recommendation TEXT NOT NULL CHECK (recommendation IN (${list(RECOMMENDATIONS)})),
        severity TEXT NOT NULL CHECK (severity IN (${list(SEVERITY_BANDS)})),
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        result TEXT NOT NULL CHECK (json_valid(result))
      ) STRICT;
      CREATE INDEX breach_assessments_breach ON breach_assessments(breach_id, assessed_at);

      CREATE TABLE breach_notifications (
        id TEXT PRIMARY KEY,
        breach_id TEXT NOT NULL REFERENCES breaches(id),
        sequence INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('initial', 'complementary')),
        notified_at TEXT NOT NULL,
        reference TEXT,
        delay_reasons TEXT,
        late INTEGER NOT NULL CHECK (late IN (0, 1)),
        -- Canonical JSON of what was sent, and its SHA-256.
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        snapshot_sha256 TEXT NOT NULL CHECK (length(snapshot_sha256) = 64),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE (breach_id, sequence)
      ) STRICT;
      CREATE TRIGGER breach_notifications_no_update BEFORE UPDATE ON breach_notifications
        BEGIN SELECT RAISE(ABORT, 'breach_notifications is append-only'); END;
      CREATE TRIGGER breach_notifications_no_delete BEFORE DELETE ON breach_notifications
        BEGIN SELECT RAISE(ABORT, 'breach_notifications is append-only'); END;

      CREATE TABLE breach_communications (
        id TEXT PRIMARY KEY,
        breach_id TEXT NOT NULL REFERENCES breaches(id),
        communicated_at TEXT NOT NULL,
        channel TEXT NOT NULL,
        number_informed INTEGER,
        all_informed INTEGER NOT NULL CHECK (all_informed IN (0, 1)),
        not_all_reason TEXT NOT NULL,
        content TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX breach_communications_breach ON breach_communications(breach_id, communicated_at);
      CREATE TRIGGER breach_communications_no_update BEFORE UPDATE ON breach_communications
        BEGIN SELECT RAISE(ABORT, 'breach_communications is append-only'); END;
      CREATE TRIGGER breach_communications_no_delete BEFORE DELETE ON breach_communications
        BEGIN SELECT RAISE(ABORT, 'breach_communications is append-only'); END;
    `);
  },
};
