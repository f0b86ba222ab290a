import { DPIA_OUTCOMES, DPIA_STATUSES, PROCESSING_STATUSES } from '../../shared/schemas/processing';
import { PROCESSING_ROLES } from '../../core/ropa-vocabulary';
import type { Migration } from './types';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Processors and their contracts (GDPR Art. 28), the register of processing activities (Art. 30)
 * and the DPIA screenings (Art. 35).
 *
 * Columns hold what lists filter and sort on (with an index each); the rest of a processor or of a
 * fiche is one JSON document validated by zod on the way in. Contract documents are BLOBs in their
 * own table, so that listing contracts never reads them. Alerts, completeness and transfers depend
 * on today's date and on linked records: they are computed when read, never stored.
 */
export const migration003: Migration = {
  version: 3,
  name: 'processors-ropa',
  up(db) {
    db.exec(`
      CREATE TABLE processors (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        ref_year INTEGER NOT NULL,
        ref_seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        -- Lower case without accents: sorting, searching and import matching ignore both.
        name_key TEXT NOT NULL,
        country TEXT NOT NULL,
        hosts_health_data INTEGER NOT NULL CHECK (hosts_health_data IN (0, 1)),
        search_text TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq)
      ) STRICT;
      CREATE INDEX processors_name ON processors(name_key);
      CREATE INDEX processors_country ON processors(country);
      CREATE INDEX processors_updated ON processors(updated_at);

      CREATE TABLE processor_contracts (
        id TEXT PRIMARY KEY,
        processor_id TEXT NOT NULL REFERENCES processors(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        signed_on TEXT,
        review_date TEXT,
        record TEXT NOT NULL CHECK (json_valid(record)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX processor_contracts_processor ON processor_contracts(processor_id, created_at);
      CREATE INDEX processor_contracts_review ON processor_contracts(review_date);

      -- The signed contract itself (PDF or DOCX, 20 MB at most), encrypted with the rest of the vault.
      CREATE TABLE contract_documents (
        contract_id TEXT PRIMARY KEY REFERENCES processor_contracts(id) ON DELETE CASCADE,
        filename TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        uploaded_by TEXT NOT NULL,
        content BLOB NOT NULL
      ) STRICT;

      CREATE TABLE processings (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL,
        reference_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN (${list(PROCESSING_ROLES.map((r) => r.id))})),
        status TEXT NOT NULL CHECK (status IN (${list(PROCESSING_STATUSES)})),
        review_date TEXT,
        -- Outcome of the latest DPIA screening (NULL = never screened) and the DPIA follow-up status.
        dpia_outcome TEXT CHECK (dpia_outcome IS NULL OR dpia_outcome IN (${list(DPIA_OUTCOMES)})),
        dpia_status TEXT NOT NULL CHECK (dpia_status IN (${list(DPIA_STATUSES)})),
        created_on TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        dpia TEXT NOT NULL CHECK (json_valid(dpia)),
        validated_at TEXT,
        validated_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX processings_name ON processings(name_key);
      CREATE INDEX processings_role ON processings(role, reference_key);
      CREATE INDEX processings_status ON processings(status, reference_key);
      CREATE INDEX processings_review ON processings(review_date);
      CREATE INDEX processings_dpia ON processings(dpia_outcome, dpia_status);
      CREATE INDEX processings_updated ON processings(updated_at);

      -- Art. 30(1)(e): a processing's transfers are derived from the processors linked here.
      CREATE TABLE processing_processors (
        processing_id TEXT NOT NULL REFERENCES processings(id) ON DELETE CASCADE,
        processor_id TEXT NOT NULL REFERENCES processors(id) ON DELETE RESTRICT,
        PRIMARY KEY (processing_id, processor_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX processing_processors_processor ON processing_processors(processor_id, processing_id);

      -- Art. 35: every screening is kept, dated, with its answers and reasons (re-screening adds a row).
      CREATE TABLE dpia_screenings (
        id TEXT PRIMARY KEY,
        processing_id TEXT NOT NULL REFERENCES processings(id) ON DELETE CASCADE,
        screened_at TEXT NOT NULL,
        screened_by TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN (${list(DPIA_OUTCOMES)})),
        record TEXT NOT NULL CHECK (json_valid(record))
      ) STRICT;
      CREATE INDEX dpia_screenings_processing ON dpia_screenings(processing_id, screened_at);
    `);
  },
};
