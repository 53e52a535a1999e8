-- A retry under an Idempotency-Key returns the first receipt only when it carries the same submission
-- (docs/processes/petition.md, "Retries"): the SHA-256 (hex) of what was first submitted under the key, never the
-- submission itself. Petitions filed before this migration have none, so their keys are never replayed again.

ALTER TABLE petition ADD idempotency_fingerprint VARCHAR(64);
