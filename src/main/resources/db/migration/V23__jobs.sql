-- Jobs (issue 12): postings, work profiles, referrals, the exposure log and job fairs; and the
-- binding of PERSON accounts to the registry person they act for.

-- A job posting (岗位). The workplace's region decides which staff see it, beside the employer's.
-- The six work demands are 0 = 不限 or 1..3 ascending, in WorkDemand order:
-- eyesight, bothHands, handWork, lifting, standingWalking, listeningTalking.
CREATE TABLE job_posting (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employer_id         bigint NOT NULL REFERENCES employer (id),
    title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
    occupation_code     text COLLATE "C" NOT NULL,
    occupation_label    text NOT NULL,
    headcount           integer NOT NULL CHECK (headcount BETWEEN 1 AND 10000),
    region_code         text COLLATE "C" NOT NULL REFERENCES region (code),
    address             text CHECK (length(address) <= 200),
    work_mode           text NOT NULL CHECK (work_mode IN ('ON_SITE', 'HOME_BASED', 'REMOTE', 'PLATFORM')),
    -- 就业形式 (code list employment_form) recorded in the registry when someone is hired.
    employment_form     text NOT NULL,
    hours_per_week      smallint NOT NULL CHECK (hours_per_week BETWEEN 1 AND 84),
    shift               text CHECK (length(shift) <= 100),
    wage_min            integer NOT NULL CHECK (wage_min >= 0),
    wage_max            integer NOT NULL,
    contract_type       text NOT NULL CHECK (contract_type IN ('FIXED_TERM', 'OPEN_ENDED', 'PART_TIME', 'SERVICE', 'NONE')),
    social_insurance    boolean NOT NULL,
    -- code list education; null = 不限
    min_education       text,
    suitable_categories smallint[] NOT NULL DEFAULT '{}',
    features            text[] NOT NULL DEFAULT '{}',
    demands             smallint[] NOT NULL CHECK (array_length(demands, 1) = 6 AND 0 <= ALL (demands) AND 3 >= ALL (demands)),
    description         text CHECK (length(description) <= 2000),
    open_until          date NOT NULL,
    status              text NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'CLOSED')),
    return_reason       text CHECK (length(return_reason) <= 500),
    -- The staff check before publication, as the federation does before a fair.
    checked_by          text,
    checked_at          timestamptz,
    check_note          text CHECK (length(check_note) <= 500),
    published_on        date,
    -- FILLED, WITHDRAWN, EXPIRED
    closed_reason       text CHECK (closed_reason IN ('FILLED', 'WITHDRAWN', 'EXPIRED')),
    closed_on           date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL,
    version             integer NOT NULL DEFAULT 0,
    CHECK (wage_max >= wage_min),
    CHECK ((status = 'CLOSED') = (closed_reason IS NOT NULL)),
    CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL)
);

CREATE INDEX job_posting_region_idx ON job_posting (region_code, id);
CREATE INDEX job_posting_employer_idx ON job_posting (employer_id, id);
CREATE INDEX job_posting_open_idx ON job_posting (open_until) WHERE status = 'PUBLISHED';
CREATE INDEX job_posting_submitted_idx ON job_posting (region_code) WHERE status = 'SUBMITTED';

