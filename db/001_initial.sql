-- Schema version 1: the whole dossier model.
-- Every record carries a stable UUID (for merging dossiers later) and a short human key or number.

CREATE TABLE dossier (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    app_version TEXT NOT NULL DEFAULT ''
);

CREATE TABLE question (
    id       INTEGER PRIMARY KEY,
    uuid     TEXT NOT NULL UNIQUE,
    key      TEXT NOT NULL UNIQUE,
    text     TEXT NOT NULL,
    seq      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE advisor (
    id          INTEGER PRIMARY KEY,
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

CREATE TABLE option (
    id           INTEGER PRIMARY KEY,
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
CREATE INDEX option_question ON option (question_id, seq);

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
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
CREATE INDEX source_advisor ON source (advisor_id);

-- Original bytes and full normalised text kept apart from the hot source rows.
CREATE TABLE source_file (
    source_id INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    data      BLOB NOT NULL
);
CREATE TABLE source_text (
    source_id INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    text      TEXT NOT NULL
);

CREATE TABLE block (
    id           INTEGER PRIMARY KEY,
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
CREATE INDEX block_source ON block (source_id, seq);

CREATE TABLE page_span (
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    page      INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    PRIMARY KEY (source_id, page)
);

CREATE VIRTUAL TABLE block_fts USING fts5(
    text, content='block', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
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

CREATE TABLE quote (
    id           INTEGER PRIMARY KEY,
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
CREATE INDEX quote_source ON quote (source_id, start);

CREATE TABLE argument (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    number     INTEGER NOT NULL UNIQUE,
    option_id  INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    position   TEXT NOT NULL CHECK (position IN ('pro', 'con', 'condition')),
    text       TEXT NOT NULL,
    seq        INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX argument_option ON argument (option_id, position, seq);

CREATE TABLE argument_quote (
    argument_id INTEGER NOT NULL REFERENCES argument (id) ON DELETE CASCADE,
    quote_id    INTEGER NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (argument_id, quote_id)
);
CREATE INDEX argument_quote_quote ON argument_quote (quote_id);

CREATE TABLE stance (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    advisor_id INTEGER NOT NULL REFERENCES advisor (id) ON DELETE CASCADE,
    option_id  INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    stance     TEXT NOT NULL
               CHECK (stance IN ('preferred', 'supports', 'conditional', 'neutral',
                                 'opposes', 'not-addressed')),
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (advisor_id, option_id)
);

CREATE TABLE stance_quote (
    stance_id INTEGER NOT NULL REFERENCES stance (id) ON DELETE CASCADE,
    quote_id  INTEGER NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    PRIMARY KEY (stance_id, quote_id)
);
CREATE INDEX stance_quote_quote ON stance_quote (quote_id);

CREATE TABLE suggestion (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    option_id INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    block_id  INTEGER NOT NULL REFERENCES block (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    pattern   TEXT NOT NULL,
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
    UNIQUE (option_id, block_id)
);

-- The communication ("mededeling"): ordered sections of Markdown with live references.
CREATE TABLE section (
    id    INTEGER PRIMARY KEY,
    uuid  TEXT NOT NULL UNIQUE,
    seq   INTEGER NOT NULL,
    title TEXT NOT NULL,
    body  TEXT NOT NULL DEFAULT ''
);

-- Append-only: never updated, never deleted, not covered by undo.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    operation   TEXT NOT NULL,
    record_kind TEXT NOT NULL DEFAULT '',
    record_key  TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
