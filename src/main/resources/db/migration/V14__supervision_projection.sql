-- Supervision owns its figures: a projection of the petition, escalation and deliberation modules' events
-- (docs/architecture.md, "Events between modules"; docs/supervision.md, "Where the figures come from"). Each table
-- holds only what a figure needs: no petitioner's name, phone or ID, no free text.

-- The event publication registry of Spring Modulith (spring-modulith-events-jdbc 1.4, its schema-mysql.sql): one row
-- per event and listener from the publishing transaction until the listener has finished; completed rows are deleted
-- (spring.modulith.events.completion-mode=delete). The id's type differs: Modulith binds a UUID on H2 and a string on
-- MySQL and MariaDB (spring.flyway.placeholders.event-publication-id).
CREATE TABLE EVENT_PUBLICATION (
    ID               ${event-publication-id} NOT NULL,
    LISTENER_ID      VARCHAR(512)  NOT NULL,
    EVENT_TYPE       VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE  TIMESTAMP(6)  NULL,
    CONSTRAINT pk_event_publication PRIMARY KEY (ID)
);
CREATE INDEX event_publication_by_completion_date_idx ON EVENT_PUBLICATION (COMPLETION_DATE);

-- One row per petition: the snapshot of its last PetitionChanged (revision orders snapshots, so a late or repeated
-- event changes nothing), the whole minutes to first contact and to resolution and the roll-up mark, both written by
-- SupervisionRollup. Indexes as the petition table had them for supervision (V5, V6, V7).
CREATE TABLE supervision_petition (
    petition_id         BIGINT       NOT NULL,
    revision            INT          NOT NULL,
    number              VARCHAR(32)  NULL,
    community_code      VARCHAR(32)  NOT NULL,
    grid_code           VARCHAR(32)  NULL,
    assigned_worker     VARCHAR(64)  NULL,
    category_code       VARCHAR(48)  NOT NULL,
    return_department   VARCHAR(32)  NULL,
    status              VARCHAR(24)  NOT NULL,
    reopen_count        INT          NOT NULL,
    satisfaction        INT          NULL,
    resolved            BOOLEAN      NULL,
    received_at         TIMESTAMP    NOT NULL,
    first_contact_due   TIMESTAMP    NULL,
    first_contacted_at  TIMESTAMP    NULL,
    resolution_due      TIMESTAMP    NULL,
    handled_at          TIMESTAMP    NULL,
    closed_at           TIMESTAMP    NULL,
    contact_minutes     INT          NULL,
    resolution_minutes  INT          NULL,
    rollup_pending      BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT pk_supervision_petition PRIMARY KEY (petition_id)
);
CREATE INDEX ix_sv_petition_number ON supervision_petition (number);
CREATE INDEX ix_sv_petition_grid_received ON supervision_petition (grid_code, received_at);
CREATE INDEX ix_sv_petition_worker_received ON supervision_petition (assigned_worker, received_at);
CREATE INDEX ix_sv_petition_category_received ON supervision_petition (category_code, received_at);
CREATE INDEX ix_sv_petition_department_received ON supervision_petition (return_department, received_at);
CREATE INDEX ix_sv_petition_rollup_pending ON supervision_petition (rollup_pending);
CREATE INDEX ix_sv_petition_community_open ON supervision_petition (community_code, status, first_contact_due,
    resolution_due, first_contacted_at, handled_at);
CREATE INDEX ix_sv_petition_community_minutes ON supervision_petition (community_code, received_at, contact_minutes,
    resolution_minutes);

-- Escalations (EscalationOpened), the petitions each answers (PetitionEscalated), the departments summoned and whether
-- late (DepartmentSummoned), the commitments (CommitmentChanged); the community is the escalation's.
CREATE TABLE supervision_escalation (
    escalation_id   BIGINT       NOT NULL,
    community_code  VARCHAR(32)  NOT NULL,
    opened_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_supervision_escalation PRIMARY KEY (escalation_id)
);
CREATE INDEX ix_sv_escalation_community_opened ON supervision_escalation (community_code, opened_at);

CREATE TABLE supervision_escalation_petition (
    escalation_id    BIGINT       NOT NULL,
    petition_number  VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_supervision_escalation_petition PRIMARY KEY (escalation_id, petition_number)
);

