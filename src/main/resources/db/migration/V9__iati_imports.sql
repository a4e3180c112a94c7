-- IATI import (issue #7): where an imported project came from, and a log of the files imported.
-- An imported project keeps its publisher's identifier, whose part after the reporting
-- organisation may be longer than the tracker's own codes.
ALTER TABLE project ALTER COLUMN own_code SET DATA TYPE VARCHAR(150);
ALTER TABLE project ADD COLUMN source_file VARCHAR(255);
ALTER TABLE project ADD COLUMN source_publisher_ref VARCHAR(100);
ALTER TABLE project ADD COLUMN source_publisher_name VARCHAR(300);
ALTER TABLE project ADD COLUMN imported_at TIMESTAMP;
ALTER TABLE project ADD COLUMN imported_by VARCHAR(60);

CREATE TABLE iati_import (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    file_name VARCHAR(255) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    publishers VARCHAR(1000),
    imported_by VARCHAR(60) NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    activities INTEGER NOT NULL,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    filtered_out INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    CONSTRAINT pk_iati_import PRIMARY KEY (id)
);
CREATE INDEX ix_iati_import_at ON iati_import (imported_at);
CREATE INDEX ix_project_source_file ON project (source_file);
