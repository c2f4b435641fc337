-- The durable job store of crm-marketing's scheduler (JdbcJobStore), H2: the same design as on PostgreSQL
-- (see its V3). Instants are epoch nanoseconds; H2 has no partial indexes, so the indexes are plain.
CREATE TABLE crm_jobs (
  tenant_id     CHARACTER VARYING NOT NULL,
  job_key       CHARACTER VARYING NOT NULL,
  payload       CHARACTER LARGE OBJECT NOT NULL,
  due_at        NUMERIC(38, 0) NOT NULL,
  state         CHARACTER VARYING NOT NULL CHECK (state IN ('PENDING', 'CLAIMED', 'COMPLETED', 'DEAD')),
  attempts      INTEGER NOT NULL CHECK (attempts >= 0),
  lease_worker  CHARACTER VARYING,
  lease_token   BIGINT,
  lease_expires NUMERIC(38, 0),
  last_error    CHARACTER LARGE OBJECT,
  version       BIGINT NOT NULL,
  ready_at      NUMERIC(38, 0),
  PRIMARY KEY (tenant_id, job_key),
  CHECK ((state = 'CLAIMED') = (lease_token IS NOT NULL AND lease_worker IS NOT NULL AND lease_expires IS NOT NULL)),
  CHECK ((state IN ('PENDING', 'CLAIMED')) = (ready_at IS NOT NULL))
);

CREATE INDEX crm_jobs_ready ON crm_jobs (tenant_id, ready_at);
CREATE INDEX crm_jobs_state ON crm_jobs (tenant_id, state);

CREATE SEQUENCE crm_job_lease_tokens;
