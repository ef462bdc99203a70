-- Schema version 2: remember which sources were scanned for which option's match patterns,
-- so refreshing suggestions only reads sources that are new, replaced, or whose option's
-- patterns changed (a dossier of 2,000 sources was rescanned on every opening).
CREATE TABLE suggestion_scan (
    option_id INTEGER NOT NULL REFERENCES option (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    patterns  TEXT NOT NULL,     -- the option's patterns (JSON) at the time of the scan
    text_hash TEXT NOT NULL,     -- the source text version scanned
    PRIMARY KEY (option_id, source_id)
);
CREATE INDEX suggestion_scan_source ON suggestion_scan (source_id);
