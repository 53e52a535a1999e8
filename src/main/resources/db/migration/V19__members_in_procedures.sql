-- Members in the community's procedures (docs/processes/party-members.md, "Members in the community's procedures"):
-- a petition, a consultation or a joint meeting offers Party members a service item of the members module, so it
-- counts as service wherever service counts. The item keeps where it came from (the procedure's kind and its
-- reference: the petition number, the consultation's or the escalation's id; no personal data), and may be offered
-- to one named member only (then the claim task is hers alone). One offer per procedure and member: the unique key
-- makes a redelivered event write nothing. Owned by the members module.
ALTER TABLE service_item ADD COLUMN source_kind VARCHAR(16);
ALTER TABLE service_item ADD COLUMN source_ref VARCHAR(64);
ALTER TABLE service_item ADD COLUMN offered_member_id BIGINT;
CREATE UNIQUE INDEX uk_service_item_offer ON service_item (source_kind, source_ref, offered_member_id);
