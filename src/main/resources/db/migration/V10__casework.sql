-- Casework (四个一): the yearly cycle of basic-data verification, vocational assessment, job demand
-- registration and employment service for working-age persons not in work.

-- Code lists of the casework module: the four service kinds (rules.md §4.5 keeps them configurable
-- types; their codes are fixed because coverage counts them, their labels and order are kept here),
-- the kinds of employment service and the outcomes of each service kind. Changed by migration;
-- a code no longer offered is marked in_use = false, never deleted, so old records keep their label.
CREATE TABLE casework_code (
    list   text NOT NULL,
    code   text NOT NULL,
    label  text NOT NULL,
    sort   integer NOT NULL,
    in_use boolean NOT NULL DEFAULT true,
    PRIMARY KEY (list, code)
);

INSERT INTO casework_code (list, code, label, sort) VALUES
    ('service_kind', 'VERIFICATION', '基础信息核对', 1),
    ('service_kind', 'ASSESSMENT', '职业能力评估', 2),
    ('service_kind', 'DEMAND', '就业需求登记', 3),
    ('service_kind', 'SERVICE', '就业服务', 4),
    ('employment_service_type', 'GUIDANCE', '职业指导', 1),
    ('employment_service_type', 'REFERRAL', '职业介绍/岗位推介', 2),
    ('employment_service_type', 'TRAINING', '培训推荐', 3),
    ('employment_service_type', 'ENTREPRENEURSHIP', '创业指导', 4),
    ('employment_service_type', 'POLICY', '政策咨询', 5),
    ('employment_service_type', 'ASSISTANCE', '就业援助', 6),
    ('employment_service_type', 'OTHER', '其他就业服务', 7),
    ('verification_outcome', 'CONFIRMED', '信息无误', 1),
    ('verification_outcome', 'CORRECTION', '信息有误，需更正', 2),
    ('assessment_outcome', 'ABLE', '具备就业能力', 1),
    ('assessment_outcome', 'SUPPORTED', '需支持性或辅助性就业', 2),
    ('assessment_outcome', 'NOT_YET', '暂不具备就业能力', 3),
    ('assessment_outcome', 'FURTHER', '需进一步评估', 4),
    ('demand_outcome', 'WANTS_JOB', '有就业意愿', 1),
    ('demand_outcome', 'WANTS_TRAINING', '有培训意愿', 2),
    ('demand_outcome', 'WANTS_BUSINESS', '有创业意愿', 3),
    ('demand_outcome', 'NO_DEMAND', '暂无就业需求', 4),
    ('service_outcome', 'EMPLOYED', '已实现就业', 1),
    ('service_outcome', 'IN_TRAINING', '已参加培训', 2),
    ('service_outcome', 'REFERRED', '已推荐，待反馈', 3),
    ('service_outcome', 'ONGOING', '继续跟进', 4),
    ('service_outcome', 'DECLINED', '本人暂不接受', 5);

-- The years in which the 四个一 applies, per region prefix (the longest prefix with the year wins).
-- A year without a row is refused with a message naming it, never counted against an unset policy.
CREATE TABLE casework_cycle (
    region_prefix text COLLATE "C" NOT NULL,
    year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    source        text NOT NULL,
    PRIMARY KEY (region_prefix, year)
);

INSERT INTO casework_cycle VALUES
    ('15', 2022, '内政办发〔2022〕68号 自治区促进残疾人就业三年行动实施方案（2022—2024年）措施（九）'),
    ('15', 2023, '内政办发〔2022〕68号 自治区促进残疾人就业三年行动实施方案（2022—2024年）措施（九）'),
    ('15', 2024, '内政办发〔2022〕68号 自治区促进残疾人就业三年行动实施方案（2022—2024年）措施（九）'),
    ('15', 2025, '延续“四个一”就业服务（国办发〔2025〕23号 残疾人就业促进行动，自治区实施文件待核实）'),
    ('15', 2026, '延续“四个一”就业服务（国办发〔2025〕23号 残疾人就业促进行动，自治区实施文件待核实）'),
    ('15', 2027, '延续“四个一”就业服务（国办发〔2025〕23号 残疾人就业促进行动，自治区实施文件待核实）');

-- One delivered service. Append-only: a mistake is voided with a reason, nothing else changes.
-- The structured forms added later (职业能力评估表, 就业需求登记表) hang off a record by its id:
-- CREATE TABLE casework_assessment (service_id bigint PRIMARY KEY REFERENCES casework_service (id), ...).
CREATE TABLE casework_service (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id           bigint NOT NULL REFERENCES person (id),
    kind                text NOT NULL CHECK (kind IN ('VERIFICATION', 'ASSESSMENT', 'DEMAND', 'SERVICE')),
    served_on           date NOT NULL,
    -- The cycle a service counts for is the calendar year it was delivered in.
    cycle_year          integer NOT NULL GENERATED ALWAYS AS (extract(year FROM served_on)::integer) STORED,
    service_type        text,
    outcome             text NOT NULL,
    content             text NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
    delivered_by        text NOT NULL CHECK (length(delivered_by) BETWEEN 1 AND 50),
    -- VERIFICATION: the registry record's version that was checked (a correction goes through the
    -- registry's own edit page or change request; the person page shows it).
    person_version      integer,
    -- SERVICE that ended in a job: the registry's employment event it recorded.
    employment_event_id bigint,
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    voided_at           timestamptz,
    voided_by           text,
    void_reason         text,
    CHECK ((kind = 'SERVICE') = (service_type IS NOT NULL)),
    CHECK (kind = 'SERVICE' OR employment_event_id IS NULL),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL)),
    CHECK (void_reason IS NULL OR length(void_reason) > 0)
);

CREATE INDEX casework_service_person_idx ON casework_service (person_id, served_on DESC, id DESC);
CREATE INDEX casework_service_year_idx ON casework_service (cycle_year, person_id) WHERE voided_at IS NULL;

-- Nothing but voiding, once: the record of what was delivered stays as it was entered.
CREATE FUNCTION casework_service_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'casework_service rows are never deleted; void them with a reason';
    END IF;
    IF OLD.voided_at IS NOT NULL
       OR (NEW.person_id, NEW.kind, NEW.served_on, NEW.service_type, NEW.outcome, NEW.content, NEW.delivered_by,
           NEW.person_version, NEW.employment_event_id, NEW.recorded_by, NEW.recorded_at)
          IS DISTINCT FROM
          (OLD.person_id, OLD.kind, OLD.served_on, OLD.service_type, OLD.outcome, OLD.content, OLD.delivered_by,
           OLD.person_version, OLD.employment_event_id, OLD.recorded_by, OLD.recorded_at) THEN
        RAISE EXCEPTION 'casework_service rows change only by being voided, once';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER casework_service_append_only BEFORE UPDATE OR DELETE ON casework_service
    FOR EACH ROW EXECUTE FUNCTION casework_service_append_only();
