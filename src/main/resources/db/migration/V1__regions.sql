-- The administrative tree. Codes are 12-digit statistical division codes whose significant
-- prefixes are their ancestors, so "everything in 150102" is code LIKE '150102%'. COLLATE "C"
-- lets a plain btree serve those prefix searches.
CREATE TABLE region (
    code              text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    level             smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    parent_code       text COLLATE "C" REFERENCES region (code),
    urban_rural_class text CHECK (urban_rural_class ~ '^[0-9]{3}$'),
    kind              text NOT NULL DEFAULT 'ADMIN' CHECK (kind IN ('ADMIN', 'ZONE')),
    CHECK ((level = 1) = (parent_code IS NULL))
);

CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_level_idx ON region (level, code);
