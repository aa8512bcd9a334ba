-- Targets (issue 14): per region, indicator and period, set by the level above and split by each level
-- among its children. An indicator is a code of the monitoring module's catalogue (not a foreign key: the
-- catalogue is code, the targets are data). A target is replaced by a new value, keeping who set it and
-- when in the audit trail; version guards against two people splitting at once.
CREATE TABLE indicator_target (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator   text NOT NULL CHECK (indicator ~ '^[a-z0-9_]+(\.[a-z0-9_]+)?$'),
    region_code text COLLATE "C" NOT NULL REFERENCES region (code),
    period_from date NOT NULL,
    period_to   date NOT NULL,
    value       numeric(14, 2) NOT NULL CHECK (value >= 0),
    source      text CHECK (length(source) <= 300),
    set_by      text NOT NULL,
    set_at      timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 0,
    CHECK (period_to >= period_from),
    UNIQUE (indicator, region_code, period_from, period_to)
);

CREATE INDEX indicator_target_region_idx ON indicator_target (region_code, indicator);

-- The plan's own figures for the whole region (内政办发〔2022〕68号: 城乡新增残疾人就业2.4万人, 职业技能培训和
-- 实用技术培训3万人次, 2022—2024) are data in monitoring/plan-targets.csv, loaded once the region tree is
-- there (the tree is seeded after the migrations, so an INSERT here would find no region).
