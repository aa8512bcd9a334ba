-- Bulk imports of the registry. A job is one uploaded file; its rows' problems are kept so the
-- page can show and download them after the user left and came back. The rows themselves are
-- never stored here: the upload lives in the data directory only while the job runs.
CREATE TABLE person_import_job (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_by     text NOT NULL,
    jurisdiction   text COLLATE "C" NOT NULL,
    file_name      text NOT NULL,
    format         text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    dry_run        boolean NOT NULL,
    status         text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    -- What the job is doing now (reading, saving) or, when FAILED, why.
    message        text,
    rows_read      bigint NOT NULL DEFAULT 0,
    total_bytes    bigint NOT NULL DEFAULT 0,
    bytes_read     bigint NOT NULL DEFAULT 0,
    inserted       bigint NOT NULL DEFAULT 0,
    updated        bigint NOT NULL DEFAULT 0,
    unchanged      bigint NOT NULL DEFAULT 0,
    errors         bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz
);

CREATE INDEX person_import_job_user_idx ON person_import_job (created_by, created_at DESC);
CREATE INDEX person_import_job_open_idx ON person_import_job (status) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE person_import_error (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id    bigint NOT NULL REFERENCES person_import_job (id) ON DELETE CASCADE,
    row_no    integer NOT NULL,
    col       text,
    value     text,
    message   text NOT NULL
);

CREATE INDEX person_import_error_job_idx ON person_import_error (job_id, row_no, id);

-- The keyed hash of the guardian's phone, so that an import can tell a changed number from an
-- unchanged one without decrypting (the cipher text differs on every encryption).
ALTER TABLE person ADD COLUMN guardian_phone_hash bytea;
