-- Every record a process works on knows the process instance it belongs to (docs/identity.md, "Records bound to
-- their process instance"): petitions, notices and escalations already did; deliberations do from now on. The steps
-- look the binding up by record id and compare, and the read APIs find a record's instance by it.

ALTER TABLE deliberation ADD process_instance_id VARCHAR(64);
CREATE INDEX ix_deliberation_process ON deliberation (process_instance_id);
CREATE INDEX ix_petition_process ON petition (process_instance_id);
CREATE INDEX ix_disclosure_process ON disclosure (process_instance_id);
CREATE INDEX ix_escalation_process ON escalation (process_instance_id);
