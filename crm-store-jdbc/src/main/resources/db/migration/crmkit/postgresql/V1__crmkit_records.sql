-- crmkit JDBC store, PostgreSQL: every aggregate of every entity type in one table, keyed by tenant first
-- (the Citus distribution column), and the values of its declared queryable fields in a side table.
CREATE TABLE crm_records (
  tenant_id   text COLLATE "C" NOT NULL,
  entity_type text COLLATE "C" NOT NULL,
  id          text COLLATE "C" NOT NULL,
  version     bigint NOT NULL,
  document    jsonb NOT NULL,
  PRIMARY KEY (tenant_id, entity_type, id)
);

-- One row per (record, field, distinct value); a record has no row for an absent field. Text values
-- compare in code-point order (COLLATE "C"); LONG, DECIMAL, BOOLEAN (0/1), INSTANT (epoch seconds with
-- nanosecond fraction) and DATE (epoch day) values are numerics, so every kind keeps its order.
CREATE TABLE crm_fields (
  tenant_id     text COLLATE "C" NOT NULL,
  entity_type   text COLLATE "C" NOT NULL,
  id            text COLLATE "C" NOT NULL,
  field         text COLLATE "C" NOT NULL,
  indexed_field boolean NOT NULL,
  v_text        text COLLATE "C",
  v_num         numeric
);

-- the fields of one record (rewrites, correlated EXISTS and sort joins)
CREATE INDEX crm_fields_record ON crm_fields (tenant_id, entity_type, id, field);
-- lookups, ranges and prefixes on the text fields an entity type indexes (partial: long free text of
-- unindexed fields never enters the btree)
CREATE INDEX crm_fields_text ON crm_fields (tenant_id, entity_type, field, v_text) WHERE indexed_field;
-- lookups and ranges on numeric, boolean, instant and date fields
CREATE INDEX crm_fields_num ON crm_fields (tenant_id, entity_type, field, v_num) WHERE v_num IS NOT NULL;

-- Domain events written in the same transaction as the records they concern; a relay claims and delivers them.
CREATE TABLE crm_outbox (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     text NOT NULL,
  event_type    text NOT NULL,
  occurred_at   timestamptz NOT NULL,
  payload       jsonb NOT NULL,
  claimed_until timestamptz,
  delivered_at  timestamptz
);
CREATE INDEX crm_outbox_pending ON crm_outbox (seq) WHERE delivered_at IS NULL;
