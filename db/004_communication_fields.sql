-- Reserved for issue #19 (the mededeling's formal fields, explicit/inferred stances); filled in by that work.
-- An empty migration only bumps user_version.
SELECT 1;
