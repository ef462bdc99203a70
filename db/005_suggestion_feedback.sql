-- Reserved for issue #16 (paragraph numbers, suggestion feedback); filled in by that work.
-- An empty migration only bumps user_version.
SELECT 1;
