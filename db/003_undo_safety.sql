-- Schema version 3 (#18): record ids are never handed out twice.
--
-- Undo and redo find rows by primary key. Without AUTOINCREMENT SQLite gives a new row the id of
-- the last one deleted (max(id) + 1), so "delete the last source, import another, undo the delete"
-- found the id taken. AUTOINCREMENT cannot be added by ALTER TABLE, so each table is rebuilt the
-- way sqlite.org documents ("Making Other Kinds Of Table Schema Changes"): create the new table,
-- copy every row with its id, drop the old one, rename, recreate its indexes and triggers.
-- sqlite-utils' table.transform() cannot add AUTOINCREMENT (it only keeps an existing one) and
-- drops triggers, so this is written out in SQL. The migration runner turns foreign keys off
-- around a migration (DROP TABLE must not cascade) and checks them before it commits.
--
-- number_counter remembers the highest number handed out per kind (source, quote, argument), so
-- a user-visible number ("quote 12") never comes back for a different record either. It is not
-- covered by undo: undoing "add quote" does not make its number free again.


CREATE TABLE question_v3 (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid     TEXT NOT NULL UNIQUE,
    key      TEXT NOT NULL UNIQUE,
    text     TEXT NOT NULL,
    seq      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO question_v3 SELECT * FROM question;
DROP TABLE question;
ALTER TABLE question_v3 RENAME TO question;

CREATE TABLE advisor_v3 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'other'
                CHECK (kind IN ('council', 'stakeholder', 'cluster', 'other')),
    status      TEXT NOT NULL DEFAULT 'asked'
                CHECK (status IN ('asked', 'received', 'declined')),
    asked_on    TEXT,
    received_on TEXT,
    seq         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO advisor_v3 SELECT * FROM advisor;
DROP TABLE advisor;
ALTER TABLE advisor_v3 RENAME TO advisor;

CREATE TABLE option_v3 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid         TEXT NOT NULL UNIQUE,
    question_id  INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    key          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    proposed_by  INTEGER REFERENCES advisor (id) ON DELETE SET NULL,
    colour       TEXT NOT NULL DEFAULT '',
    patterns     TEXT NOT NULL DEFAULT '[]',   -- JSON list of match patterns for suggestions
    seq          INTEGER NOT NULL DEFAULT 0
);
INSERT INTO option_v3 SELECT * FROM option;
DROP TABLE option;
ALTER TABLE option_v3 RENAME TO option;
CREATE INDEX option_question ON option (question_id, seq);

CREATE TABLE source_v3 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    number      INTEGER NOT NULL UNIQUE,
    advisor_id  INTEGER REFERENCES advisor (id) ON DELETE CASCADE,  -- NULL: background document
    title       TEXT NOT NULL,
    date        TEXT,
    reference   TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    size        INTEGER NOT NULL,
    page_count  INTEGER,
    text_hash   TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    imported_at TEXT NOT NULL
);
INSERT INTO source_v3 SELECT * FROM source;
DROP TABLE source;
ALTER TABLE source_v3 RENAME TO source;
CREATE INDEX source_advisor ON source (advisor_id);

CREATE TABLE block_v3 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id    INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('heading', 'paragraph', 'list_item', 'table_cell',
                                 'footnote', 'endnote')),
    level        INTEGER,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    page         INTEGER,
    heading_path TEXT NOT NULL DEFAULT '[]',     -- JSON list of enclosing heading titles
    ref          TEXT,                           -- footnote/endnote id, or table row/col
    not_relevant INTEGER NOT NULL DEFAULT 0,     -- marked by the officer, counts as processed
    text         TEXT NOT NULL
);
INSERT INTO block_v3 SELECT * FROM block;
DROP TABLE block;
ALTER TABLE block_v3 RENAME TO block;
CREATE INDEX block_source ON block (source_id, seq);
CREATE TRIGGER block_fts_ai AFTER INSERT ON block BEGIN
    INSERT INTO block_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER block_fts_ad AFTER DELETE ON block BEGIN
    INSERT INTO block_fts (block_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER block_fts_au AFTER UPDATE OF text ON block BEGIN
    INSERT INTO block_fts (block_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO block_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE quote_v3 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid         TEXT NOT NULL UNIQUE,
    number       INTEGER NOT NULL UNIQUE,
    source_id    INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    exact        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    page         INTEGER,
    heading_path TEXT NOT NULL DEFAULT '[]',
    text_hash    TEXT NOT NULL,                  -- source text version the quote was made on
    status       TEXT NOT NULL DEFAULT 'ok'
                 CHECK (status IN ('ok', 'moved', 'changed', 'lost')),
    note         TEXT NOT NULL DEFAULT '',
    origin       TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggestion')),
    created_at   TEXT NOT NULL
);
INSERT INTO quote_v3 SELECT * FROM quote;
DROP TABLE quote;
ALTER TABLE quote_v3 RENAME TO quote;
CREATE INDEX quote_source ON quote (source_id, start);

CREATE TABLE argument_v3 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid       TEXT NOT NULL UNIQUE,
    number     INTEGER NOT NULL UNIQUE,
    option_id  INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    position   TEXT NOT NULL CHECK (position IN ('pro', 'con', 'condition')),
    text       TEXT NOT NULL,
    seq        INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
INSERT INTO argument_v3 SELECT * FROM argument;
DROP TABLE argument;
ALTER TABLE argument_v3 RENAME TO argument;
CREATE INDEX argument_option ON argument (option_id, position, seq);

CREATE TABLE stance_v3 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid       TEXT NOT NULL UNIQUE,
    advisor_id INTEGER NOT NULL REFERENCES advisor (id) ON DELETE CASCADE,
    option_id  INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    stance     TEXT NOT NULL
               CHECK (stance IN ('preferred', 'supports', 'conditional', 'neutral',
                                 'opposes', 'not-addressed')),
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (advisor_id, option_id)
);
INSERT INTO stance_v3 SELECT * FROM stance;
DROP TABLE stance;
ALTER TABLE stance_v3 RENAME TO stance;

CREATE TABLE suggestion_v3 (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid      TEXT NOT NULL UNIQUE,
    option_id INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    block_id  INTEGER NOT NULL REFERENCES block (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    pattern   TEXT NOT NULL,
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
    UNIQUE (option_id, block_id)
);
INSERT INTO suggestion_v3 SELECT * FROM suggestion;
DROP TABLE suggestion;
ALTER TABLE suggestion_v3 RENAME TO suggestion;

CREATE TABLE section_v3 (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid  TEXT NOT NULL UNIQUE,
    seq   INTEGER NOT NULL,
    title TEXT NOT NULL,
    body  TEXT NOT NULL DEFAULT ''
);
INSERT INTO section_v3 SELECT * FROM section;
DROP TABLE section;
ALTER TABLE section_v3 RENAME TO section;

-- Numbers are never handed out twice: start each counter at the highest number in use.
CREATE TABLE number_counter (
    kind TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);
INSERT INTO number_counter (kind, last) SELECT 'source', coalesce(max(number), 0) FROM source;
INSERT INTO number_counter (kind, last) SELECT 'quote', coalesce(max(number), 0) FROM quote;
INSERT INTO number_counter (kind, last) SELECT 'argument', coalesce(max(number), 0) FROM argument;
