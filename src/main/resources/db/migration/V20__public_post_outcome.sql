-- What became of a 公益性岗位 placement after its subsidy term ended, as staff confirmed it. The end date
-- passing proves nothing by itself (terms are renewed, people move to other jobs), so nothing flips the
-- registry status on its own: an ended term without an outcome is listed as 待确认 until staff record
-- 续聘 (the new term's placement), 转为其他就业 (status unchanged) or 离岗 with the day they left (recorded
-- as the dated move out of work, whose event is kept here).
ALTER TABLE public_post_placement
    ADD COLUMN outcome          text CHECK (outcome IN ('RENEWED', 'OTHER_WORK', 'LEFT')),
    ADD COLUMN left_on          date,
    ADD COLUMN left_event_id    bigint REFERENCES employment_event (id),
    ADD COLUMN renewed_by_id    bigint REFERENCES public_post_placement (id),
    ADD COLUMN outcome_by       text,
    ADD COLUMN outcome_at       timestamptz,
    ADD CHECK ((outcome IS NULL) = (outcome_at IS NULL)),
    ADD CHECK ((outcome = 'LEFT') = (left_on IS NOT NULL)),
    ADD CHECK ((outcome = 'RENEWED') = (renewed_by_id IS NOT NULL));

-- The 待确认 list and the home page's count: ended terms still without an outcome.
CREATE INDEX public_post_placement_unconfirmed_idx ON public_post_placement (end_on)
    WHERE voided_at IS NULL AND outcome IS NULL;
