-- Party members report to their community (在职党员双报到, docs/processes/party-members.md). Work-unit Party
-- organisations report as units (单位报到) with a joint-building agreement; each member reports where she lives
-- (个人报到); the community Party organisation confirms her and gives her a pioneer post (党员先锋岗) or a
-- responsibility area (党员责任区). Plain types only, so H2 and MySQL/MariaDB read it alike.

CREATE TABLE work_unit_party_org (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    work_unit        VARCHAR(100) NOT NULL,
    contact_name     VARCHAR(50)  NOT NULL,
    -- personal information: stored whole, masked in every response (Masking.phone)
    contact_phone    VARCHAR(32),
    contact_username VARCHAR(64),
    CONSTRAINT uk_work_unit_org_name UNIQUE (name)
);

CREATE TABLE unit_reporting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id              BIGINT        NOT NULL,
    community_id        BIGINT        NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    reported_on         DATE          NOT NULL,
    resources_offered   VARCHAR(2000) NOT NULL,
    term_start          DATE          NOT NULL,
    term_end            DATE          NOT NULL,
    -- the community Party organisation's reason when it sent the agreement back
    note                VARCHAR(2000),
    process_instance_id VARCHAR(64),
    CONSTRAINT uk_unit_reporting UNIQUE (org_id, community_id),
    CONSTRAINT fk_unit_reporting_org FOREIGN KEY (org_id) REFERENCES work_unit_party_org (id),
    CONSTRAINT fk_unit_reporting_community FOREIGN KEY (community_id) REFERENCES community (id)
);

-- The member's home community stays registered_community_id: reporting moves it to the community she reports to.
-- A row without a reporting status has not reported (the community's own members, registered by its branch).
ALTER TABLE party_member ADD work_unit_org_id BIGINT;
ALTER TABLE party_member ADD reporting_status VARCHAR(16);
ALTER TABLE party_member ADD reported_on DATE;
ALTER TABLE party_member ADD reporting_note VARCHAR(2000);
ALTER TABLE party_member ADD reporting_instance_id VARCHAR(64);
ALTER TABLE party_member ADD row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE party_member ADD CONSTRAINT fk_party_member_org FOREIGN KEY (work_unit_org_id)
    REFERENCES work_unit_party_org (id);
CREATE INDEX ix_party_member_username ON party_member (username);

CREATE TABLE pioneer_post (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id     BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    duties           VARCHAR(500) NOT NULL,
    holder_member_id BIGINT,
    held_since       DATE,
    CONSTRAINT uk_pioneer_post UNIQUE (community_id, name),
    CONSTRAINT fk_pioneer_post_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_pioneer_post_holder FOREIGN KEY (holder_member_id) REFERENCES party_member (id)
);

CREATE TABLE responsibility_area (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id     BIGINT       NOT NULL,
    grid_id          BIGINT       NOT NULL,
    buildings        VARCHAR(500) NOT NULL,
    holder_member_id BIGINT,
    held_since       DATE,
    CONSTRAINT fk_area_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_area_grid FOREIGN KEY (grid_id) REFERENCES grid (id),
    CONSTRAINT fk_area_holder FOREIGN KEY (holder_member_id) REFERENCES party_member (id)
);
CREATE INDEX ix_area_community ON responsibility_area (community_id);
