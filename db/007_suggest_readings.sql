-- Schema version 7 (#16): what the suggestion scan read in each paragraph, kept with the
-- dossier so that the first scan of a session does not read every paragraph again. A pure
-- cache, machine-made and never on the undo log: a row is used only when its seal matches
-- the paragraph's text as it is now and what the row says (a keyed digest, with a secret of
-- the installation that wrote it), and it is read back as untrusted input (validated, and
-- recomputed when anything is off). Nothing else refers to these tables.

-- The paragraphs' content-word stems, numbered: a reading refers to its stems by number.
CREATE TABLE suggest_stem (
    id   INTEGER PRIMARY KEY,
    stem TEXT NOT NULL
);

CREATE TABLE suggest_reading (
    block_id  INTEGER PRIMARY KEY REFERENCES block (id) ON DELETE CASCADE,
    digest    BLOB NOT NULL,     -- the seal: of the paragraph's text and of this row
    terms     BLOB NOT NULL,     -- its distinct stems' numbers, unsigned 16-bit little-endian
                                 -- (32-bit when a number does not fit)
    counts    BLOB NOT NULL,     -- how often each occurs, one byte each
    anaphor   TEXT,              -- the first "dit scenario", "deze optie" ... in it, if any
    named     TEXT,              -- the options it names (JSON), for the options' names ...
    named_for INTEGER            -- ... as they were then (a digest of their patterns)
);

-- What a full scan's word weights (idf) are computed from: the number of paragraphs and in how
-- many of them each stem occurs ("stem count" lines, UTF-8), sealed like a reading. Used again
-- while the number of paragraphs stays within 5 % of it, so an import does not change every
-- word's weight (and every paragraph's vector and similarity with it).
CREATE TABLE suggest_basis (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    paragraphs INTEGER NOT NULL,
    df         BLOB NOT NULL,
    seal       BLOB NOT NULL
);
