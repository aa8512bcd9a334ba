-- Parameters kept by administrators on the 参数管理 pages (issue 11): every parameter table shows
-- whether its value is confirmed, as levy_parameter, declaration_parameter and minimum_wage already
-- do with rules.md's evidence tag (C, C-2nd, I, U). The casework and retirement tables lacked it.
ALTER TABLE retirement_rule ADD COLUMN evidence text NOT NULL DEFAULT 'U'
    CHECK (evidence IN ('C', 'C-2nd', 'I', 'U'));
ALTER TABLE public_post_rule ADD COLUMN evidence text NOT NULL DEFAULT 'U'
    CHECK (evidence IN ('C', 'C-2nd', 'I', 'U'));
ALTER TABLE dibao_taper_rule ADD COLUMN evidence text NOT NULL DEFAULT 'U'
    CHECK (evidence IN ('C', 'C-2nd', 'I', 'U'));

-- Men's ages are the law's (国发〔1978〕104号, the 2024 NPC Standing Committee decision): C. Women's base of
-- 55 is the statistics' reading of two bases (cadres 55, workers 50): I. The 公益性岗位 limits are from a
-- ministry reply and local texts (C-2nd, rules.md §5); the 低保渐退 shares stay U for Inner Mongolia.
UPDATE retirement_rule SET evidence = CASE sex WHEN 'M' THEN 'C' ELSE 'I' END WHERE region_prefix = '15';
UPDATE public_post_rule SET evidence = 'C-2nd' WHERE region_prefix = '15' AND valid_from = DATE '2019-01-01';

-- A new row states its evidence; the default served only the rows above.
ALTER TABLE retirement_rule ALTER COLUMN evidence DROP DEFAULT;
ALTER TABLE public_post_rule ALTER COLUMN evidence DROP DEFAULT;
ALTER TABLE dibao_taper_rule ALTER COLUMN evidence DROP DEFAULT;
