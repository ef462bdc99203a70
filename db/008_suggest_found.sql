-- Schema version 8 (#16): each option's sum of the vectors of the paragraphs a full scan found
-- for it directly (by a mention or a section), kept so that the first scan of a session does
-- not make those vectors again (the rest of its profile, the officer's examples, is made anew).
-- A pure cache like suggest_reading: machine-made, never on the undo log, used only when its
-- seal (a keyed digest, with a secret of the installation that wrote it) matches and its
-- identity is the one of the word weights and of the found paragraphs' readings as they are
-- now; read back as untrusted input (validated, and recomputed when anything is off).
CREATE TABLE suggest_found (
    option_id INTEGER PRIMARY KEY REFERENCES option (id) ON DELETE CASCADE,
    identity  BLOB NOT NULL,     -- digest of the idf basis and of the found paragraphs' readings
    terms     BLOB NOT NULL,     -- the sum's stems, UTF-8, one per line, in the sum's order
    weights   BLOB NOT NULL,     -- their weights, 64-bit IEEE floats, little-endian
    seal      BLOB NOT NULL
);
