-- Employers (用人单位): one record per unified social credit code, placed in the region tree by
-- their place of registration (旗县 level or below) so that jurisdiction works as for persons.
CREATE TABLE employer (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code          text COLLATE "C" NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    type                 text NOT NULL CHECK (type IN ('AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE',
                                                       'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION', 'OTHER')),
    admin_level          text CHECK (admin_level IN ('AUTONOMOUS_REGION', 'LEAGUE_CITY', 'BANNER_COUNTY', 'TOWNSHIP')),
    authorised_posts     integer CHECK (authorised_posts >= 0),
    school               boolean NOT NULL DEFAULT false,
    -- GB/T 4754-2017 门类 letter; the names are in org.zhuye.employer.Industry.
    industry             char(1) NOT NULL CHECK (industry BETWEEN 'A' AND 'T'),
    region_code          text COLLATE "C" NOT NULL REFERENCES region (code),
    contact_name         text CHECK (length(contact_name) <= 50),
    contact_phone_cipher bytea,
    contact_phone_masked text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text NOT NULL,
    version              integer NOT NULL DEFAULT 0,
    -- 机关 and 事业单位 have a level; no other type does.
    CHECK ((type IN ('AGENCY', 'PUBLIC_INSTITUTION')) = (admin_level IS NOT NULL))
);

-- Lists are in (region, name) order inside a jurisdiction's prefix: one index serves both.
CREATE INDEX employer_listing_idx ON employer (region_code, name, id);

-- EMPLOYER-role accounts and the one unit each acts for. Staff set the link; a unit may have
-- several accounts, an account exactly one unit.
CREATE TABLE employer_account (
    user_id     bigint PRIMARY KEY REFERENCES app_user (id),
    employer_id bigint NOT NULL REFERENCES employer (id),
    linked_at   timestamptz NOT NULL DEFAULT now(),
    linked_by   text NOT NULL
);

CREATE INDEX employer_account_employer_idx ON employer_account (employer_id);
