-- The dashboards keep the reference data they read for every dashboard (countries, the Global South
-- classification, exchange rates) in memory beside the portfolio (indicator/boundary/PortfolioStore).
-- These tables change only when the seeds change, but whatever path a write takes, a statement on them
-- logs one row marked reference_data, and the application reads them all again.
ALTER TABLE portfolio_change ADD COLUMN reference_data BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TRIGGER tr_country_ins AFTER INSERT ON country FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_country_upd AFTER UPDATE ON country FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_country_del AFTER DELETE ON country FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_country_classification_ins AFTER INSERT ON country_classification FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_country_classification_upd AFTER UPDATE ON country_classification FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_country_classification_del AFTER DELETE ON country_classification FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_exchange_rate_ins AFTER INSERT ON exchange_rate FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_exchange_rate_upd AFTER UPDATE ON exchange_rate FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
CREATE TRIGGER tr_exchange_rate_del AFTER DELETE ON exchange_rate FOR EACH STATEMENT
    INSERT INTO portfolio_change (reference_data) VALUES (TRUE);
