-- Community workers' professional records (docs/processes/workers.md, issue 21): qualifications with their
-- certificates, training courses and each worker's attendance, each worker's yearly training plan, grade history and
-- yearly appraisal results. Owned by the registry module, as community_worker is. Plain types only, so H2 and
-- MySQL/MariaDB read it alike.
--
-- The plain fields of community_worker (V1) move here and are dropped, so each fact has one home: the qualification
-- becomes a qualification record, the training hours a credited line marked MIGRATED; a worker's qualification and
-- hours are read from these records from now on.

-- A social-worker qualification (助理社会工作师 / 社会工作师 / 高级社会工作师). The certificate number is personal
-- data: stored whole, masked in every answer, never in process variables, history or logs. It counts for assignment
-- only while valid (valid_until empty, or today in China on or before it).
CREATE TABLE worker_qualification (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id          BIGINT       NOT NULL,
    level              VARCHAR(16)  NOT NULL,
    certificate_number VARCHAR(64),
    issued_on          DATE         NOT NULL,
    valid_until        DATE,
    renewed_on         DATE,
    source             VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_qualification_worker FOREIGN KEY (worker_id) REFERENCES community_worker (id)
);
CREATE INDEX ix_qualification_worker ON worker_qualification (worker_id);

-- A training course offered to workers of a street (or district-wide when street_id is empty).
CREATE TABLE training_course (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    street_id BIGINT,
    title     VARCHAR(100) NOT NULL,
    provider  VARCHAR(100) NOT NULL,
    hours     INT          NOT NULL,
    starts_on DATE         NOT NULL,
    ends_on   DATE         NOT NULL,
    CONSTRAINT fk_course_street FOREIGN KEY (street_id) REFERENCES street (id)
);

-- A worker's attendance of a course and the hours credited for it; a line without a course is hours credited from
-- elsewhere (source MIGRATED: the V1 training_hours of the year the migration ran).
CREATE TABLE training_attendance (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id             BIGINT       NOT NULL,
    course_id             BIGINT,
    attended              BOOLEAN      NOT NULL,
    hours_credited        INT          NOT NULL,
    credited_on           DATE         NOT NULL,
    certificate_reference VARCHAR(64),
    source                VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_attendance_worker FOREIGN KEY (worker_id) REFERENCES community_worker (id),
    CONSTRAINT fk_attendance_course FOREIGN KEY (course_id) REFERENCES training_course (id)
);
CREATE INDEX ix_attendance_worker ON training_attendance (worker_id, credited_on);

-- A worker's training plan for a year: the hours required (the configured figure when the plan was made) and the
-- courses planned.
CREATE TABLE training_plan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id      BIGINT NOT NULL,
    plan_year      INT    NOT NULL,
    hours_required INT    NOT NULL,
    CONSTRAINT uk_training_plan UNIQUE (worker_id, plan_year),
    CONSTRAINT fk_plan_worker FOREIGN KEY (worker_id) REFERENCES community_worker (id)
);

CREATE TABLE training_plan_course (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id   BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    CONSTRAINT uk_plan_course UNIQUE (plan_id, course_id),
    CONSTRAINT fk_plan_course_plan FOREIGN KEY (plan_id) REFERENCES training_plan (id),
    CONSTRAINT fk_plan_course_course FOREIGN KEY (course_id) REFERENCES training_course (id)
);

-- Each change of a worker's grade, with its reason; community_worker.grade is the grade now, and every change of it
-- writes a line here in the same transaction. from_grade is empty on the first line (the grade the record began with).
CREATE TABLE worker_grade_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id    BIGINT      NOT NULL,
    from_grade   INT,
    to_grade     INT         NOT NULL,
    effective_on DATE        NOT NULL,
    reason       VARCHAR(16) NOT NULL,
    changed_by   VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP   NOT NULL,
    CONSTRAINT fk_grade_change_worker FOREIGN KEY (worker_id) REFERENCES community_worker (id)
);
CREATE INDEX ix_grade_change_worker ON worker_grade_change (worker_id, effective_on);

-- The street office's yearly appraisal of a worker: one result per worker and year.
CREATE TABLE worker_appraisal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    worker_id      BIGINT      NOT NULL,
    appraisal_year INT         NOT NULL,
    result         VARCHAR(24) NOT NULL,
    proposed_by    VARCHAR(64),
    appraised_by   VARCHAR(64) NOT NULL,
    appraised_at   TIMESTAMP   NOT NULL,
    CONSTRAINT uk_appraisal_year UNIQUE (worker_id, appraisal_year),
    CONSTRAINT fk_appraisal_worker FOREIGN KEY (worker_id) REFERENCES community_worker (id)
);

-- The V1 fields become records.
INSERT INTO worker_qualification (worker_id, level, certificate_number, issued_on, valid_until, renewed_on, source)
SELECT id, qualification, NULL, COALESCE(certificate_issued, CURRENT_DATE), certificate_expires, NULL, 'MIGRATED'
FROM community_worker
WHERE qualification <> 'NONE';

INSERT INTO training_attendance (worker_id, course_id, attended, hours_credited, credited_on, certificate_reference,
        source)
SELECT id, NULL, TRUE, training_hours,
       CASE WHEN last_training IS NOT NULL AND YEAR(last_training) = YEAR(CURRENT_DATE) THEN last_training
            ELSE CURRENT_DATE END,
       NULL, 'MIGRATED'
FROM community_worker
WHERE training_hours > 0;

INSERT INTO worker_grade_change (worker_id, from_grade, to_grade, effective_on, reason, changed_by, recorded_at)
SELECT id, NULL, grade, CURRENT_DATE, 'CORRECTION', 'migration', CURRENT_TIMESTAMP
FROM community_worker;

ALTER TABLE community_worker DROP COLUMN qualification;
ALTER TABLE community_worker DROP COLUMN certificate_issued;
ALTER TABLE community_worker DROP COLUMN certificate_expires;
ALTER TABLE community_worker DROP COLUMN training_hours;
ALTER TABLE community_worker DROP COLUMN last_training;
