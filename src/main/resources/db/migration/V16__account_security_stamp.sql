-- Every signed-in page session remembers the security stamp its account had at sign-in and is
-- ended when the stamp has moved on. The trigger bumps it on any change of what a session acts
-- with (roles, jurisdiction, enabled, password), whatever code path writes the row, so a path
-- added later cannot forget it.
ALTER TABLE app_user ADD COLUMN security_stamp bigint NOT NULL DEFAULT 0;

CREATE FUNCTION app_user_bump_security_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.roles IS DISTINCT FROM OLD.roles
       OR NEW.region_code IS DISTINCT FROM OLD.region_code
       OR NEW.enabled IS DISTINCT FROM OLD.enabled
       OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        NEW.security_stamp := OLD.security_stamp + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER app_user_security_stamp BEFORE UPDATE ON app_user
    FOR EACH ROW EXECUTE FUNCTION app_user_bump_security_stamp();

-- Wrong passwords are counted per account and source address: five from one address lock the
-- account from that address only, so a stranger cannot lock an administrator out. Each further
-- lock from the same address lasts twice as long (lock_count), until a success or an
-- administrator's unlock clears the row.
CREATE TABLE login_failure (
    user_id      bigint NOT NULL REFERENCES app_user (id),
    source       text NOT NULL,
    failures     integer NOT NULL DEFAULT 0,
    lock_count   integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_failed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, source)
);

ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
