-- Search needs trigram matching and accent folding; both ship with PostgreSQL and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- Lower-case and strip Vietnamese diacritics (đ → d included). unaccent() is only STABLE because its
-- dictionary could change; pinning the dictionary makes the fold safe for generated columns and indexes.
CREATE OR REPLACE FUNCTION mv_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;
