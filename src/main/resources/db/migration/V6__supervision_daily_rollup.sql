-- Daily roll-up of petitions per day of receipt and unit (community, grid, worker, category, department), so a
-- summary reads a few rows per day instead of every petition of the period. Kept up to date from petitions marked
-- rollup_pending (set on every insert and update of a petition); docs/supervision.md, "How the figures stay cheap".
-- Absent units are stored as '' so they can be part of the key.
CREATE TABLE petition_daily (
    received_day            DATE          NOT NULL,
    community_code          VARCHAR(32)   NOT NULL,
    grid_code               VARCHAR(32)   NOT NULL,
    assigned_worker         VARCHAR(64)   NOT NULL,
    category_code           VARCHAR(48)   NOT NULL,
    return_department       VARCHAR(32)   NOT NULL,
    received                INT           NOT NULL,
    closed                  INT           NOT NULL,
    reopened                INT           NOT NULL,
    returned                INT           NOT NULL,
    on_time                 INT           NOT NULL,
    contact_limited         INT           NOT NULL,
    latest_uncontacted_due  TIMESTAMP     NULL,
    called_back             INT           NOT NULL,
    resolved                INT           NOT NULL,
    satisfaction_1          INT           NOT NULL,
    satisfaction_2          INT           NOT NULL,
    satisfaction_3          INT           NOT NULL,
    satisfaction_4          INT           NOT NULL,
    satisfaction_5          INT           NOT NULL,
    CONSTRAINT pk_petition_daily PRIMARY KEY (community_code, received_day, grid_code, assigned_worker, category_code,
        return_department)
);

ALTER TABLE petition ADD rollup_pending BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_petition_rollup_pending ON petition (rollup_pending);
-- overdue now and due soon read the open petitions from this index alone
CREATE INDEX ix_petition_community_open ON petition (community_code, status, first_contact_due, resolution_due,
    first_contacted_at, handled_at);
-- time to first contact and to resolution are read from the index alone
CREATE INDEX ix_petition_community_times ON petition (community_code, received_at, first_contacted_at, handled_at);

INSERT INTO petition_daily
SELECT CAST(received_at AS DATE), community_code, COALESCE(grid_code, ''), COALESCE(assigned_worker, ''), category_code,
    COALESCE(return_department, ''), COUNT(*),
    SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),
    SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN return_department IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN first_contacted_at IS NOT NULL AND first_contacted_at <= first_contact_due THEN 1 ELSE 0 END),
    SUM(CASE WHEN return_department IS NULL AND first_contact_due IS NOT NULL THEN 1 ELSE 0 END),
    MAX(CASE WHEN return_department IS NULL AND first_contacted_at IS NULL THEN first_contact_due END),
    SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN satisfaction IS NOT NULL AND resolved = TRUE THEN 1 ELSE 0 END),
    SUM(CASE WHEN satisfaction = 1 THEN 1 ELSE 0 END),
    SUM(CASE WHEN satisfaction = 2 THEN 1 ELSE 0 END),
    SUM(CASE WHEN satisfaction = 3 THEN 1 ELSE 0 END),
    SUM(CASE WHEN satisfaction = 4 THEN 1 ELSE 0 END),
    SUM(CASE WHEN satisfaction = 5 THEN 1 ELSE 0 END)
FROM petition
GROUP BY CAST(received_at AS DATE), community_code, COALESCE(grid_code, ''), COALESCE(assigned_worker, ''),
    category_code, COALESCE(return_department, '');

UPDATE petition SET rollup_pending = FALSE;
