-- One row per statement that writes the registry's persons or employment events, inserted by
-- triggers in the writing transaction itself, so it commits or rolls back with the change.
-- The saved overview snapshot (person.overview.OverviewSnapshotFile) records, from the same
-- MVCC snapshot it read the registry in, the highest id here, the number of rows up to it and
-- that row's token. A later committed write either adds a row above that id or makes a row at or
-- below it visible (a sequence value is taken before commit), so it changes the id or the count;
-- after a restore of an older backup, ids are handed out again but with other random tokens.
-- Rows are only ever inserted (one INSERT per statement, never an UPDATE of a shared row, so
-- writers do not queue behind each other).
CREATE TABLE registry_change (
    id         bigserial PRIMARY KEY,
    token      uuid        NOT NULL DEFAULT gen_random_uuid(),
    table_name text        NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION note_registry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (table_name) VALUES (TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION note_registry_change();
CREATE TRIGGER employment_event_noted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON employment_event
    FOR EACH STATEMENT EXECUTE FUNCTION note_registry_change();
