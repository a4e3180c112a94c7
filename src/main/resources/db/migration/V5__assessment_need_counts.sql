-- How many needs of each priority an assessment has, kept by the entity whenever its needs change,
-- so that lists filter by need priority and show counts without reading the need table
-- (a correlated EXISTS over 200,000 needs took 200 ms a page).
ALTER TABLE assessment ADD COLUMN needs_high INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessment ADD COLUMN needs_medium INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessment ADD COLUMN needs_low INTEGER NOT NULL DEFAULT 0;
UPDATE assessment SET
    needs_high = (SELECT COUNT(*) FROM need n WHERE n.assessment_id = assessment.id AND n.priority = 'HIGH'),
    needs_medium = (SELECT COUNT(*) FROM need n WHERE n.assessment_id = assessment.id AND n.priority = 'MEDIUM'),
    needs_low = (SELECT COUNT(*) FROM need n WHERE n.assessment_id = assessment.id AND n.priority = 'LOW');
