-- Quarterly 通报 (issue 14): drafted for a region and a quarter from the figures as of the quarter's last day,
-- edited by staff, then issued with a 文号. The ranking tables are kept in the row (figures, JSON) as they were
-- when drafted, so an issued 通报 prints the same figures whatever happens to the records afterwards.
CREATE TABLE bulletin (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code     text COLLATE "C" NOT NULL REFERENCES region (code),
    quarter         text NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    figures         jsonb NOT NULL,
    state           text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'ISSUED')),
    document_number text CHECK (length(document_number) <= 60),
    issued_year     integer,
    issued_at       timestamptz,
    issued_by       text,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 0,
    CHECK ((state = 'ISSUED') = (document_number IS NOT NULL AND issued_at IS NOT NULL AND issued_by IS NOT NULL
                                 AND issued_year IS NOT NULL))
);

CREATE INDEX bulletin_region_idx ON bulletin (region_code, quarter DESC);

-- A 文号 (内残联通〔2026〕3号) names one document of the issuing body in its year.
CREATE UNIQUE INDEX bulletin_document_number_key ON bulletin (region_code, issued_year, document_number)
    WHERE state = 'ISSUED';

-- An issued 通报 is a published document: never changed and never deleted, whatever the application does.
CREATE FUNCTION bulletin_issued_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'ISSUED' THEN
        RAISE EXCEPTION 'bulletin % is issued and is never changed or deleted', OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER bulletin_issued_frozen BEFORE UPDATE OR DELETE ON bulletin
    FOR EACH ROW EXECUTE FUNCTION bulletin_issued_frozen();
