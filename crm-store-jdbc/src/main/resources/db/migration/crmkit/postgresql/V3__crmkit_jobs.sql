-- The durable job store of crm-marketing's scheduler (JdbcJobStore): one row per (tenant, job key), the
-- idempotency key, so a second enqueue of a key is a no-op whatever state the first is in. Instants are
-- epoch nanoseconds (numeric), so due times and leases come back exactly as given. ready_at is when the job
-- becomes claimable -- its due time while PENDING, its lease expiry while CLAIMED (a dead execution after
-- that), NULL once COMPLETED or DEAD -- so one partial index serves every claim.
CREATE TABLE crm_jobs (
  tenant_id     text COLLATE "C" NOT NULL,
  job_key       text COLLATE "C" NOT NULL,
  payload       jsonb NOT NULL,
  due_at        numeric(38, 0) NOT NULL,
  state         text NOT NULL CHECK (state IN ('PENDING', 'CLAIMED', 'COMPLETED', 'DEAD')),
  attempts      integer NOT NULL CHECK (attempts >= 0),
  lease_worker  text,
  lease_token   bigint,
  lease_expires numeric(38, 0),
  last_error    text,
  version       bigint NOT NULL,
  ready_at      numeric(38, 0),
  PRIMARY KEY (tenant_id, job_key),
  CHECK ((state = 'CLAIMED') = (lease_token IS NOT NULL AND lease_worker IS NOT NULL AND lease_expires IS NOT NULL)),
  CHECK ((state IN ('PENDING', 'CLAIMED')) = (ready_at IS NOT NULL))
);

-- claims: the open jobs of a tenant in the order they become claimable
CREATE INDEX crm_jobs_ready ON crm_jobs (tenant_id, ready_at) WHERE ready_at IS NOT NULL;
-- the dead letters of a tenant
CREATE INDEX crm_jobs_dead ON crm_jobs (tenant_id, job_key) WHERE state = 'DEAD';

-- lease tokens: every claim takes a new one, so a worker that lost its lease is fenced off
CREATE SEQUENCE crm_job_lease_tokens;

ALTER TABLE crm_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm_jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY crm_jobs_tenant ON crm_jobs
  USING (tenant_id = current_setting('crmkit.tenant', true))
  WITH CHECK (tenant_id = current_setting('crmkit.tenant', true));
