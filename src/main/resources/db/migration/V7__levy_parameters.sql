-- 残疾人就业保障金 (levy) parameters: one row per parameter, region prefix and validity period.
-- A parameter applies to collection year (征收年度) Y when its row is in force on 1 January of Y;
-- for each parameter the row of the longest region prefix that has one applies (a league or county
-- inherits from the nearest ancestor with a row). Two rows of one prefix and parameter in force
-- on the same day are refused when read. A year with no row is an error, never a guess.
-- `evidence` carries the tag of ../shared/domain/rules.md: C (a source states it), C-2nd (a
-- secondary source), I (inference), U (unconfirmed: a setting to be confirmed before relying on it).
CREATE TABLE levy_parameter (
    region_prefix text COLLATE "C" NOT NULL CHECK (region_prefix ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?)?$'),
    name          text NOT NULL CHECK (name IN ('QUOTA_RATIO', 'SOCIAL_AVERAGE_WAGE', 'WAGE_CAP_MULTIPLE',
                      'ENTERPRISE_EXEMPTION_MAX_STAFF', 'TIER_RATIO', 'TIER_FACTOR_AT_OR_ABOVE', 'TIER_FACTOR_BELOW',
                      'HEADCOUNT_ROUNDING', 'DOUBLE_COUNT_MAX_GRADE', 'DOUBLE_COUNT_CATEGORIES', 'PART_YEAR_COUNTING')),
    valid_from    date NOT NULL,
    valid_to      date,
    value         text NOT NULL,
    evidence      text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source        text NOT NULL CHECK (length(source) > 0),
    PRIMARY KEY (region_prefix, name, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

COMMENT ON TABLE levy_parameter IS '残保金计算参数：按区划前缀和有效期；征收年度取当年1月1日有效的行，下级区划继承最近上级的行';
COMMENT ON COLUMN levy_parameter.valid_to IS '有效期最后一天（含）；NULL 表示仍有效';

-- Inner Mongolia (prefix 15). The first collection year with every parameter is 2018.
INSERT INTO levy_parameter (region_prefix, name, valid_from, valid_to, value, evidence, source) VALUES
    -- rules.md §1.3: 180号 Art. 5 as cited by the 2011 review notice and the IM 保障金办法 Art. 6.
    ('15', 'QUOTA_RATIO', DATE '2011-04-20', NULL, '0.015', 'C',
     '内蒙古自治区人民政府令第180号《内蒙古自治区按比例安排残疾人就业办法》（2011-04-20施行）：不低于在职职工总数的1.5%'),
    -- rules.md §1.2: 财税〔2017〕18号 (secondary source), then 财政部公告2019年第98号 art. 1.
    ('15', 'WAGE_CAP_MULTIPLE', DATE '2017-04-01', DATE '2019-12-31', '3', 'C-2nd',
     '财税〔2017〕18号：在职职工年平均工资超过当地社会平均工资3倍的，按3倍计征（新华社报道转述）'),
    ('15', 'WAGE_CAP_MULTIPLE', DATE '2020-01-01', NULL, '2', 'C',
     '财政部公告2019年第98号第一条：按不高于当地社会平均工资2倍计征'),
    -- rules.md §1.2: the ≤30-staff exemption for enterprises, extended to 2027-12-31.
    ('15', 'ENTERPRISE_EXEMPTION_MAX_STAFF', DATE '2017-04-01', DATE '2019-12-31', '30', 'C-2nd',
     '财税〔2017〕18号：在职职工总数30人（含）以下的企业暂免征收（新华社报道转述）'),
    ('15', 'ENTERPRISE_EXEMPTION_MAX_STAFF', DATE '2020-01-01', DATE '2022-12-31', '30', 'C',
     '财政部公告2019年第98号第四条：在职职工人数30人（含）以下的企业暂免征收'),
    ('15', 'ENTERPRISE_EXEMPTION_MAX_STAFF', DATE '2023-01-01', DATE '2027-12-31', '30', 'C',
     '财政部公告2023年第8号：30人（含）以下企业暂免征收政策延续至2027年12月31日'),
    -- rules.md §1.2: tiered collection. Before 2020 there was none (full collection under 72号).
    ('15', 'TIER_RATIO', DATE '2017-04-01', DATE '2019-12-31', '0.01', 'I',
     '财税〔2015〕72号：未分档减征，全额征收（分档界限不起作用）'),
    ('15', 'TIER_FACTOR_AT_OR_ABOVE', DATE '2017-04-01', DATE '2019-12-31', '1', 'I',
     '财税〔2015〕72号：未分档减征，全额征收'),
    ('15', 'TIER_FACTOR_BELOW', DATE '2017-04-01', DATE '2019-12-31', '1', 'I',
     '财税〔2015〕72号：未分档减征，全额征收'),
    ('15', 'TIER_RATIO', DATE '2020-01-01', DATE '2022-12-31', '0.01', 'C',
     '财政部公告2019年第98号第三条：安排比例1%（含）以上的按50%征收，1%以下的按90%征收'),
    ('15', 'TIER_FACTOR_AT_OR_ABOVE', DATE '2020-01-01', DATE '2022-12-31', '0.5', 'C',
     '财政部公告2019年第98号第三条：安排比例1%（含）以上但未达到规定比例的，按应缴费额50%征收'),
    ('15', 'TIER_FACTOR_BELOW', DATE '2020-01-01', DATE '2022-12-31', '0.9', 'C',
     '财政部公告2019年第98号第三条：安排比例在1%以下的，按应缴费额90%征收'),
    ('15', 'TIER_RATIO', DATE '2023-01-01', DATE '2027-12-31', '0.01', 'C',
     '财政部公告2023年第8号：分档减缴政策延续至2027年12月31日'),
    ('15', 'TIER_FACTOR_AT_OR_ABOVE', DATE '2023-01-01', DATE '2027-12-31', '0.5', 'C',
     '财政部公告2023年第8号：1%（含）以上未达到规定比例的按50%征收，延续至2027年12月31日'),
    ('15', 'TIER_FACTOR_BELOW', DATE '2023-01-01', DATE '2027-12-31', '0.9', 'C',
     '财政部公告2023年第8号：1%以下的按90%征收，延续至2027年12月31日'),
    -- rules.md §1.1 and §8 item 1: IM's rounding of the annual average headcount is unconfirmed.
    ('15', 'HEADCOUNT_ROUNDING', DATE '2017-04-01', NULL, 'HALF_UP', 'U',
     '内蒙古年平均在职职工人数的取整规则未确认；默认四舍五入取整（可改为 DOWN 去尾、NONE 保留小数）'),
    -- rules.md §1.1 (national) and §1.3 (IM 保障金办法 Art. 8, whose date was not seen; applied from
    -- the first supported collection year).
    ('15', 'DOUBLE_COUNT_MAX_GRADE', DATE '2017-04-01', NULL, '2', 'C',
     '财税〔2015〕72号第七条、《内蒙古自治区残疾人就业保障金征收使用管理办法》第八条：1至2级残疾人按2人计算'),
    ('15', 'DOUBLE_COUNT_CATEGORIES', DATE '2017-04-01', NULL, '5,6', 'C',
     '《内蒙古自治区残疾人就业保障金征收使用管理办法》第八条：智力或精神残疾3至4级也按2人计算（该办法文号与施行日期未见）'),
    -- rules.md §1.4 vector I and §8 item 1: month proration of part-year employees is unconfirmed.
    ('15', 'PART_YEAR_COUNTING', DATE '2017-04-01', NULL, 'BY_MONTH', 'U',
     '不满一年的残疾职工按月折算（月数÷12）：外省实施办法如此规定，内蒙古未确认'),
    -- rules.md §1.2 and §8 item 2: IM's official weighted (全口径) average was not found. 85,000 is the
    -- assumption of the worked examples (2023: 城镇非私营 108,856, 私营 57,410; weights unknown).
    ('15', 'SOCIAL_AVERAGE_WAGE', DATE '2024-01-01', DATE '2024-12-31', '85000', 'U',
     '假设值：内蒙古2023年全口径社会平均工资未取得（城镇非私营108,856元、私营57,410元，权重未知）；请以官方公布数替换');
