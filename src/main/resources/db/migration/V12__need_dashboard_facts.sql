-- What the dashboards (issue #6) read of a need, kept by the entity, so that they count 200,000
-- needs without joining their assessments: the assessment's country; whether the indicators count
-- the need (assessment shared or validated and current, need still relevant); whether the
-- assessment is published (validated, or archived after validation, with the government's consent).
ALTER TABLE need ADD COLUMN country_m49 CHAR(3);
ALTER TABLE need ADD COLUMN counted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE need ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE need SET country_m49 = (SELECT a.country_m49 FROM assessment a WHERE a.id = need.assessment_id);
UPDATE need SET counted = TRUE WHERE status <> 'NO_LONGER_RELEVANT' AND EXISTS (SELECT 1 FROM assessment a
    WHERE a.id = need.assessment_id AND a.status IN ('SHARED', 'VALIDATED') AND a.superseded = FALSE);
UPDATE need SET published = TRUE WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.id = need.assessment_id
    AND a.publication_consent = TRUE AND (a.status = 'VALIDATED' OR (a.status = 'ARCHIVED' AND a.validated_on IS NOT NULL)));
CREATE INDEX ix_need_counted ON need (counted, country_m49, status, priority);
