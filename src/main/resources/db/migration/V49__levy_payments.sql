-- 残保金征收入库: what the tax bureau (税务机关, the collector under the IM 办法 Art. 7) reports as paid, typed in
-- by staff or imported from its feedback file. The 残联 audits and confirms the declaration; it learns of the
-- payment only from this feedback, so a row is that report, never edited: a mistaken one is voided with a reason.
CREATE TABLE levy_payment (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employer (id),
    -- 所属年度: the 征收年度 of the declaration the payment settles (figures of the year before).
    levy_year   integer NOT NULL CHECK (levy_year BETWEEN 2015 AND 2100),
    amount      numeric(14, 2) NOT NULL CHECK (amount > 0),
    paid_on     date NOT NULL,
    -- 完税凭证号 / 电子税票号, as the tax bureau writes it.
    voucher_no  text COLLATE "C" NOT NULL CHECK (voucher_no ~ '^[0-9A-Za-z-]{4,40}$'),
    source      text NOT NULL CHECK (source IN ('TYPED', 'IMPORTED')),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    recorded_by text NOT NULL,
    voided_at   timestamptz,
    voided_by   text,
    void_reason text CHECK (length(void_reason) BETWEEN 1 AND 500),
    -- A levy year's collection starts in that year.
    CHECK (paid_on >= make_date(levy_year, 1, 1)),
    CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))
);

COMMENT ON TABLE levy_payment IS '残保金征收入库：税务机关反馈的实缴记录；只作废（写明原因），不删除不修改';

-- One standing payment per voucher and unit; a voided one may be recorded again, corrected.
CREATE UNIQUE INDEX levy_payment_voucher_idx ON levy_payment (employer_id, voucher_no) WHERE voided_at IS NULL;
-- A unit's payments and the balance of each of its declarations.
CREATE INDEX levy_payment_employer_idx ON levy_payment (employer_id, levy_year);
-- The area's payments of a levy year (the list page) and the money collected in a period (levy_collected).
CREATE INDEX levy_payment_year_idx ON levy_payment (levy_year, employer_id);
CREATE INDEX levy_payment_paid_idx ON levy_payment (paid_on, employer_id) WHERE voided_at IS NULL;

CREATE FUNCTION levy_payment_void_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'levy_payment rows are never deleted; void them with a reason';
    END IF;
    IF OLD.voided_at IS NOT NULL
       OR (NEW.employer_id, NEW.levy_year, NEW.amount, NEW.paid_on, NEW.voucher_no, NEW.source, NEW.recorded_at,
           NEW.recorded_by)
          IS DISTINCT FROM
          (OLD.employer_id, OLD.levy_year, OLD.amount, OLD.paid_on, OLD.voucher_no, OLD.source, OLD.recorded_at,
           OLD.recorded_by) THEN
        RAISE EXCEPTION 'levy_payment rows change only by being voided, once';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER levy_payment_void_only BEFORE UPDATE OR DELETE ON levy_payment
    FOR EACH ROW EXECUTE FUNCTION levy_payment_void_only();
