package io.crmkit.service.cases;

import io.crmkit.core.RecordRef;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViewContributor;
import io.crmkit.core.view.ViewSection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The "cases" section of the single customer view: a contact's or an account's cases, newest first, each
 * with subject, status, priority, channel, the day it was opened and its number of public replies and
 * internal notes; merged cases say which case they live on in. The section's data is the {@code List<Case>}.
 *
 * <p>{@code CustomerViews.builder(store).clock(clock).contributor(CaseTimeline.section(ZoneOffset.UTC)).build()}
 */
public final class CaseTimeline implements CustomerViewContributor {
  /** The section's name. */
  public static final String SECTION = "cases";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

  private final ZoneId zone;

  private CaseTimeline(ZoneId zone) {
    this.zone = zone;
  }

  /** The contributor; opening days are shown in {@code zone}. */
  public static CaseTimeline section(ZoneId zone) {
    return new CaseTimeline(Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String section() {
    return SECTION;
  }

  @Override
  public Optional<ViewSection> contribute(TenantStore store, CustomerView view) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(view, "view");
    List<Case> cases = casesOf(store, view.subject());
    if (cases.isEmpty()) {
      return Optional.empty();
    }
    Set<RecordRef> dependsOn = new LinkedHashSet<>();
    List<String> lines = cases.stream().map(c -> {
      dependsOn.add(c.ref());
      return line(c);
    }).toList();
    return Optional.of(new ViewSection(SECTION, "Cases", cases, dependsOn, lines));
  }

  /** The cases of a contact or an account, newest first; none for other records. */
  public static List<Case> casesOf(TenantStore store, RecordRef subject) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(subject, "subject");
    Criteria where = subject.type().equals(Contact.TYPE_NAME)
        ? Criteria.eq(CaseFields.CONTACT_ID, subject.id())
        : subject.type().equals(Account.TYPE_NAME) ? Criteria.eq(CaseFields.ACCOUNT_ID, subject.id()) : Criteria.none();
    return store.repository(Case.TYPE).query(Query.where(where).orderBy(Sort.byDescending(CaseFields.CREATED_AT)));
  }

  private String line(Case c) {
    StringBuilder s = new StringBuilder(c.subject().replaceAll("[\\r\\n]+", " "));
    s.append(" — ").append(c.status()).append(" — ").append(c.priority().name().toLowerCase(Locale.ROOT))
        .append(" — ").append(c.channel().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(" — opened ").append(DAY.format(c.createdAt().atZone(zone)))
        .append(" — ").append(c.publicReplies().size()).append(" replies, ").append(c.internalNotes().size()).append(" notes");
    c.mergedInto().ifPresent(m -> s.append(" — merged into ").append(m.survivor()));
    return s.toString();
  }
}
