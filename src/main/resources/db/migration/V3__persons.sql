-- The real-name registry (一人一档). ID and phone numbers are stored encrypted (AES-GCM, key
-- outside the database) beside a keyed hash for exact lookup and a masked form for display.

-- Code lists that national standards fix (GB 3304 民族, GB/T 4658 学历, CDPF form 57 items).
CREATE TABLE code_list (
    list  text NOT NULL,
    code  text NOT NULL,
    label text NOT NULL,
    sort  integer NOT NULL,
    PRIMARY KEY (list, code)
);

CREATE TABLE person (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cert_hash             bytea NOT NULL UNIQUE,
    cert_cipher           bytea NOT NULL,
    cert_masked           text NOT NULL,
    name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    sex                   char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date            date NOT NULL,
    category              smallint NOT NULL CHECK (category BETWEEN 1 AND 7),
    grade                 smallint NOT NULL CHECK (grade BETWEEN 1 AND 4),
    multiple_categories   smallint[] NOT NULL DEFAULT '{}',
    ethnicity             text,
    education             text,
    region_code           text COLLATE "C" NOT NULL REFERENCES region (code),
    hukou                 text NOT NULL CHECK (hukou IN ('URBAN', 'RURAL')),
    phone_hash            bytea,
    phone_cipher          bytea,
    phone_masked          text,
    cert_status           text NOT NULL DEFAULT 'VALID' CHECK (cert_status IN ('VALID', 'EXPIRED', 'REVOKED', 'DECEASED')),
    cert_issued_on        date,
    cert_valid_until      date,
    guardian_name         text,
    guardian_relation     text,
    guardian_phone_cipher bytea,
    guardian_phone_masked text,
    -- The latest employment event's status (null: never recorded). Events cannot be dated in the
    -- future, so this is the status today; history and "as of" queries use employment_event.
    employed              boolean,
    employed_since        date,
    merged_into           bigint REFERENCES person (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 0
);

-- Lists are in (region, name) order inside a jurisdiction's prefix, so this one index serves the
-- prefix filter and the order, and a page stops after 50 rows without sorting a whole province.
CREATE INDEX person_listing_idx ON person (region_code, name, id);
-- Name searches are by prefix (name LIKE '巴特%'); pattern ops make that an index range scan.
CREATE INDEX person_name_idx ON person (name text_pattern_ops);
-- Category, grade and sex are filtered together; joint statistics keep the planner from assuming
-- they are independent when it estimates how far an ordered scan must read.
CREATE STATISTICS person_kind_stats (mcv) ON category, grade, sex FROM person;
-- Potential duplicates: the same name and birth date in the same county.
CREATE INDEX person_duplicate_idx ON person (name, birth_date, (substr(region_code, 1, 6)));

-- Employment status as dated events; the status on a day is the latest event on or before it.
-- A baseline event is the status found at registration, not a transition into or out of work.
CREATE TABLE employment_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES person (id),
    effective_on    date NOT NULL,
    employed        boolean NOT NULL,
    form            smallint CHECK (form BETWEEN 1 AND 7),
    employer_name   text,
    occupation      text,
    monthly_income  numeric(10, 2) CHECK (monthly_income >= 0),
    satisfaction    smallint CHECK (satisfaction BETWEEN 1 AND 5),
    reason          smallint CHECK (reason BETWEEN 1 AND 7),
    livelihood      smallint CHECK (livelihood BETWEEN 1 AND 5),
    baseline        boolean NOT NULL DEFAULT false,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    voided_at       timestamptz,
    voided_by       text,
    void_reason     text,
    CHECK (employed = (form IS NOT NULL)),
    CHECK (NOT employed OR (reason IS NULL AND livelihood IS NULL))
);

CREATE INDEX employment_event_person_idx ON employment_event (person_id, effective_on DESC, id DESC) WHERE voided_at IS NULL;

