-- The resident's timeline: each step also records how the public page tells it (no staff names, text masked).
ALTER TABLE petition_event ADD COLUMN public_note VARCHAR(1000);

-- The access-list check was recorded as a second DISPATCHED step; it is a step of its own.
UPDATE petition_event SET type = 'ACCESS_CHECKED' WHERE type = 'DISPATCHED' AND note LIKE '准入核查：%';

-- What a notice is about (an escalation's number and the petitions it answers), so a petition's lookup can link it.
CREATE TABLE disclosure_subject (
    disclosure_id BIGINT      NOT NULL,
    subject       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_disclosure_subject PRIMARY KEY (disclosure_id, subject),
    CONSTRAINT fk_subject_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);
CREATE INDEX ix_disclosure_subject ON disclosure_subject (subject);
