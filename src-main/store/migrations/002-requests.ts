import { DEADLINE_PROFILES } from '../../core/request-deadline';
import { REQUEST_OUTCOMES, REQUEST_STATES, REQUEST_TYPES } from '../../core/request-workflow';
import type { Migration } from './types';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Data-subject rights requests (GDPR Art. 12, 15-22; loi 78-17 art. 85).
 *
 * Everything a list filters or sorts on is a column with an index; the computed due dates are stored
 * (strict, extended, in force) and recomputed by the service on every change that affects them, so
 * "due within 7 days" and "overdue" are index range queries. The rest of the file (people, proofs,
 * clarifications, recipients, history) is one JSON document validated by zod on the way in, kept in
 * its own table so that list scans and counts read narrow rows (100 000 requests fit the page cache).
 */
export const migration002: Migration = {
  version: 2,
  name: 'requests',
  up(db) {
    db.exec(`
      CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        -- DEM-<ref_year>-<ref_seq>: unique through (ref_year, ref_seq).
        reference TEXT NOT NULL,
        ref_year INTEGER NOT NULL,
        ref_seq INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN (${list(REQUEST_TYPES)})),
        state TEXT NOT NULL CHECK (state IN (${list(REQUEST_STATES)})),
        -- 1 while an answer is awaited (received … extended); 0 once answered, refused or closed.
        pending INTEGER NOT NULL CHECK (pending IN (0, 1)),
        profile TEXT NOT NULL CHECK (profile IN (${list(DEADLINE_PROFILES)})),
        channel TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_date TEXT NOT NULL,
        -- Art. 12(3): strict one-month date (never paused), extended date once an extension is recorded.
        due_date TEXT NOT NULL,
        extended_due_date TEXT,
        effective_due_date TEXT NOT NULL,
        identity_requested_at TEXT,
        identity_received_at TEXT,
        clarification_requested_at TEXT,
        clarification_received_at TEXT,
        extended_at TEXT,
        answered_at TEXT,
        answered_date TEXT,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN (${list(REQUEST_OUTCOMES)})),
        late_days INTEGER,
        closed_at TEXT,
        applicant_name TEXT NOT NULL,
        -- Lower case without accents: sorting and searching ignore both.
        applicant_key TEXT NOT NULL,
        subject_name TEXT,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq)
      ) STRICT;

      CREATE TABLE request_details (
        request_id TEXT PRIMARY KEY REFERENCES requests(id),
        details TEXT NOT NULL CHECK (json_valid(details))
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX requests_received ON requests(received_at);
      CREATE INDEX requests_due ON requests(effective_due_date);
      CREATE INDEX requests_pending_due ON requests(pending, effective_due_date);
      -- Counts of the list (pending + types) read this index only.
      CREATE INDEX requests_pending_type ON requests(pending, type);
      CREATE INDEX requests_state_due ON requests(state, effective_due_date);
      CREATE INDEX requests_type_due ON requests(type, effective_due_date);
      CREATE INDEX requests_applicant ON requests(applicant_key);
      CREATE INDEX requests_updated ON requests(updated_at);
    `);
  },
};
