-- Per-record pages of the jobs, training, institution and monitoring modules read through an index, never a
-- scan of a table that grows with the registry (QueryPlanRuleTest runs each page's SQL under EXPLAIN).

-- A fair's page and every answer about it (check-ins included) count the fair's hires: referrals made at the
-- fair (source FAIR) that reached HIRED. job_referral was indexed by person and by posting only, so the count
-- read every referral in the province. Partial: most referrals come from matching, not from a fair.
CREATE INDEX job_referral_fair_idx ON job_referral (fair_id) WHERE fair_id IS NOT NULL;
