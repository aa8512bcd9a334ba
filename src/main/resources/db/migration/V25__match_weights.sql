-- Jobs matching (issue 12): the weights of the match score's components, dated per region prefix
-- (参数管理, kind match-weight). The score is 100 × Σ(weight × fit) / Σ weight; a region takes the
-- row of its longest prefix with the latest valid_from on or before the day.
CREATE TABLE match_weight (
    region_prefix text COLLATE "C" NOT NULL,
    valid_from    date NOT NULL,
    occupation    smallint NOT NULL CHECK (occupation BETWEEN 0 AND 100),
    education     smallint NOT NULL CHECK (education BETWEEN 0 AND 100),
    wage          smallint NOT NULL CHECK (wage BETWEEN 0 AND 100),
    distance      smallint NOT NULL CHECK (distance BETWEEN 0 AND 100),
    category      smallint NOT NULL CHECK (category BETWEEN 0 AND 100),
    ability       smallint NOT NULL CHECK (ability BETWEEN 0 AND 100),
    evidence      text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source        text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from),
    CHECK (occupation + education + wage + distance + category + ability > 0)
);

INSERT INTO match_weight VALUES
    ('15', DATE '2020-01-01', 35, 10, 15, 20, 10, 10, 'U',
     '项目组拟定的初始权重（职业意向为主，其次通勤距离和工资），待自治区残联就业服务部门确认');
