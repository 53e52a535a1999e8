-- The community registry: streets, communities, grids, committees and their members, community workers,
-- Party members, departments and the communities' access lists (domain brief §1).
-- Portable between H2 (embedded default) and MySQL 8 (production).

CREATE TABLE street (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uk_street_code UNIQUE (code)
);

CREATE TABLE community (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    type            VARCHAR(16)  NOT NULL,
    street_id       BIGINT       NOT NULL,
    households      INT          NOT NULL,
    adult_residents INT          NOT NULL,
    CONSTRAINT uk_community_code UNIQUE (code),
    CONSTRAINT fk_community_street FOREIGN KEY (street_id) REFERENCES street (id)
);

CREATE TABLE community_worker (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id        BIGINT       NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    gender              VARCHAR(8)   NOT NULL,
    post                VARCHAR(16)  NOT NULL,
    grade               INT          NOT NULL,
    qualification       VARCHAR(16)  NOT NULL,
    certificate_issued  DATE,
    certificate_expires DATE,
    training_hours      INT          NOT NULL,
    last_training       DATE,
    caseload_limit      INT          NOT NULL,
    open_caseload       INT          NOT NULL,
    CONSTRAINT uk_worker_username UNIQUE (username),
    CONSTRAINT fk_worker_community FOREIGN KEY (community_id) REFERENCES community (id)
);
CREATE INDEX ix_worker_community ON community_worker (community_id);

CREATE TABLE grid (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    community_id   BIGINT       NOT NULL,
    households     INT          NOT NULL,
    grid_worker_id BIGINT,
    CONSTRAINT uk_grid_code UNIQUE (code),
    CONSTRAINT fk_grid_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_grid_worker FOREIGN KEY (grid_worker_id) REFERENCES community_worker (id)
);
CREATE INDEX ix_grid_community ON grid (community_id);

CREATE TABLE committee (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    kind         VARCHAR(48)  NOT NULL,
    community_id BIGINT,
    street_id    BIGINT,
    term_start   DATE         NOT NULL,
    term_end     DATE         NOT NULL,
    CONSTRAINT uk_committee_code UNIQUE (code),
    CONSTRAINT fk_committee_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_committee_street FOREIGN KEY (street_id) REFERENCES street (id)
);
CREATE INDEX ix_committee_community ON committee (community_id);

CREATE TABLE committee_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    committee_id BIGINT      NOT NULL,
    person_name  VARCHAR(50) NOT NULL,
    username     VARCHAR(64),
    role         VARCHAR(24) NOT NULL,
    party_member BOOLEAN     NOT NULL,
    gender       VARCHAR(8)  NOT NULL,
    term_start   DATE        NOT NULL,
    term_end     DATE        NOT NULL,
    CONSTRAINT fk_member_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_member_committee ON committee_member (committee_id);
CREATE INDEX ix_member_username ON committee_member (username);

CREATE TABLE party_member (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                    VARCHAR(50)  NOT NULL,
    username                VARCHAR(64),
    gender                  VARCHAR(8)   NOT NULL,
    registered_community_id BIGINT       NOT NULL,
    in_service              BOOLEAN      NOT NULL,
    work_unit               VARCHAR(100),
    joined_party_on         DATE,
    registered_on           DATE         NOT NULL,
    volunteer_hours         INT          NOT NULL,
    CONSTRAINT fk_party_member_community FOREIGN KEY (registered_community_id) REFERENCES community (id)
);
CREATE INDEX ix_party_member_community ON party_member (registered_community_id);

CREATE TABLE department (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(32)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    street_id        BIGINT,
    liaison_username VARCHAR(64),
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT fk_department_street FOREIGN KEY (street_id) REFERENCES street (id)
);

CREATE TABLE department_duty (
    department_id BIGINT      NOT NULL,
    category_code VARCHAR(48) NOT NULL,
    PRIMARY KEY (department_id, category_code),
    CONSTRAINT fk_duty_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_duty_category ON department_duty (category_code);

CREATE TABLE access_list_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id       BIGINT       NOT NULL,
    code               VARCHAR(48)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    category_code      VARCHAR(48)  NOT NULL,
    department_id      BIGINT,
    approval_reference VARCHAR(100),
    funding_source     VARCHAR(200),
    funding_amount     DECIMAL(14, 2),
    CONSTRAINT uk_access_item UNIQUE (community_id, code),
    CONSTRAINT fk_access_item_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_access_item_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE INDEX ix_access_item_category ON access_list_item (community_id, category_code);
