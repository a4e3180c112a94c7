-- Indexes in the orders the project list offers, so that Derby walks an index to the page instead of
-- sorting 50,000 projects for every page (measured by ProjectListBenchmark).
CREATE INDEX ix_project_start_desc ON project (start_year DESC, id DESC);
CREATE INDEX ix_project_committed_desc ON project (committed_usd DESC, id DESC);
DROP INDEX ix_project_title;
CREATE INDEX ix_project_title ON project (title, id);
CREATE INDEX ix_project_sector_project ON project_sector (project_id, code);

-- The M49 codes of the recipient countries and of their regions, sub-regions and intermediate
-- regions ("|002|202|014|508|"), kept by the project, so that a region filter is one scan of the
-- project table (an EXISTS over project_country probed per project took 0.5 s at 50,000 projects).
ALTER TABLE project ADD COLUMN recipient_areas VARCHAR(2000);
UPDATE project SET recipient_areas = (SELECT MIN('|' || COALESCE(c.region_code || '|', '') || COALESCE(c.sub_region_code || '|', '')
    || COALESCE(c.intermediate_region_code || '|', '') || c.m49 || '|')
    FROM project_country pc JOIN country c ON c.m49 = pc.country_m49 WHERE pc.project_id = project.id);
