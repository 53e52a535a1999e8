-- Deliberation to decision (domain brief §2): deliberations, their meetings with attendance and votes, public
-- disclosures with their objection windows, and residents' objections.

CREATE TABLE deliberation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(20),
    kind            VARCHAR(16)   NOT NULL,
    community_code  VARCHAR(32)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    plan            VARCHAR(4000) NOT NULL,
    origin          VARCHAR(24)   NOT NULL,
    resolution_body VARCHAR(48),
    status          VARCHAR(24)   NOT NULL,
    revision_count  INT           NOT NULL,
    latest_reasons  VARCHAR(2000),
    proposed_by     VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uk_deliberation_number UNIQUE (number)
);
CREATE INDEX ix_deliberation_community ON deliberation (community_code, created_at);

CREATE TABLE meeting (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    deliberation_id    BIGINT        NOT NULL,
    body_kind          VARCHAR(48)   NOT NULL,
    held_on            DATE,
    due_count          INT           NOT NULL,
    households_due     INT           NOT NULL,
    due_to_attend      VARCHAR(4000),
    attendees          VARCHAR(4000),
    present_count      INT,
    households_present INT,
    votes_for          INT,
    votes_against      INT,
    votes_abstain      INT,
    minutes            VARCHAR(4000),
    quorum_reached     BOOLEAN,
    passed             BOOLEAN,
    verdict            VARCHAR(16)   NOT NULL,
    recorded_by        VARCHAR(64),
    opened_at          TIMESTAMP     NOT NULL,
    recorded_at        TIMESTAMP,
    CONSTRAINT fk_meeting_deliberation FOREIGN KEY (deliberation_id) REFERENCES deliberation (id)
);
CREATE INDEX ix_meeting_deliberation ON meeting (deliberation_id, opened_at);

CREATE TABLE disclosure (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(20),
    deliberation_id     BIGINT,
    community_code      VARCHAR(32)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    content             VARCHAR(4000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    published_at        TIMESTAMP     NOT NULL,
    objection_deadline  TIMESTAMP     NOT NULL,
    ruling              VARCHAR(16),
    ruling_reasons      VARCHAR(2000),
    archived_at         TIMESTAMP,
    process_instance_id VARCHAR(64),
    CONSTRAINT uk_disclosure_number UNIQUE (number)
);
CREATE INDEX ix_disclosure_status ON disclosure (status, published_at);

CREATE TABLE objection (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    disclosure_id BIGINT        NOT NULL,
    content       VARCHAR(2000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    filed_at      TIMESTAMP     NOT NULL,
    CONSTRAINT fk_objection_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);
CREATE INDEX ix_objection_disclosure ON objection (disclosure_id);

-- Who did what in a deliberation besides meetings and disclosures: proposal, review, revisions, implementation.
CREATE TABLE deliberation_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    deliberation_id BIGINT        NOT NULL,
    type            VARCHAR(24)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    note            VARCHAR(4000),
    CONSTRAINT fk_devent_deliberation FOREIGN KEY (deliberation_id) REFERENCES deliberation (id)
);
CREATE INDEX ix_devent_deliberation ON deliberation_event (deliberation_id, occurred_at);
