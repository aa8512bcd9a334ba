CREATE TABLE app_user (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             text NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9_.@-]{3,64}$'),
    display_name         text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    password_hash        text NOT NULL,
    roles                text[] NOT NULL CHECK (cardinality(roles) > 0),
    region_code          text COLLATE "C" NOT NULL REFERENCES region (code),
    enabled              boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT true,
    failed_logins        integer NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    password_changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX app_user_region_idx ON app_user (region_code);

-- Bearer tokens for API clients. Only a SHA-256 of the token is kept; the token itself is
-- shown once when issued.
CREATE TABLE api_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES app_user (id),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    last_used_at timestamptz
);

CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Append-only audit trail. region_code places the event in a jurisdiction so that an admin
-- sees only the events of their own area; it is null for failed logins of unknown names,
-- which only province-wide admins see.
CREATE TABLE audit_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor        text,
    client_ip    text,
    action       text NOT NULL,
    object_type  text,
    object_id    text,
    region_code  text COLLATE "C",
    before_state jsonb,
    after_state  jsonb,
    detail       text
);

CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_region_idx ON audit_event (region_code, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;

CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
