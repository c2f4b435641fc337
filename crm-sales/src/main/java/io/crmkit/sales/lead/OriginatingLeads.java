package io.crmkit.sales.lead;

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
 * The "originating leads" section of the single customer view: the converted leads a contact or an
 * account came from, oldest conversion first, with source, company and when and by whom each was converted.
 * The section's data is the {@code List<Lead>}.
 *
 * <p>{@code CustomerViews.builder(store).clock(clock).contributor(OriginatingLeads.section(ZoneOffset.UTC)).build()}
 */
public final class OriginatingLeads implements CustomerViewContributor {
  /** The section's name. */
  public static final String SECTION = "originating_leads";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

  private final ZoneId zone;

  private OriginatingLeads(ZoneId zone) {
    this.zone = zone;
  }

  /** The contributor; conversion days are shown in {@code zone}. */
  public static OriginatingLeads section(ZoneId zone) {
    return new OriginatingLeads(Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String section() {
    return SECTION;
  }

  @Override
  public Optional<ViewSection> contribute(TenantStore store, CustomerView view) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(view, "view");
    RecordRef subject = view.subject();
    Criteria where = subject.type().equals(Contact.TYPE_NAME)
        ? Criteria.eq(LeadFields.CONVERTED_CONTACT_ID, subject.id())
        : subject.type().equals(Account.TYPE_NAME) ? Criteria.eq(LeadFields.CONVERTED_ACCOUNT_ID, subject.id()) : Criteria.none();
    List<Lead> leads = store.repository(Lead.TYPE)
        .query(Query.where(where).orderBy(Sort.by(LeadFields.CONVERTED_AT)));
    if (leads.isEmpty()) {
      return Optional.empty();
    }
    Set<RecordRef> dependsOn = new LinkedHashSet<>();
    List<String> lines = leads.stream().map(l -> {
      dependsOn.add(l.ref());
      return line(l);
    }).toList();
    return Optional.of(new ViewSection(SECTION, "Originating leads", leads, dependsOn, lines));
  }

  private String line(Lead lead) {
    ConversionInfo c = lead.conversion().orElseThrow();
    StringBuilder s = new StringBuilder(lead.name().fullName());
    lead.company().ifPresent(co -> s.append(" (").append(co).append(')'));
    s.append(" — source ").append(lead.source().code());
    s.append(" — converted ").append(DAY.format(c.convertedAt().atZone(zone))).append(" by ").append(c.convertedBy());
    c.opportunity().ifPresent(o -> s.append(" — opportunity ").append(o.value()));
    return s.toString();
  }
}
