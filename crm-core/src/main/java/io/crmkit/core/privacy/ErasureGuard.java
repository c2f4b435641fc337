package io.crmkit.core.privacy;

import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The check against re-creating an erased person: before an import or a form creates a contact from outside
 * data, ask whether its e-mails or phones belong to someone erased. Hosts call it wherever people enter from
 * outside; crm-marketing's {@code ContactImport} does when given one.
 *
 * <pre>{@code
 * ErasureGuard guard = ErasureGuard.of(SuppressionKeys.withKey(hostSecret));
 * guard.isErased(tenantStore, candidate).ifPresent(m -> reject(m.reason()));
 * guard.requireNotErased(tenantStore, candidate);          // or: throws ErasedSubjectException
 * }</pre>
 */
public final class ErasureGuard {
  private final SuppressionKeys keys;

  private ErasureGuard(SuppressionKeys keys) {
    this.keys = keys;
  }

  /** A guard computing keys with {@code keys} (the same host key the erasures used). */
  public static ErasureGuard of(SuppressionKeys keys) {
    return new ErasureGuard(Objects.requireNonNull(keys, "keys"));
  }

  /** Whether {@code candidate} (e.g. a contact an import is about to insert) is an erased person. */
  public Optional<ErasureMatch> isErased(TenantStore store, Contact candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return isErased(store, candidate.emails(), candidate.phones());
  }

  /**
   * Refuses {@code candidate} when it is an erased person: call it where contacts are created from outside
   * data, beside the duplicate rules ({@code rules.beforeCreate("contact", record).requireAllowed();
   * guard.requireNotErased(store, contact);}).
   *
   * @throws ErasedSubjectException naming the erasure
   */
  public void requireNotErased(TenantStore store, Contact candidate) {
    Optional<ErasureMatch> m = isErased(store, candidate);
    if (m.isPresent()) {
      throw new ErasedSubjectException(m.get());
    }
  }

  /** Whether any of these normalised e-mails or E.164 phones belongs to an erased person. */
  public Optional<ErasureMatch> isErased(TenantStore store, Collection<String> emails, Collection<String> phones) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(emails, "emails");
    Objects.requireNonNull(phones, "phones");
    Repository<ErasureSuppression, ErasureSuppressionId> repo = store.repository(ErasureSuppression.TYPE);
    for (String e : Set.copyOf(emails)) {
      Optional<ErasureMatch> m = lookup(repo, keys.email(store.tenantId(), e), "e-mail");
      if (m.isPresent()) {
        return m;
      }
    }
    for (String p : Set.copyOf(phones)) {
      Optional<ErasureMatch> m = lookup(repo, keys.phone(store.tenantId(), p), "phone");
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private static Optional<ErasureMatch> lookup(Repository<ErasureSuppression, ErasureSuppressionId> repo, String key, String kind) {
    return repo.query(Query.where(Criteria.eq(ErasureSuppression.KEYS, key)).limit(1)).stream()
        .findFirst()
        .map(s -> new ErasureMatch(s.id(), kind, s.erasedAt()));
  }
}
