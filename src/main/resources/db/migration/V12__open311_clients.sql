-- Open311 API clients (docs/open311.md, "Keys and quotas"): one row per API key, managed by administrators through
-- /api/open311-clients. The key itself is never stored: secret_hash is the SHA-256 (hex) of the random key, by which
-- a filing's api_key is recognised. quota is the client's filings per gongzhi.intake.open311-client-period.

CREATE TABLE open311_client (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(50)  NOT NULL,
    secret_hash       VARCHAR(64)  NOT NULL,
    quota             INT          NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    secret_changed_at TIMESTAMP    NOT NULL,
    last_used_at      TIMESTAMP,
    CONSTRAINT uk_open311_client_secret UNIQUE (secret_hash)
);
