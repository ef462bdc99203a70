-- Schema version 9 (#16): the paragraphs' readings kept per source, one sealed row per source
-- instead of one per paragraph (suggest_reading, migration 007). Checking 120,000 rows one by
-- one (fetching, type checks, a keyed digest each) was ~1.5 s of a cold rescan at 2,000
-- sources; one row per source is checked with one keyed digest. A pure cache like the tables
-- it replaces: machine-made, never on the undo log, used only when its seal (a keyed digest,
-- with a secret of the installation that wrote it) matches, and each paragraph's reading only
-- when the digest of its text kept with it is the one of the paragraph's text as it is now;
-- read back as untrusted input (validated, and recomputed when anything is off).
--
-- The readings kept per paragraph are not converted: a dossier at schema 8 reads its
-- paragraphs once more on its first full scan and keeps them in the new form then. The table
-- of stems (suggest_stem) stays as it is: the new rows number their stems against it.
DROP TABLE suggest_reading;

CREATE TABLE suggest_source_readings (
    source_id INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    blocks    BLOB NOT NULL,     -- its paragraphs' block ids, signed 64-bit little-endian
    seal      BLOB NOT NULL,     -- keyed digest of the source id, blocks and readings
    readings  BLOB NOT NULL      -- per paragraph, in the order of blocks: its text's digest,
                                 -- its stems' numbers and counts, packed little-endian, and
                                 -- the few anaphors and named options as JSON (the layout:
                                 -- workbench/suggest_stored.py)
);
