-- Party-led joint-meeting escalation (domain brief §4): the whistle, the departments summoned and their report-in,
-- the meeting's commitments and their supervision, the ratings, and the petitions the escalation answers.

CREATE TABLE escalation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(20),
    community_code      VARCHAR(32)   NOT NULL,
    street_code         VARCHAR(32)   NOT NULL,
    category_code       VARCHAR(48)   NOT NULL,
    origin              VARCHAR(16)   NOT NULL,
    reason              VARCHAR(2000),
    tried_so_far        VARCHAR(2000),
    status              VARCHAR(16)   NOT NULL,
    report_in_limit     VARCHAR(16),
    meeting_time        TIMESTAMP,
    meeting_minutes     VARCHAR(4000),
    instructions        VARCHAR(2000),
    outcome             VARCHAR(2000),
    opened_by           VARCHAR(64)   NOT NULL,
    opened_at           TIMESTAMP     NOT NULL,
    closed_at           TIMESTAMP,
    process_instance_id VARCHAR(64),
    CONSTRAINT uk_escalation_number UNIQUE (number)
);
CREATE INDEX ix_escalation_community ON escalation (community_code, opened_at);
CREATE INDEX ix_escalation_open ON escalation (community_code, category_code, status);

CREATE TABLE escalation_petition (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    escalation_id   BIGINT      NOT NULL,
    petition_number VARCHAR(20) NOT NULL,
    resumed         BOOLEAN     NOT NULL,
    CONSTRAINT uk_escalation_petition UNIQUE (escalation_id, petition_number),
    CONSTRAINT fk_ep_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id)
);
CREATE INDEX ix_ep_petition ON escalation_petition (petition_number);

CREATE TABLE escalation_department (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    escalation_id      BIGINT      NOT NULL,
    department_code    VARCHAR(32) NOT NULL,
    summoned_at        TIMESTAMP   NOT NULL,
    report_due         TIMESTAMP   NOT NULL,
    reported_at        TIMESTAMP,
    reported_by        VARCHAR(64),
    late               BOOLEAN     NOT NULL,
    attended           BOOLEAN,
    rating_on_time     INT,
    rating_effective   INT,
    rating_cooperative INT,
    CONSTRAINT uk_escalation_department UNIQUE (escalation_id, department_code),
    CONSTRAINT fk_ed_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id)
);

CREATE TABLE commitment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    escalation_id   BIGINT        NOT NULL,
    department_code VARCHAR(32)   NOT NULL,
    action          VARCHAR(1000) NOT NULL,
    deadline        DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    overdue_at      TIMESTAMP,
    done_at         TIMESTAMP,
    report          VARCHAR(2000),
    CONSTRAINT fk_commitment_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id)
);
CREATE INDEX ix_commitment_escalation ON commitment (escalation_id);

-- Who did what: whistle, convening decision, report-ins, lateness, follow-ups, evaluation.
CREATE TABLE escalation_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    escalation_id BIGINT        NOT NULL,
    type          VARCHAR(24)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    occurred_at   TIMESTAMP     NOT NULL,
    note          VARCHAR(4000),
    CONSTRAINT fk_eevent_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id)
);
CREATE INDEX ix_eevent_escalation ON escalation_event (escalation_id, occurred_at);
