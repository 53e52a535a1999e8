-- Certificates' registration renewals and newly obtained qualifications as processes (docs/processes/workers.md,
-- "Certificates: renewal and new qualifications"). Owned by the workforce module; the qualifications themselves stay
-- the registry's worker_qualification. Plain types only, so H2 and MySQL/MariaDB read it alike.

-- One renewal cycle of a certificate: the registration ending on valid_until, its instance and how it ended. The
-- unique key is the launcher's idempotency: one cycle per certificate and last valid day, whichever node looks.
CREATE TABLE certificate_renewal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    qualification_id    BIGINT       NOT NULL,
    worker_id           BIGINT       NOT NULL,
    valid_until         DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    process_instance_id VARCHAR(64),
    started_at          TIMESTAMP    NOT NULL,
    urged_by            VARCHAR(64),
    urge_action         VARCHAR(16),
    urge_note           VARCHAR(2000),
    urged_at            TIMESTAMP,
    renewed_by          VARCHAR(64),
    closed_at           TIMESTAMP,
    CONSTRAINT uk_certificate_renewal UNIQUE (qualification_id, valid_until)
);

-- A qualification a worker says she obtained, until the street office verifies it. The certificate number is
-- personal data: held here only while the submission is open (never in process variables, history or logs), then
-- cleared: once confirmed its one home is worker_qualification.
CREATE TABLE qualification_submission (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id           BIGINT        NOT NULL,
    level               VARCHAR(16)   NOT NULL,
    certificate_number  VARCHAR(64),
    issued_on           DATE          NOT NULL,
    valid_until         DATE,
    status              VARCHAR(16)   NOT NULL,
    submitted_by        VARCHAR(64)   NOT NULL,
    submitted_at        TIMESTAMP     NOT NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    reject_reason       VARCHAR(2000),
    qualification_id    BIGINT
);
CREATE INDEX ix_qualification_submission_worker ON qualification_submission (worker_id);
