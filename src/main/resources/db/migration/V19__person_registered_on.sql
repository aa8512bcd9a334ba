-- 建档日期: the day the person was registered with the federation, which for a registry loaded from
-- years of paper files is not the day the row was created. Statistics "registered by date X" use it.
-- Existing rows take the day they were created; new rows default to today.
ALTER TABLE person ADD COLUMN registered_on date;
UPDATE person SET registered_on = created_at::date;
ALTER TABLE person ALTER COLUMN registered_on SET NOT NULL, ALTER COLUMN registered_on SET DEFAULT CURRENT_DATE;
