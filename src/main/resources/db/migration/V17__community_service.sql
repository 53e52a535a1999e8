-- Community service (社区服务, docs/processes/community-service.md): the community Party organisation publishes a
-- volunteer activity, a resident's micro-wish or a task in a responsibility area; ACTIVE reported members claim it,
-- record what they did and the branch confirms it. Owned by the members module. Plain types only, so H2 and
-- MySQL/MariaDB read it alike.

CREATE TABLE service_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(24)   NOT NULL,
    community_code      VARCHAR(32)   NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    places              INT           NOT NULL,
    starts_at           TIMESTAMP     NOT NULL,
    ends_at             TIMESTAMP     NOT NULL,
    claim_deadline      TIMESTAMP     NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    published_by        VARCHAR(64)   NOT NULL,
    published_at        TIMESTAMP     NOT NULL,
    -- a micro-wish's resident: her name stored masked only; her phone whole, masked in every answer, never in
    -- variables, history or logs (as a petitioner's contact)
    resident_name       VARCHAR(50),
    resident_phone      VARCHAR(32),
    -- the resident's word that the wish was met, recorded by whoever called her back
    resident_met        BOOLEAN,
    resident_note       VARCHAR(2000),
    resident_recorded_by VARCHAR(64),
    resident_recorded_at TIMESTAMP,
    reminded_at         TIMESTAMP,
    closed_at           TIMESTAMP,
    process_instance_id VARCHAR(64),
    row_version         BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_service_item_community ON service_item (community_code, kind, status);

-- A member's claim of an item and the service she records for it: one row each, CLAIMED → SERVED → CONFIRMED, or
-- back to CLAIMED with the branch's reason (RETURNED shows she must record again), or NO_SHOW.
CREATE TABLE service_claim (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id             BIGINT        NOT NULL,
    member_id           BIGINT        NOT NULL,
    member_login        VARCHAR(64)   NOT NULL,
    claimed_at          TIMESTAMP     NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    hours               DECIMAL(5, 1),
    work_done           VARCHAR(2000),
    recorded_at         TIMESTAMP,
    confirmed_by        VARCHAR(64),
    confirmed_at        TIMESTAMP,
    send_back_reason    VARCHAR(2000),
    sent_back_at        TIMESTAMP,
    CONSTRAINT uk_service_claim UNIQUE (item_id, member_id),
    CONSTRAINT fk_service_claim_item FOREIGN KEY (item_id) REFERENCES service_item (id)
);
CREATE INDEX ix_service_claim_member ON service_claim (member_id, status);
