-- The dispatch decision's time limits (ISO-8601 durations from processes/PetitionDispatchDecision.dmn), kept with the
-- due dates they produce: the reminders and a reopened petition's new limit are counted from them, so the process
-- keeps no copy of the due dates (the user tasks and timers read them from the petition).
ALTER TABLE petition ADD COLUMN first_contact_limit VARCHAR(32);
ALTER TABLE petition ADD COLUMN resolution_limit VARCHAR(32);
