import type { Migration } from './types';

/**
 * Links from breaches and requests to the register of processing activities and to processors (issue 6).
 *
 * Breaches and requests are never deleted (the Art. 33(5) register and the proof of Art. 12(3)
 * answers stay complete): ON DELETE CASCADE from their side only keeps the schema honest. From the
 * processing / processor side the link is RESTRICT: a processing still named by a breach or a
 * request cannot disappear from under it — the service refuses first with a French sentence, the
 * foreign key is the last line of defence. Each second column has its index, for the fiche of a
 * processing or processor (« violations liées ») and for the list filters.
 */
export const migration006: Migration = {
  version: 6,
  name: 'links',
  up(db) {
    db.exec(`
      -- Art. 33(3)(a): the processings whose data and people a breach concerns.
      CREATE TABLE breach_processings (
        breach_id TEXT NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
        processing_id TEXT NOT NULL REFERENCES processings(id) ON DELETE RESTRICT,
        PRIMARY KEY (breach_id, processing_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX breach_processings_processing ON breach_processings(processing_id, breach_id);

      -- Art. 33(2): the processors involved in a breach.
      CREATE TABLE breach_processors (
        breach_id TEXT NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
        processor_id TEXT NOT NULL REFERENCES processors(id) ON DELETE RESTRICT,
        PRIMARY KEY (breach_id, processor_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX breach_processors_processor ON breach_processors(processor_id, breach_id);

      -- Art. 15(1)(a)-(c): the processings a rights request concerns.
      CREATE TABLE request_processings (
        request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        processing_id TEXT NOT NULL REFERENCES processings(id) ON DELETE RESTRICT,
        PRIMARY KEY (request_id, processing_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX request_processings_processing ON request_processings(processing_id, request_id);
    `);
  },
};