CREATE TABLE supervision_summons (
    summons_id       BIGINT       NOT NULL,
    escalation_id    BIGINT       NOT NULL,
    department_code  VARCHAR(32)  NOT NULL,
    summoned_at      TIMESTAMP    NOT NULL,
    late             BOOLEAN      NOT NULL,
    CONSTRAINT pk_supervision_summons PRIMARY KEY (summons_id)
);
CREATE INDEX ix_sv_summons_escalation ON supervision_summons (escalation_id);

CREATE TABLE supervision_commitment (
    commitment_id   BIGINT       NOT NULL,
    escalation_id   BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    deadline        DATE         NOT NULL,
    CONSTRAINT pk_supervision_commitment PRIMARY KEY (commitment_id)
);
CREATE INDEX ix_sv_commitment_escalation ON supervision_commitment (escalation_id);

-- Meetings (MeetingRecorded) and objections (ObjectionChanged), with the community of their deliberation or notice.
CREATE TABLE supervision_meeting (
    meeting_id      BIGINT       NOT NULL,
    community_code  VARCHAR(32)  NOT NULL,
    body_kind       VARCHAR(48)  NOT NULL,
    verdict         VARCHAR(24)  NULL,
    recorded_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_supervision_meeting PRIMARY KEY (meeting_id)
);
CREATE INDEX ix_sv_meeting_community_recorded ON supervision_meeting (community_code, recorded_at);

CREATE TABLE supervision_objection (
    objection_id    BIGINT       NOT NULL,
    community_code  VARCHAR(32)  NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    filed_at        TIMESTAMP    NOT NULL,
    CONSTRAINT pk_supervision_objection PRIMARY KEY (objection_id)
);
CREATE INDEX ix_sv_objection_community_filed ON supervision_objection (community_code, filed_at);

-- The back-fill, once: the records as they stand, copied from the tables this migration reads for the last time. The
-- petition's minutes and roll-up mark come along as they were, so petition_daily stays as it is and the roll-up SQL
-- lives in SupervisionRollup alone (V6's copy is history).
ALTER TABLE petition ADD revision INT DEFAULT 0 NOT NULL;

INSERT INTO supervision_petition (petition_id, revision, number, community_code, grid_code, assigned_worker,
    category_code, return_department, status, reopen_count, satisfaction, resolved, received_at, first_contact_due,
    first_contacted_at, resolution_due, handled_at, closed_at, contact_minutes, resolution_minutes, rollup_pending)
SELECT id, 0, number, community_code, grid_code, assigned_worker, category_code, return_department, status,
    reopen_count, satisfaction, resolved, received_at, first_contact_due, first_contacted_at, resolution_due,
    handled_at, closed_at, contact_minutes, resolution_minutes, rollup_pending
FROM petition;

INSERT INTO supervision_escalation (escalation_id, community_code, opened_at)
SELECT id, community_code, opened_at FROM escalation WHERE opened_at IS NOT NULL;

INSERT INTO supervision_escalation_petition (escalation_id, petition_number)
SELECT DISTINCT escalation_id, petition_number FROM escalation_petition;

INSERT INTO supervision_summons (summons_id, escalation_id, department_code, summoned_at, late)
SELECT id, escalation_id, department_code, summoned_at, late FROM escalation_department WHERE summoned_at IS NOT NULL;

INSERT INTO supervision_commitment (commitment_id, escalation_id, status, deadline)
SELECT id, escalation_id, status, deadline FROM commitment WHERE deadline IS NOT NULL;

INSERT INTO supervision_meeting (meeting_id, community_code, body_kind, verdict, recorded_at)
SELECT m.id, d.community_code, m.body_kind, m.verdict, m.recorded_at
FROM meeting m JOIN deliberation d ON m.deliberation_id = d.id WHERE m.recorded_at IS NOT NULL;

INSERT INTO supervision_objection (objection_id, community_code, status, filed_at)
SELECT o.id, n.community_code, o.status, o.filed_at
FROM objection o JOIN disclosure n ON o.disclosure_id = n.id;

-- The petition no longer carries supervision's mark and minutes.
DROP INDEX ix_petition_rollup_pending ON petition;
DROP INDEX ix_petition_community_minutes ON petition;
ALTER TABLE petition DROP COLUMN rollup_pending;
ALTER TABLE petition DROP COLUMN contact_minutes;
ALTER TABLE petition DROP COLUMN resolution_minutes;