CREATE TABLE household (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code text COLLATE "C" NOT NULL REFERENCES region (code),
    address     text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX household_region_idx ON household (region_code);

-- A member is either a registered person or a family member without a certificate, whose
-- name, birth date and ability to work are kept here for the zero-employment rule.
CREATE TABLE household_member (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id  bigint NOT NULL REFERENCES household (id),
    person_id     bigint REFERENCES person (id),
    name          text,
    sex           char(1) CHECK (sex IN ('M', 'F')),
    birth_date    date,
    relation      text NOT NULL,
    able_to_work  boolean NOT NULL DEFAULT true,
    start_on      date NOT NULL,
    end_on        date,
    CHECK (end_on IS NULL OR end_on >= start_on),
    CHECK (person_id IS NOT NULL OR (name IS NOT NULL AND sex IS NOT NULL AND birth_date IS NOT NULL))
);

CREATE INDEX household_member_household_idx ON household_member (household_id);
CREATE INDEX household_member_person_idx ON household_member (person_id);

-- Employment of members without a certificate, dated like the registry's.
CREATE TABLE member_employment_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id    bigint NOT NULL REFERENCES household_member (id),
    effective_on date NOT NULL,
    employed     boolean NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX member_employment_member_idx ON member_employment_event (member_id, effective_on DESC);

CREATE TABLE dibao_interval (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES household (id),
    start_on     date NOT NULL,
    end_on       date,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (end_on IS NULL OR end_on >= start_on)
);

CREATE INDEX dibao_interval_household_idx ON dibao_interval (household_id);

-- Statutory retirement ages by sex with the gradual raise from 2025, per region and date.
CREATE TABLE retirement_rule (
    region_prefix             text COLLATE "C" NOT NULL,
    sex                       char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    valid_from                date NOT NULL,
    minimum_age_years         integer NOT NULL,
    base_age_years            integer NOT NULL,
    first_delayed_birth_month date NOT NULL,
    birth_months_per_step     integer NOT NULL,
    max_delay_months          integer NOT NULL,
    source                    text NOT NULL,
    PRIMARY KEY (region_prefix, sex, valid_from)
);

-- 全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》(2024-09-13), in force 2025-01-01.
-- Women's base is 55 here, as in CDPF statistics; set 50 per region if policy decides so.
INSERT INTO retirement_rule VALUES
    ('15', 'M', DATE '2025-01-01', 16, 60, DATE '1965-01-01', 4, 36, '2024年全国人大常委会渐进式延迟退休决定：男60→63'),
    ('15', 'F', DATE '2025-01-01', 16, 55, DATE '1970-01-01', 4, 36, '2024年全国人大常委会渐进式延迟退休决定：女55→58（统计口径）');

-- Edits by grassroots members wait here until staff of the jurisdiction decide.
CREATE TABLE change_request (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES person (id),
    region_code     text COLLATE "C" NOT NULL,
    requested_by    text NOT NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    base_version    integer NOT NULL,
    -- Masked changed fields for display; the full requested record is kept encrypted.
    before_state    jsonb NOT NULL,
    after_state     jsonb NOT NULL,
    payload_cipher  bytea NOT NULL,
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text,
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK (status <> 'REJECTED' OR length(decision_reason) > 0)
);

CREATE INDEX change_request_pending_idx ON change_request (region_code) WHERE status = 'PENDING';

CREATE TABLE duplicate_flag (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint NOT NULL REFERENCES person (id),
    other_id     bigint NOT NULL REFERENCES person (id),
    region_code  text COLLATE "C" NOT NULL,
    flagged_at   timestamptz NOT NULL DEFAULT now(),
    status       text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DISMISSED', 'MERGED')),
    decided_by   text,
    decided_at   timestamptz,
    note         text,
    CHECK (person_id < other_id),
    UNIQUE (person_id, other_id)
);

CREATE INDEX duplicate_flag_open_idx ON duplicate_flag (region_code) WHERE status = 'OPEN';
