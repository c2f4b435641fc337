/**
 * The audit trail: who changed which field of which record, when. {@link io.crmkit.core.audit.Audit#audited}
 * wraps any repository so that each write also stores an {@link io.crmkit.core.audit.AuditEntry} in the same
 * transaction and publishes a {@link io.crmkit.core.event.RecordChanged}; {@link
 * io.crmkit.core.audit.RecordDiff} computes field-level changes of immutable records and {@link
 * io.crmkit.core.audit.FieldHistory} reads one record's history back in time order.
 */
@NullMarked
package io.crmkit.core.audit;

import org.jspecify.annotations.NullMarked;
