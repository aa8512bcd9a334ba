-- Entrepreneurship support (issue 13 item 5): businesses started by registered persons, the one-time
-- 创业补贴 for a first business, loans with their 贷款贴息, and the dated rules of both subsidies.

-- A business (个体工商户 or 小微企业) a registry person started. Placed in the region tree by its
-- address (county level or below), so staff see the businesses of their jurisdiction. jobs_created
-- counts every job the business gives, the owner's own included; jobs_for_disabled those of them held
-- by OTHER persons with disabilities. employment_event_id is the registry's move into work (就业形式 3)
-- that registering the business recorded, null when the registry already showed the owner in this work.
CREATE TABLE business (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id           bigint NOT NULL REFERENCES person (id),
    kind                text NOT NULL CHECK (kind IN ('INDIVIDUAL', 'SMALL')),
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    credit_code         text COLLATE "C" NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    industry            text NOT NULL,
    started_on          date NOT NULL,
    region_code         text COLLATE "C" NOT NULL REFERENCES region (code),
    address             text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
    jobs_created        integer NOT NULL CHECK (jobs_created BETWEEN 0 AND 10000),
    jobs_for_disabled   integer NOT NULL CHECK (jobs_for_disabled >= 0 AND jobs_for_disabled <= jobs_created),
    incubator_id        bigint REFERENCES institution (id),
    incubated_from      date,
    incubated_until     date,
    status              text NOT NULL DEFAULT 'OPERATING' CHECK (status IN ('OPERATING', 'CLOSED')),
    closed_on           date,
    employment_event_id bigint REFERENCES employment_event (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL,
    version             integer NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= started_on),
    CHECK ((incubator_id IS NULL) = (incubated_from IS NULL)),
    CHECK (incubated_until IS NULL OR (incubated_from IS NOT NULL AND incubated_until >= incubated_from))
);

CREATE INDEX business_listing_idx ON business (region_code, started_on, id);
CREATE INDEX business_person_idx ON business (person_id);
CREATE INDEX business_incubator_idx ON business (incubator_id) WHERE incubator_id IS NOT NULL;

-- The one-time 创业补贴. Once per person ever (person_id unique), on one business; the amount and every
-- condition as the rule in force on the grant day judged them (basis), so the grant reads as it was.
CREATE TABLE startup_subsidy (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    business_id bigint NOT NULL UNIQUE REFERENCES business (id),
    person_id   bigint NOT NULL UNIQUE REFERENCES person (id),
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    granted_on  date NOT NULL,
    basis       jsonb NOT NULL,
    granted_by  text NOT NULL,
    granted_at  timestamptz NOT NULL DEFAULT now()
);

-- A business loan (创业担保贷款 and the like) and its 贷款贴息 as computed when recorded, with the rule
-- it was computed under (basis) and the subsidy per loan year (subsidy_by_year, yuan by year 1..n).
CREATE TABLE business_loan (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    business_id     bigint NOT NULL REFERENCES business (id),
    bank            text NOT NULL CHECK (length(bank) BETWEEN 1 AND 100),
    amount          numeric(12, 2) NOT NULL CHECK (amount > 0),
    annual_rate     numeric(7, 4) NOT NULL CHECK (annual_rate >= 0 AND annual_rate < 100),
    term_months     integer NOT NULL CHECK (term_months BETWEEN 1 AND 360),
    started_on      date NOT NULL,
    interest_total  numeric(12, 2) NOT NULL,
    subsidy_total   numeric(12, 2) NOT NULL CHECK (subsidy_total >= 0 AND subsidy_total <= interest_total),
    subsidy_by_year numeric(12, 2)[] NOT NULL,
    basis           jsonb NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX business_loan_business_idx ON business_loan (business_id);

-- 创业补贴 rule per region prefix and start date (longest prefix, latest valid_from on the grant day).
CREATE TABLE startup_subsidy_rule (
    region_prefix         text COLLATE "C" NOT NULL,
    valid_from            date NOT NULL,
    amount                numeric(12, 2) NOT NULL CHECK (amount > 0),
    min_operating_months  integer NOT NULL CHECK (min_operating_months >= 0),
    evidence              text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source                text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from)
);

-- Not confirmed for Inner Mongolia: many provinces pay a one-time 一次性创业补贴 of 5000 元 to persons with
-- disabilities whose first business has operated normally for at least 6 months (e.g. 人社部、财政部
-- 就业补助资金管理办法 leaves amounts to provinces). An assumption until the 自治区残联 confirms it.
INSERT INTO startup_subsidy_rule VALUES
    ('15', DATE '2019-01-01', 5000.00, 6, 'U',
     '假设值，待自治区残联确认：参照多省“一次性创业补贴”5000元、正常经营满6个月的做法（就业补助资金管理办法授权各省确定标准）');

-- 贷款贴息 rule: the share of interest subsidised, the rate it is computed at most (an LPR-based cap),
-- and the loan amount and term that qualify at most (interest on the excess is not subsidised).
CREATE TABLE loan_interest_rule (
    region_prefix    text COLLATE "C" NOT NULL,
    valid_from       date NOT NULL,
    subsidy_percent  numeric(5, 2) NOT NULL CHECK (subsidy_percent BETWEEN 0 AND 100),
    rate_cap_percent numeric(7, 4) NOT NULL CHECK (rate_cap_percent >= 0),
    max_amount       numeric(12, 2) NOT NULL CHECK (max_amount > 0),
    max_term_months  integer NOT NULL CHECK (max_term_months > 0),
    evidence         text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source           text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from)
);

-- Not confirmed for Inner Mongolia: 创业担保贷款 (财金〔2020〕21号) caps individual loans at 20万元 for
-- 3 years, with interest above LPR-150bp borne by the borrower; the federation's 贴息 here is assumed to
-- pay all interest up to LPR+150bp ≈ 4.95 %.
INSERT INTO loan_interest_rule VALUES
    ('15', DATE '2019-01-01', 100.00, 4.9500, 200000.00, 36, 'U',
     '假设值，待确认：参照创业担保贷款（财金〔2020〕21号）个人贷款额度20万元、期限3年，贴息按不超过LPR+150个基点（约4.95%）计');
