-- When staff merge a duplicate person into the one kept (person.PersonsMerged), casework's records of
-- the duplicate move to the kept person in the same transaction (casework.MergedCasework).

-- A service record may now change in one more way: move, otherwise unchanged, to the person its own
-- person was merged into. Anything else is refused as before (void once with a reason; never delete).
CREATE OR REPLACE FUNCTION casework_service_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'casework_service rows are never deleted; void them with a reason';
    END IF;
    IF NEW.person_id IS DISTINCT FROM OLD.person_id THEN
        IF (NEW.kind, NEW.served_on, NEW.service_type, NEW.outcome, NEW.content, NEW.delivered_by,
            NEW.person_version, NEW.employment_event_id, NEW.recorded_by, NEW.recorded_at,
            NEW.voided_at, NEW.voided_by, NEW.void_reason)
           IS DISTINCT FROM
           (OLD.kind, OLD.served_on, OLD.service_type, OLD.outcome, OLD.content, OLD.delivered_by,
            OLD.person_version, OLD.employment_event_id, OLD.recorded_by, OLD.recorded_at,
            OLD.voided_at, OLD.voided_by, OLD.void_reason)
           OR NOT EXISTS (SELECT 1 FROM person WHERE id = OLD.person_id AND merged_into = NEW.person_id) THEN
            RAISE EXCEPTION 'casework_service rows move to another person only unchanged and only to the person theirs was merged into';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.voided_at IS NOT NULL
       OR (NEW.kind, NEW.served_on, NEW.service_type, NEW.outcome, NEW.content, NEW.delivered_by,
           NEW.person_version, NEW.employment_event_id, NEW.recorded_by, NEW.recorded_at)
          IS DISTINCT FROM
          (OLD.kind, OLD.served_on, OLD.service_type, OLD.outcome, OLD.content, OLD.delivered_by,
           OLD.person_version, OLD.employment_event_id, OLD.recorded_by, OLD.recorded_at) THEN
        RAISE EXCEPTION 'casework_service rows change only by being voided, once';
    END IF;
    RETURN NEW;
END
$$;

-- A merge can leave one person two 低保 tapers for the same days (the same job entered on both
-- records). The duplicate's taper is then voided with a reason, never deleted; lists skip voided ones.
ALTER TABLE dibao_taper
    ADD COLUMN voided_at   timestamptz,
    ADD COLUMN voided_by   text,
    ADD COLUMN void_reason text,
    ADD CONSTRAINT dibao_taper_void_check
        CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL)
               AND (void_reason IS NULL OR length(void_reason) > 0));

CREATE INDEX dibao_taper_person_idx ON dibao_taper (person_id);
CREATE INDEX casework_plan_person_idx ON casework_plan (person_id);
