-- Facts the dashboards (issue #6) sum, kept by the project entity whenever what they read changes,
-- so that a dashboard aggregates the project table instead of a million transactions:
-- the sustainability signals that apply and are met, material assistance with capacity,
-- a stated theory of change, a link to a validated assessment, and the USD commitments and disbursements by year of transaction.
ALTER TABLE project ADD COLUMN signals_applicable SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN signals_met SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN material_with_capacity BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE project ADD COLUMN has_theory_of_change BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE project ADD COLUMN linked_to_validated BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE project SET has_theory_of_change = TRUE WHERE toc_problem IS NOT NULL AND toc_outcomes IS NOT NULL;
UPDATE project SET linked_to_validated = TRUE WHERE EXISTS (SELECT 1 FROM need_link l, need n, assessment a
    WHERE l.project_id = project.id AND n.id = l.need_id AND a.id = n.assessment_id AND a.status = 'VALIDATED');
-- signals_applicable = 0 marks a project recorded before this version: every project has at least
-- four applicable signals, and the application counts them again through the entity at startup.

CREATE TABLE project_year (
    project_id    BIGINT         NOT NULL,
    tx_year       INTEGER        NOT NULL,
    committed_usd DECIMAL(19, 2) NOT NULL,
    disbursed_usd DECIMAL(19, 2) NOT NULL,
    CONSTRAINT pk_project_year PRIMARY KEY (project_id, tx_year),
    CONSTRAINT fk_project_year_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
INSERT INTO project_year (project_id, tx_year, committed_usd, disbursed_usd)
    SELECT project_id, YEAR(tx_date),
           SUM(CASE WHEN tx_type = 'COMMITMENT' THEN COALESCE(usd_amount, 0) ELSE 0 END),
           SUM(CASE WHEN tx_type IN ('DISBURSEMENT', 'EXPENDITURE') THEN COALESCE(usd_amount, 0) ELSE 0 END)
    FROM project_transaction
    WHERE tx_type IN ('COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE')
    GROUP BY project_id, YEAR(tx_date);
DELETE FROM project_year WHERE committed_usd = 0 AND disbursed_usd = 0;


-- A training event's figures the training indicators sum (domain reference §5.3), kept by the entity:
-- participants, and where scores or a follow-up were measured, the participants weighed and the
-- gain (post minus pre) or the follow-up rate times participants.
ALTER TABLE training_event ADD COLUMN participants INTEGER NOT NULL DEFAULT 0;
ALTER TABLE training_event ADD COLUMN scored_participants INTEGER;
ALTER TABLE training_event ADD COLUMN weighted_gain DECIMAL(19, 2);
ALTER TABLE training_event ADD COLUMN followed_participants INTEGER;
ALTER TABLE training_event ADD COLUMN weighted_followup DECIMAL(19, 2);
UPDATE training_event SET participants = female + male + not_stated;
UPDATE training_event SET scored_participants = participants, weighted_gain = (post_score - pre_score) * participants
    WHERE pre_score IS NOT NULL AND post_score IS NOT NULL;
UPDATE training_event SET followed_participants = participants, weighted_followup = followup_rate * participants
    WHERE followup_rate IS NOT NULL;
