-- On PostgreSQL the API server runs as a member of mayviet_app, a role that owns nothing: it reads and
-- writes rows, but cannot alter, drop, disable triggers on or take over any table or function. Only the
-- role that runs migrations (MIGRATION_DATABASE_URL, or `pnpm db:migrate` with the owner's URL) owns the
-- schema. Operators give the server a login role of its own, once per cluster:
--   CREATE ROLE mayviet_server LOGIN PASSWORD '…';
--   GRANT mayviet_app TO mayviet_server;
-- and set DATABASE_URL to it. On PGlite there is one superuser and these grants change nothing.
--
-- mv_grant_runtime_role() states everything the server may do and is safe to run again. Tables and
-- sequences that later migrations create (as the same owner) are granted by the default privileges set
-- here, so a later migration grants nothing itself; one that adds a table the server must not write (as
-- audit_events) revokes on it, and one run by another owner calls mv_grant_runtime_role() again. An
-- operator whose migrating role could not create mayviet_app (managed services without CREATEROLE: the
-- migration then only warns) creates it, then runs `SELECT mv_grant_runtime_role();` as the owner.
CREATE FUNCTION mv_grant_runtime_role() RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mayviet_app') THEN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
      RAISE WARNING 'role mayviet_app does not exist and % may not create it: the API server can only run as the owner until an administrator runs CREATE ROLE mayviet_app NOLOGIN, then SELECT mv_grant_runtime_role() as %', current_user, current_user;
      RETURN;
    END IF;
    -- Roles belong to the cluster, which other databases share: one of them may create it meanwhile.
    BEGIN
      CREATE ROLE mayviet_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
  GRANT USAGE ON SCHEMA public TO mayviet_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO mayviet_app;
  GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO mayviet_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mayviet_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO mayviet_app;
  -- The audit trail is written only by mv_audit(), as its owner: the server reads it and nothing more,
  -- so it can neither rewrite nor forge an event.
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_events FROM mayviet_app;
  EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM mayviet_app', pg_get_serial_sequence('audit_events', 'id'));
  -- So that a server started without MIGRATION_DATABASE_URL can tell whether the owner has migrated.
  IF to_regclass('drizzle.__drizzle_migrations') IS NOT NULL THEN
    GRANT USAGE ON SCHEMA drizzle TO mayviet_app;
    GRANT SELECT ON drizzle.__drizzle_migrations TO mayviet_app;
  END IF;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION mv_grant_runtime_role() FROM PUBLIC;
--> statement-breakpoint
-- The audit triggers write as the owner of mv_audit(). Its search_path puts pg_temp last, so a caller's
-- temporary tables cannot stand in for the ones it reads and writes; only the owner may attach it to a
-- table (EXECUTE is what CREATE TRIGGER checks), so no one can feed it rows of a table of their own. A
-- later CREATE OR REPLACE FUNCTION mv_audit() must repeat SECURITY DEFINER and this SET clause, or every
-- audited write of the server fails with "permission denied for table audit_events".
ALTER FUNCTION mv_audit() SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION mv_audit() FROM PUBLIC;
--> statement-breakpoint
SELECT mv_grant_runtime_role();
