-- Reserved for issue #18 (ids never reused, row versions for undo conflict checks); filled in by that work.
-- An empty migration only bumps user_version.
SELECT 1;
