-- Schema version 5 (#16): paragraph numbers, ranked suggestions with a reason, and the
-- officer's verdicts on suggestions, kept apart from the suggestions themselves so that they
-- survive a rescan and a re-import of the source.

-- The ordinal of a block among its source's non-heading blocks, 1-based ("alinea 12"), so any
-- quote can be cited without pages or headings. NULL for headings.
ALTER TABLE block ADD COLUMN paragraph INTEGER;
UPDATE block SET paragraph = (
    SELECT count(*) FROM block AS earlier
    WHERE earlier.source_id = block.source_id AND earlier.kind != 'heading'
      AND earlier.seq <= block.seq)
WHERE kind != 'heading';

-- A suggestion is a whole paragraph; its score ranks it, its reason says why in plain Dutch.
ALTER TABLE suggestion ADD COLUMN score REAL NOT NULL DEFAULT 0;
ALTER TABLE suggestion ADD COLUMN reason TEXT NOT NULL DEFAULT '';
-- Set when the officer moved the passage here from another option: a rescan keeps it.
ALTER TABLE suggestion ADD COLUMN moved_from INTEGER REFERENCES option (id) ON DELETE SET NULL;

-- What the officer said about a passage for an option. The passage is identified by its
-- source and a hash of its words (block ids change when a source is re-imported), and its
-- text is kept as an example the ranking learns from.
CREATE TABLE suggestion_feedback (
    id          INTEGER PRIMARY KEY,
    option_id   INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    passage_key TEXT NOT NULL,
    verdict     TEXT NOT NULL
                CHECK (verdict IN ('accepted', 'rejected', 'moved', 'not_relevant')),
    text        TEXT NOT NULL,
    UNIQUE (option_id, source_id, passage_key)
);
CREATE INDEX suggestion_feedback_source ON suggestion_feedback (source_id);
