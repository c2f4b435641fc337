package io.crmkit.store.jdbc;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.EventPublisher;
import io.crmkit.core.json.CrmJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The transactional outbox of a {@link JdbcStore}: an {@link EventPublisher} that writes each event into the
 * table {@code crm_outbox} in the transaction running on the calling thread, so events are stored exactly
 * when the changes they describe are; and the two calls a host's relay needs to deliver them at least once.
 *
 * <pre>{@code
 * Outbox outbox = store.outbox();
 * tenantStore.transactions().run(() -> { contacts.update(c); outbox.publish(event); });   // both or neither
 * // the relay, on a schedule:
 * List<OutboxEntry> batch = outbox.claim(100, Duration.ofMinutes(1));
 * deliver(batch);
 * outbox.markDelivered(batch);
 * }</pre>
 *
 * <p>{@link #claim} leases rows so that concurrent relays do not take the same ones (PostgreSQL skips rows
 * another relay has locked); a relay that dies before {@link #markDelivered} leaves its rows to be claimed
 * again when the lease ends. The outbox spans tenants: it has no row-level security policy.
 */
public final class Outbox implements EventPublisher {
  private final Transactions transactions;

  Outbox(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Writes {@code event} to the outbox in the thread's transaction, or in a transaction of its own. */
  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    String payload = CrmJson.write(event);
    Dialect dialect = transactions.dialect();
    transactions.sql(null, "writing " + event.getClass().getSimpleName() + " to the outbox", c -> {
      String sql = "INSERT INTO crm_outbox (tenant_id, event_type, occurred_at, payload) VALUES (?, ?, ?, "
          + dialect.documentParameter() + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, event.tenantId().value());
        ps.setString(2, event.getClass().getName());
        ps.setObject(3, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
        ps.setString(4, payload);
        ps.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Claims up to {@code max} undelivered events, oldest first, that no live lease holds, leasing them for
   * {@code lease}; the caller delivers them and then calls {@link #markDelivered}.
   */
  public List<OutboxEntry> claim(int max, Duration lease) {
    Objects.requireNonNull(lease, "lease");
    ValidationException.check(max >= 1 && max <= 10_000, "max", "must be between 1 and 10000 but was " + max);
    ValidationException.check(!lease.isNegative() && !lease.isZero(), "lease", "must be positive but was " + lease);
    Instant now = transactions.config().clock().instant();
    return transactions.atomic(null, "claiming outbox entries", c -> {
      List<OutboxEntry> out = new ArrayList<>();
      String select = "SELECT seq, tenant_id, event_type, occurred_at, payload FROM crm_outbox"
          + " WHERE delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY seq LIMIT ?"
          + transactions.dialect().lockPending();
      try (PreparedStatement ps = c.prepareStatement(select)) {
        ps.setObject(1, utc(now));
        ps.setInt(2, max);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new OutboxEntry(
                rs.getLong(1), TenantId.of(rs.getString(2)), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
          }
        }
      }
      if (!out.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE crm_outbox SET claimed_until = ? WHERE seq = ?")) {
          for (OutboxEntry e : out) {
            ps.setObject(1, utc(now.plus(lease)));
            ps.setLong(2, e.sequence());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      return Collections.unmodifiableList(out);
    });
  }

  /** Marks {@code entries} delivered; they are never claimed again. */
  public void markDelivered(Collection<OutboxEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.isEmpty()) {
      return;
    }
    Instant now = transactions.config().clock().instant();
    transactions.atomic(null, "marking outbox entries delivered", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE crm_outbox SET delivered_at = ? WHERE seq = ?")) {
        for (OutboxEntry e : entries) {
          ps.setObject(1, utc(now));
          ps.setLong(2, e.sequence());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /** How many events wait for delivery (claimed or not). */
  public long pending() {
    return transactions.sql(null, "counting outbox entries", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM crm_outbox WHERE delivered_at IS NULL");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
