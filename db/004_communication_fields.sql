-- Schema version 4 (#19): what a real "mededeling aan de Vlaamse Regering" needs, and whether a
-- stance was stated by the advisor or inferred by the officer.
--
-- The dossier's ``reference`` stays the reference of the consulted document (the green paper's
-- VR number); the communication has its own VR number, which the secretariat assigns late and
-- may therefore be empty (``check`` warns about it).
ALTER TABLE dossier ADD COLUMN minister_title TEXT NOT NULL DEFAULT '';   -- "DE VLAAMSE MINISTER VAN ..."
ALTER TABLE dossier ADD COLUMN minister_name TEXT NOT NULL DEFAULT '';    -- "Jo BROUNS"
ALTER TABLE dossier ADD COLUMN vr_number TEXT NOT NULL DEFAULT '';        -- the communication's own
ALTER TABLE dossier ADD COLUMN communication_date TEXT;                   -- ISO date, NULL: not set

-- 1: the advisor states the stance on this option; 0: the officer inferred it from the advice.
-- Existing stances become explicit (that is how every deliverable presented them so far), except
-- those whose note already says they were inferred: officers wrote "Impliciet: ..." for those.
ALTER TABLE stance ADD COLUMN explicit INTEGER NOT NULL DEFAULT 1 CHECK (explicit IN (0, 1));
UPDATE stance SET explicit = 0
 WHERE lower(ltrim(note)) LIKE 'impliciet%' OR lower(ltrim(note)) LIKE 'afgeleid%';
