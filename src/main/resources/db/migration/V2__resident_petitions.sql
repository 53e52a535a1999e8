-- Resident petition handling (domain brief §3): the dispatch catalogue, petitions and their timeline.

-- The catalogue of matters a resident can raise. Time limits per category live in
-- processes/PetitionDispatchDecision.dmn; this table names the categories (also Open311's services).
CREATE TABLE petition_category (
    code                   VARCHAR(48)  NOT NULL PRIMARY KEY,
    name                   VARCHAR(50)  NOT NULL,
    description            VARCHAR(200) NOT NULL,
    service_group          VARCHAR(50)  NOT NULL,
    required_qualification VARCHAR(16),
    sort_order             INT          NOT NULL,
    active                 BOOLEAN      NOT NULL
);

INSERT INTO petition_category (code, name, description, service_group, required_qualification, sort_order, active) VALUES
('SAFETY_HAZARD',           '安全隐患（紧急）', '危及人身安全的紧急情况，如燃气泄漏气味、墙体开裂、电线裸露', '公共安全', NULL, 10, TRUE),
('WATER_SUPPLY',            '供水',           '停水、水压不足、水质异常、管道漏水', '公用事业', NULL, 20, TRUE),
('POWER_SUPPLY',            '供电',           '停电、电压不稳、线路故障', '公用事业', NULL, 30, TRUE),
('GAS_SUPPLY',              '燃气',           '燃气供应中断、燃气设施故障', '公用事业', NULL, 40, TRUE),
('HEATING',                 '供暖',           '暖气不热、停暖、管道漏水', '公用事业', NULL, 50, TRUE),
('NEIGHBOUR_DISPUTE',       '邻里纠纷',       '邻里之间的矛盾纠纷，需要调解', '矛盾调解', 'INTERMEDIATE', 60, TRUE),
('COMMUNITY_ENVIRONMENT',   '小区环境卫生',   '楼道堆物、垃圾清运、公共区域卫生', '环境秩序', NULL, 70, TRUE),
('NOISE',                   '噪声扰民',       '施工、商铺、娱乐场所噪声', '环境秩序', NULL, 80, TRUE),
('PROPERTY_MANAGEMENT',     '物业服务',       '物业服务质量、公共设施维修、收费争议', '住房物业', NULL, 90, TRUE),
('OLD_COMPOUND_RENOVATION', '老旧小区改造',   '老旧小区综合整治、加装电梯', '住房物业', NULL, 100, TRUE),
('STREET_LIGHTING',         '路灯照明',       '路灯不亮、照明设施损坏', '市政设施', NULL, 110, TRUE),
('ROAD_REPAIR',             '道路破损',       '道路坑洼、井盖缺失、人行道破损', '市政设施', NULL, 120, TRUE),
('VILLAGE_ROADS',           '村内道路',       '村内道路、桥涵的日常养护', '市政设施', NULL, 130, TRUE),
('ILLEGAL_CONSTRUCTION',    '违法建设',       '私搭乱建、违章建筑', '执法', NULL, 140, TRUE),
('PUBLIC_SECURITY',         '社会治安',       '治安问题、可疑情况', '公共安全', NULL, 150, TRUE),
('ELDERLY_CARE',            '养老服务',       '高龄津贴、居家养老、助餐服务', '民生保障', NULL, 160, TRUE),
('SOCIAL_ASSISTANCE',       '社会救助',       '低保、临时救助、困难帮扶', '民生保障', 'ASSISTANT', 170, TRUE);

CREATE TABLE petition (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    number               VARCHAR(20),
    category_code        VARCHAR(48)   NOT NULL,
    community_code       VARCHAR(32)   NOT NULL,
    grid_code            VARCHAR(32),
    location             VARCHAR(200)  NOT NULL,
    latitude             DECIMAL(9, 6),
    longitude            DECIMAL(9, 6),
    description          VARCHAR(4000) NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    petitioner_name      VARCHAR(50),
    petitioner_phone     VARCHAR(20),
    petitioner_id_number VARCHAR(18),
    status               VARCHAR(16)   NOT NULL,
    handling_level       VARCHAR(16),
    urgency              VARCHAR(16),
    first_contact_due    TIMESTAMP,
    resolution_due       TIMESTAMP,
    first_receiving_unit VARCHAR(64)   NOT NULL,
    handling_unit        VARCHAR(64),
    assigned_worker      VARCHAR(64),
    return_department    VARCHAR(32),
    process_instance_id  VARCHAR(64),
    received_at          TIMESTAMP     NOT NULL,
    first_contacted_at   TIMESTAMP,
    handled_at           TIMESTAMP,
    closed_at            TIMESTAMP,
    updated_at           TIMESTAMP     NOT NULL,
    resolved             BOOLEAN,
    satisfaction         INT,
    reopen_count         INT           NOT NULL,
    escalation_count     INT           NOT NULL,
    latest_step          VARCHAR(200),
    idempotency_key      VARCHAR(200),
    CONSTRAINT uk_petition_number UNIQUE (number),
    CONSTRAINT uk_petition_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_petition_category FOREIGN KEY (category_code) REFERENCES petition_category (code)
);
CREATE INDEX ix_petition_community ON petition (community_code, received_at);
CREATE INDEX ix_petition_received ON petition (received_at);
CREATE INDEX ix_petition_status ON petition (status);

CREATE TABLE petition_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id BIGINT       NOT NULL,
    type        VARCHAR(24)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMP    NOT NULL,
    note        VARCHAR(4000),
    CONSTRAINT fk_event_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
);
CREATE INDEX ix_event_petition ON petition_event (petition_id, occurred_at);
CREATE INDEX ix_event_type ON petition_event (type, occurred_at);
