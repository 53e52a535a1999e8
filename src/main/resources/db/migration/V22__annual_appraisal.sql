-- The yearly appraisal of community workers (年度考核, AnnualAppraisalProcess, docs/processes/workers.md). Owned by the
-- workforce module. One round per street and year (the unique key keeps a second node or a restart from starting it
-- twice); one sheet per worker of the street: her self-report (述职), the work figures counted from the records when
-- the head's task opens (recounted on request), the head's proposal, the street office's decision, an objection in
-- the publicity window and its ruling, the result that became final and the follow-up of a 不合格. The final result
-- and the grade change it allows are the registry's (worker_appraisal, worker_grade_change), written through its
-- public API. Plain types only, so H2 and MySQL/MariaDB read it alike.

CREATE TABLE appraisal_round (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    street_code         VARCHAR(32)  NOT NULL,
    appraisal_year      INT          NOT NULL,
    started_by          VARCHAR(64)  NOT NULL,
    started_at          TIMESTAMP    NOT NULL,
    process_instance_id VARCHAR(64),
    published_at        TIMESTAMP,
    publicity_ends      TIMESTAMP,
    row_version         BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uk_appraisal_round UNIQUE (street_code, appraisal_year)
);

CREATE TABLE appraisal_sheet (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id            BIGINT        NOT NULL,
    worker_id           BIGINT        NOT NULL,
    self_report         VARCHAR(4000),
    reported_at         TIMESTAMP,
    counted_at          TIMESTAMP,
    recounts            INT DEFAULT 0 NOT NULL,
    petitions           INT,
    response_part       INT,
    response_whole      INT,
    resolution_part     INT,
    resolution_whole    INT,
    satisfaction_part   INT,
    satisfaction_whole  INT,
    overdue_now         INT,
    callbacks           INT,
    training_hours      INT,
    training_required   INT,
    party_hours         DECIMAL(9,1),
    proposed_result     VARCHAR(24),
    proposal_comment    VARCHAR(2000),
    proposed_by         VARCHAR(64),
    proposed_at         TIMESTAMP,
    decided_result      VARCHAR(24),
    decision_comment    VARCHAR(2000),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    objection           VARCHAR(2000),
    objected_at         TIMESTAMP,
    ruling              VARCHAR(16),
    ruling_reason       VARCHAR(2000),
    ruled_by            VARCHAR(64),
    ruled_at            TIMESTAMP,
    final_result        VARCHAR(24),
    final_at            TIMESTAMP,
    grade_from          INT,
    grade_to            INT,
    follow_up           VARCHAR(2000),
    followed_up_by      VARCHAR(64),
    followed_up_at      TIMESTAMP,
    row_version         BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uk_appraisal_sheet UNIQUE (round_id, worker_id),
    CONSTRAINT fk_appraisal_sheet_round FOREIGN KEY (round_id) REFERENCES appraisal_round (id)
);
