-- Indexes that let the assessment list read pages in its default orders without sorting every row
-- (measured with AssessmentListBenchmark at 20,000 assessments and 200,000 needs).
CREATE INDEX ix_assessment_start_desc ON assessment (mission_start DESC, id DESC);
CREATE INDEX ix_assessment_title ON assessment (title, id);
CREATE INDEX ix_assessment_status_start ON assessment (status, mission_start DESC, id DESC);
