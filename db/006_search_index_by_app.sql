-- Schema version 6: the full-text index is kept in step with `block` by the app, not by
-- triggers in the file. Connections run with PRAGMA trusted_schema = OFF (a dossier from someone
-- else is untrusted input), and SQLite then refuses writes into a virtual table from any trigger.
-- The app notes changes to `block` with TEMP triggers and applies them to the index before each
-- commit (workbench/store/search_index.py).
DROP TRIGGER IF EXISTS block_fts_ai;
DROP TRIGGER IF EXISTS block_fts_ad;
DROP TRIGGER IF EXISTS block_fts_au;
