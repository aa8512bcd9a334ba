-- The home page counts the declarations waiting for review in a reviewer's area every time it is opened.
CREATE INDEX quota_declaration_submitted_idx ON quota_declaration (employer_id, year) WHERE status = 'SUBMITTED';
