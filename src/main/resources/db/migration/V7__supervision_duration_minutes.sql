-- Time to first contact and to resolution in whole minutes per petition, written by the roll-up catch-up together
-- with the day's figures (SupervisionRollup), so the median and 90th percentile read two small integers per petition
-- from one index instead of three timestamps (docs/performance.md). Whole minutes, rounded down, as
-- Duration.toMinutes(); TIMESTAMPDIFF in microseconds because H2 counts minute boundaries where MySQL counts minutes.
ALTER TABLE petition ADD contact_minutes INT NULL;
ALTER TABLE petition ADD resolution_minutes INT NULL;

UPDATE petition SET
    contact_minutes = FLOOR(TIMESTAMPDIFF(MICROSECOND, received_at, first_contacted_at) / 60000000),
    resolution_minutes = FLOOR(TIMESTAMPDIFF(MICROSECOND, received_at, handled_at) / 60000000);

DROP INDEX ix_petition_community_times ON petition;
CREATE INDEX ix_petition_community_minutes ON petition (community_code, received_at, contact_minutes,
    resolution_minutes);
