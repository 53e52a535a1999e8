-- The annual feedback to work units (年度双向反馈, docs/processes/party-members.md): at the end of the year the
-- community sends each in-service member's record back to her work unit's Party organisation. Owned by the members
-- module. One report per organisation and year (the unique key is what keeps a second node or a restart from starting
-- it twice), one part per community its members served in (each community's Party organisation reviews and sends its
-- own), one line per member and community, one row per micro-wish she met (the resident's note and met yes/no only:
-- never the resident's name or phone). Plain types only, so H2 and MySQL/MariaDB read it alike.

CREATE TABLE annual_feedback_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id              BIGINT       NOT NULL,
    feedback_year       INT          NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    started_by          VARCHAR(64)  NOT NULL,
    started_at          TIMESTAMP    NOT NULL,
    collected_at        TIMESTAMP,
    sent_by             VARCHAR(64),
    sent_at             TIMESTAMP,
    confirm_due         TIMESTAMP,
    reminded_at         TIMESTAMP,
    overdue_at          TIMESTAMP,
    confirmed_by        VARCHAR(64),
    confirmed_at        TIMESTAMP,
    process_instance_id VARCHAR(64),
    row_version         BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uk_annual_feedback_report UNIQUE (org_id, feedback_year)
);

CREATE TABLE annual_feedback_part (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id           BIGINT        NOT NULL,
    community_code      VARCHAR(32)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    overall_comment     VARCHAR(4000),
    collected_at        TIMESTAMP     NOT NULL,
    recounts            INT DEFAULT 0 NOT NULL,
    sent_by             VARCHAR(64),
    sent_at             TIMESTAMP,
    CONSTRAINT uk_annual_feedback_part UNIQUE (report_id, community_code),
    CONSTRAINT fk_annual_feedback_part_report FOREIGN KEY (report_id) REFERENCES annual_feedback_report (id)
);

CREATE TABLE annual_feedback_line (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_id             BIGINT        NOT NULL,
    member_id           BIGINT        NOT NULL,
    member_name         VARCHAR(50)   NOT NULL,
    reporting_status    VARCHAR(16),
    reported_on         DATE,
    duties              VARCHAR(500),
    confirmed_hours     DECIMAL(7, 1) NOT NULL,
    volunteer_activities INT          NOT NULL,
    micro_wishes        INT           NOT NULL,
    area_tasks          INT           NOT NULL,
    confirmations       INT           NOT NULL,
    awaiting            INT           NOT NULL,
    no_shows            INT           NOT NULL,
    returned            INT           NOT NULL,
    wishes_met          INT           NOT NULL,
    member_comment      VARCHAR(2000),
    CONSTRAINT uk_annual_feedback_line UNIQUE (part_id, member_id),
    CONSTRAINT fk_annual_feedback_line_part FOREIGN KEY (part_id) REFERENCES annual_feedback_part (id)
);
CREATE INDEX ix_annual_feedback_line_member ON annual_feedback_line (member_id);

CREATE TABLE annual_feedback_wish (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    line_id             BIGINT        NOT NULL,
    wish_met            BOOLEAN,
    resident_note       VARCHAR(2000),
    CONSTRAINT fk_annual_feedback_wish_line FOREIGN KEY (line_id) REFERENCES annual_feedback_line (id)
);