-- A person's work profile, dated: a change is a new row; the current one is the latest valid_from
-- (then the highest id). Capabilities are in WorkDemand order, 0..3 (what the person can do).
CREATE TABLE work_profile (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id          bigint NOT NULL REFERENCES person (id),
    valid_from         date NOT NULL,
    capabilities       smallint[] NOT NULL CHECK (array_length(capabilities, 1) = 6 AND 0 <= ALL (capabilities) AND 3 >= ALL (capabilities)),
    needs              text[] NOT NULL DEFAULT '{}',
    work_modes         text[] NOT NULL CHECK (cardinality(work_modes) >= 1),
    hours_per_week_max smallint NOT NULL CHECK (hours_per_week_max BETWEEN 1 AND 84),
    travel_range       text NOT NULL CHECK (travel_range IN ('VILLAGE', 'TOWNSHIP', 'COUNTY', 'LEAGUE', 'ANY')),
    wage_expectation   integer CHECK (wage_expectation >= 0),
    occupation_codes   text[] NOT NULL DEFAULT '{}',
    -- The person asked not to be recommended to employers (never a candidate; may still apply).
    no_recommendation  boolean NOT NULL DEFAULT false,
    -- In work but asked to change jobs: stays a candidate.
    wants_change       boolean NOT NULL DEFAULT false,
    -- The assessment (casework service id) the capabilities were prefilled from, if any.
    assessment_service_id bigint,
    recorded_by        text NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX work_profile_person_idx ON work_profile (person_id, valid_from DESC, id DESC);

-- 岗位推介: a person put forward for (or applying to) a posting, a funnel of dated steps.
CREATE TABLE job_referral (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posting_id      bigint NOT NULL REFERENCES job_posting (id),
    person_id       bigint NOT NULL REFERENCES person (id),
    -- STAFF referred, the person APPLIED, or a FAIR intent became it
    source          text NOT NULL CHECK (source IN ('STAFF', 'APPLIED', 'FAIR')),
    fair_id         bigint,
    status          text NOT NULL DEFAULT 'REFERRED'
        CHECK (status IN ('REFERRED', 'DELIVERED', 'INTERVIEW', 'HIRED', 'REJECTED', 'DECLINED')),
    referred_on     date NOT NULL,
    -- The day of the latest step (hired on, rejected on, …)
    status_on       date NOT NULL,
    reason          text CHECK (length(reason) <= 500),
    -- Set at 录用: the casework employment service that recorded the move into work.
    casework_service_id bigint,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 0,
    UNIQUE (posting_id, person_id)
);

CREATE INDEX job_referral_person_idx ON job_referral (person_id, id);
CREATE INDEX job_referral_posting_idx ON job_referral (posting_id, id);

CREATE TABLE job_referral_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id bigint NOT NULL REFERENCES job_referral (id),
    status      text NOT NULL,
    step_on     date NOT NULL,
    note        text CHECK (length(note) <= 500),
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX job_referral_step_referral_idx ON job_referral_step (referral_id, id);

-- Every time a posting is shown to a person or a person to an employer or staff: the base of the
-- rate from recommendation to hire. Append-only.
CREATE TABLE job_exposure (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posting_id bigint NOT NULL,
    person_id  bigint NOT NULL,
    -- PERSON (a posting shown to the person), EMPLOYER or STAFF (the person shown as a candidate)
    shown_to   text NOT NULL CHECK (shown_to IN ('PERSON', 'EMPLOYER', 'STAFF')),
    score      smallint,
    shown_by   text NOT NULL,
    shown_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX job_exposure_pair_idx ON job_exposure (posting_id, person_id);
CREATE INDEX job_exposure_person_idx ON job_exposure (person_id);

-- 专场招聘会.
CREATE TABLE job_fair (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    region_code   text COLLATE "C" NOT NULL REFERENCES region (code),
    kind          text NOT NULL CHECK (kind IN ('STATE_OWNED', 'PUBLIC_SECTOR', 'PRIVATE_PLATFORM', 'GRADUATES', 'GENERAL')),
    online        boolean NOT NULL,
    starts_on     date NOT NULL,
    ends_on       date NOT NULL,
    venue         text CHECK (length(venue) <= 200),
    zones         text[] NOT NULL DEFAULT '{}',
    -- days after the fair when each intent is called back (回访)
    callback_days smallint NOT NULL DEFAULT 14 CHECK (callback_days BETWEEN 1 AND 90),
    note          text CHECK (length(note) <= 1000),
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);

CREATE INDEX job_fair_region_idx ON job_fair (region_code, starts_on);

CREATE TABLE job_fair_employer (
    fair_id     bigint NOT NULL REFERENCES job_fair (id),
    employer_id bigint NOT NULL REFERENCES employer (id),
    zone        text,
    booth       text CHECK (length(booth) <= 20),
    registered_by text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (fair_id, employer_id)
);

CREATE TABLE job_fair_posting (
    fair_id    bigint NOT NULL REFERENCES job_fair (id),
    posting_id bigint NOT NULL REFERENCES job_posting (id),
    PRIMARY KEY (fair_id, posting_id)
);

CREATE TABLE job_fair_registration (
    fair_id       bigint NOT NULL REFERENCES job_fair (id),
    person_id     bigint NOT NULL REFERENCES person (id),
    registered_by text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    checked_in_at timestamptz,
    checked_in_by text,
    PRIMARY KEY (fair_id, person_id)
);

CREATE INDEX job_fair_registration_person_idx ON job_fair_registration (person_id);

-- 意向: a person and a posting met at a fair; each becomes a referral (source FAIR), called back
-- after the fair's callback_days.
CREATE TABLE job_fair_intent (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fair_id       bigint NOT NULL REFERENCES job_fair (id),
    person_id     bigint NOT NULL REFERENCES person (id),
    posting_id    bigint NOT NULL REFERENCES job_posting (id),
    referral_id   bigint NOT NULL REFERENCES job_referral (id),
    callback_due  date NOT NULL,
    called_back_on date,
    callback_note text CHECK (length(callback_note) <= 500),
    recorded_by   text NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (fair_id, person_id, posting_id)
);

CREATE INDEX job_fair_intent_callback_idx ON job_fair_intent (callback_due) WHERE called_back_on IS NULL;

-- PERSON-role accounts and the registry person each acts for (one person per account).
CREATE TABLE person_account (
    user_id   bigint PRIMARY KEY REFERENCES app_user (id),
    person_id bigint NOT NULL REFERENCES person (id),
    bound_at  timestamptz NOT NULL DEFAULT now(),
    bound_by  text NOT NULL
);

CREATE INDEX person_account_person_idx ON person_account (person_id);

-- Failed self-binding tries; three in a row lock binding for the account.
CREATE TABLE person_binding_failure (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   bigint NOT NULL REFERENCES app_user (id),
    failed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX person_binding_failure_user_idx ON person_binding_failure (user_id, failed_at);
