-- Schema version 8 (#16): each option's sum of the vectors of the paragraphs a full scan found
-- for it directly (by a mention or a section), kept so that the first scan of a session does
-- not make those vectors again (the rest of its profile, the officer's examples, is made anew).
-- A pure cache like suggest_reading: machine-made, never on the undo log, used only when its
-- seal (a keyed digest, with a secret of the installation that wrote it) matches and its
-- identity is the one of the word weights, of how paragraphs are read and of the found
-- paragraphs' texts as they are now; read back as untrusted input (validated, and recomputed
-- when anything is off).
CREATE TABLE suggest_found (
    option_id INTEGER PRIMARY KEY REFERENCES option (id) ON DELETE CASCADE,
    identity  BLOB NOT NULL,     -- digest of the idf basis and of the found paragraphs' texts
    terms     BLOB NOT NULL,     -- the sum's stems, UTF-8, one per line, in the sum's order
    weights   BLOB NOT NULL,     -- their weights, 64-bit IEEE floats, little-endian
    seal      BLOB NOT NULL
);

-- The officer's example most like each paragraph a full scan compared by likeness (for the
-- reason "lijkt op citaat 12"), per option and kind (quoted or accepted / rejected): kept so
-- that the first scan of a session compares the paragraphs only with the examples that
-- changed. Used when its identity (the idf basis and the examples' texts and labels) is the
-- one of the examples now; each answer is found by a digest of its paragraph's text.
CREATE TABLE suggest_nearest (
    option_id INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    positive  INTEGER NOT NULL,  -- 1: quoted and accepted examples, 0: rejected ones
    identity  BLOB NOT NULL,     -- digest of the idf basis and of the examples, in order
    texts     BLOB NOT NULL,     -- per answer: a 16-byte digest of the paragraph's text
    sims      BLOB NOT NULL,     -- per answer: its cosine, a 64-bit IEEE float, little-endian
    labels    BLOB NOT NULL,     -- per answer: the example's place, unsigned 16-bit little-endian
    seal      BLOB NOT NULL,
    PRIMARY KEY (option_id, positive)
);
