-- The portfolio's change log (issue #6): the dashboards answer from a copy of what they count, kept
-- in the application's memory (indicator/boundary/PortfolioStore), and read here which projects and
-- which countries' needs changed since. Triggers write the log, so that every write counts, whatever
-- path it took (pages, REST, importers, the demo generator, SQL by hand); the application reads the
-- rows, brings its copy up to date and deletes them.
CREATE TABLE portfolio_change (
    id          BIGINT  NOT NULL GENERATED ALWAYS AS IDENTITY,
    project_id  BIGINT,
    country_m49 CHAR(3),
    CONSTRAINT pk_portfolio_change PRIMARY KEY (id)
);
-- a country's linked needs are read again from its needs when they change
CREATE INDEX ix_need_country ON need (country_m49);
-- the dashboard's table of needs nobody answers yet: a page of ids in id order, read from the index without sorting
CREATE INDEX ix_need_open ON need (counted, status, priority, id);
-- the donors and implementers the filters offer: distinct names of a role, read from the index
CREATE INDEX ix_partner_role_name ON project_partner (org_role, name);
CREATE TRIGGER tr_project_ins AFTER INSERT ON project REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.id);
CREATE TRIGGER tr_project_upd AFTER UPDATE ON project REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.id);
CREATE TRIGGER tr_project_del AFTER DELETE ON project REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.id);
-- a project's parts: a row that moved to another project changes both
CREATE TRIGGER tr_project_country_ins AFTER INSERT ON project_country REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_project_country_upd AFTER UPDATE ON project_country REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_project_country_del AFTER DELETE ON project_country REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_project_partner_ins AFTER INSERT ON project_partner REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_project_partner_upd AFTER UPDATE ON project_partner REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_project_partner_del AFTER DELETE ON project_partner REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_project_year_ins AFTER INSERT ON project_year REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_project_year_upd AFTER UPDATE ON project_year REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_project_year_del AFTER DELETE ON project_year REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_project_component_ins AFTER INSERT ON project_component REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_project_component_upd AFTER UPDATE ON project_component REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_project_component_del AFTER DELETE ON project_component REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id);
CREATE TRIGGER tr_need_link_ins AFTER INSERT ON need_link REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (n.project_id);
CREATE TRIGGER tr_need_link_upd AFTER UPDATE ON need_link REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id), (n.project_id);
CREATE TRIGGER tr_need_link_del AFTER DELETE ON need_link REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) VALUES (o.project_id);
-- a training event through its component (a component deleted with its events logs its project itself)
CREATE TRIGGER tr_training_event_ins AFTER INSERT ON training_event REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) SELECT c.project_id FROM project_component c WHERE c.id = n.component_id;
CREATE TRIGGER tr_training_event_upd AFTER UPDATE ON training_event REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (project_id) SELECT c.project_id FROM project_component c WHERE c.id = o.component_id OR c.id = n.component_id;
CREATE TRIGGER tr_training_event_del AFTER DELETE ON training_event REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (project_id) SELECT c.project_id FROM project_component c WHERE c.id = o.component_id;
CREATE TRIGGER tr_need_ins AFTER INSERT ON need REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (country_m49) VALUES (n.country_m49);
-- a need that moves (its assessment changes country) changes both countries' figures
CREATE TRIGGER tr_need_upd AFTER UPDATE ON need REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO portfolio_change (country_m49) VALUES (o.country_m49), (n.country_m49);
CREATE TRIGGER tr_need_del AFTER DELETE ON need REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO portfolio_change (country_m49) VALUES (o.country_m49);
