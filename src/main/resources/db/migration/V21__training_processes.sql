-- Issue 21, the training processes (module workforce, docs/processes/workers.md, "Training plan" and "Courses and
-- attendance"). The plans, courses and hours themselves stay the registry's (V20); these tables hold only what a
-- community's yearly planning round needs before the street office approves it. Plain types only (H2 and MySQL).

-- One planning round per community and year: the launcher's or a hand start's, never two (the unique key).
CREATE TABLE training_plan_round (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id        BIGINT       NOT NULL,
    plan_year           INT          NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    process_instance_id VARCHAR(64),
    started_by          VARCHAR(64)  NOT NULL,
    proposed_by         VARCHAR(64),
    review_comment      VARCHAR(2000),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    CONSTRAINT uk_training_plan_round UNIQUE (community_id, plan_year)
);

-- The head's proposal: a course for a worker (replaced whole each time she submits).
CREATE TABLE training_plan_choice (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id  BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    CONSTRAINT uk_training_plan_choice UNIQUE (round_id, worker_id, course_id),
    CONSTRAINT fk_plan_choice_round FOREIGN KEY (round_id) REFERENCES training_plan_round (id)
);

-- The head's reason why a worker's planned hours fall short of the hours required (free text, stored masked).
CREATE TABLE training_plan_shortfall (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id  BIGINT        NOT NULL,
    worker_id BIGINT        NOT NULL,
    reason    VARCHAR(500)  NOT NULL,
    CONSTRAINT uk_training_plan_shortfall UNIQUE (round_id, worker_id),
    CONSTRAINT fk_plan_shortfall_round FOREIGN KEY (round_id) REFERENCES training_plan_round (id)
);

-- A course's attendance is credited once per worker (the registry's WorkerTraining.credit; lines without a course,
-- MIGRATED, are not affected: NULLs do not collide).
CREATE UNIQUE INDEX uk_attendance_worker_course ON training_attendance (worker_id, course_id);
