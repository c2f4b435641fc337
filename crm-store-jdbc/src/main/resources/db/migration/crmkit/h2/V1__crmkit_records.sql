-- crmkit JDBC store, H2: the same design as on PostgreSQL. Text (ids and text values) is stored in an
-- order-preserving transform whose UTF-16 order is the code-point order of the original text (see the
-- store's Dialect); documents are text.
CREATE TABLE crm_records (
  tenant_id   CHARACTER VARYING NOT NULL,
  entity_type CHARACTER VARYING NOT NULL,
  id          CHARACTER VARYING NOT NULL,
  version     BIGINT NOT NULL,
  document    CHARACTER LARGE OBJECT NOT NULL,
  PRIMARY KEY (tenant_id, entity_type, id)
);

CREATE TABLE crm_fields (
  tenant_id     CHARACTER VARYING NOT NULL,
  entity_type   CHARACTER VARYING NOT NULL,
  id            CHARACTER VARYING NOT NULL,
  field         CHARACTER VARYING NOT NULL,
  indexed_field BOOLEAN NOT NULL,
  v_text        CHARACTER VARYING,
  v_num         DECFLOAT
);

CREATE INDEX crm_fields_record ON crm_fields (tenant_id, entity_type, id, field);
CREATE INDEX crm_fields_text ON crm_fields (tenant_id, entity_type, field, v_text);
CREATE INDEX crm_fields_num ON crm_fields (tenant_id, entity_type, field, v_num);

CREATE TABLE crm_outbox (
  seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     CHARACTER VARYING NOT NULL,
  event_type    CHARACTER VARYING NOT NULL,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  payload       CHARACTER LARGE OBJECT NOT NULL,
  claimed_until TIMESTAMP WITH TIME ZONE,
  delivered_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX crm_outbox_pending ON crm_outbox (delivered_at, seq);
