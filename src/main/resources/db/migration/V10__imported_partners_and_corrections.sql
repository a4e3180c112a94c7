-- Imported IATI activities (issue #7):
-- a partner's OrganisationType is optional, as in IATI (the tracker's own forms and API still
-- require it for the partners they record);
-- a transaction may be negative: IATI publishers correct earlier transactions that way.
ALTER TABLE project_partner ALTER COLUMN org_type NULL;
ALTER TABLE project_transaction DROP CONSTRAINT ck_project_transaction;
