-- Per-record pages read through an index, never a scan of a table that grows with the registry
-- (QueryPlanRuleTest runs every per-record page's SQL under EXPLAIN to keep it so).

-- The person page lists a person's whole employment history, voided events included (a voided
-- mistake stays visible). The partial index of V3 (WHERE voided_at IS NULL) cannot serve that
-- query, nor a merge moving every event of the duplicate, so each ran a sequential scan of every
-- event in the registry. One index over all events serves both and still the "latest non-voided
-- event" lookups: they walk the person's few events newest first and skip the rare voided ones.
-- Same name, so BulkLoad's keep-list (PersonImportUpsert) and its rebuild from the definition
-- (pg_get_indexdef) keep applying.
DROP INDEX employment_event_person_idx;
CREATE INDEX employment_event_person_idx ON employment_event (person_id, effective_on DESC, id DESC);

-- The person page also lists the person's change requests, newest first; V3 indexed only the
-- pending ones by region, for the review queue.
CREATE INDEX change_request_person_idx ON change_request (person_id, requested_at DESC, id DESC);
