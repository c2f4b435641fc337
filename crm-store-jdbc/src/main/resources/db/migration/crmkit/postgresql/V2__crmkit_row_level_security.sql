-- Defence in depth: besides the tenant filter in every statement, rows are visible and writable only when
-- the transaction's setting crmkit.tenant (set_config('crmkit.tenant', ?, true)) names their tenant. FORCE
-- applies the policies to the table owner too; superusers and BYPASSRLS roles still bypass them, so run
-- the application as an ordinary role. The outbox has no policy: its relay works across tenants.
ALTER TABLE crm_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm_records FORCE ROW LEVEL SECURITY;
CREATE POLICY crm_records_tenant ON crm_records
  USING (tenant_id = current_setting('crmkit.tenant', true))
  WITH CHECK (tenant_id = current_setting('crmkit.tenant', true));

ALTER TABLE crm_fields ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm_fields FORCE ROW LEVEL SECURITY;
CREATE POLICY crm_fields_tenant ON crm_fields
  USING (tenant_id = current_setting('crmkit.tenant', true))
  WITH CHECK (tenant_id = current_setting('crmkit.tenant', true));
