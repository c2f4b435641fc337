package io.crmkit.sales.opportunity;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.TenantStore;
import io.crmkit.core.view.CustomerView;
import io.crmkit.core.view.CustomerViewContributor;
import io.crmkit.core.view.ViewSection;
import io.crmkit.sales.pipeline.PipelineCatalog;
import io.crmkit.sales.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds the section {@code opportunities} to the single customer view: the open opportunities of the view's
 * account (or of the contact's account, and those where the contact has a contact role), earliest close date
 * first, then the ones closed most recently. The section's data is the list of {@link Opportunity}s.
 *
 * <p>{@code CustomerViews.builder(store).contributor(new OpportunityViewContributor(catalogs)).build()}
 *
 * <p>Lines read {@code Acme renewal 2026 — 12000.00 EUR — Negotiation/Review (90 %) — closes 2026-06-30}; the
 * stage label comes from the tenant's pipeline when {@code catalogs} knows it, otherwise the stage key shows.
 */
public final class OpportunityViewContributor implements CustomerViewContributor {
  /** The section name, {@code opportunities}. */
  public static final String SECTION = "opportunities";

  private final Function<TenantId, Optional<PipelineCatalog>> catalogs;

  /** A contributor reading stage labels from {@code catalogs} (the tenant's catalog, or empty). */
  public OpportunityViewContributor(Function<TenantId, Optional<PipelineCatalog>> catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  /** A contributor for tenants that all use {@link io.crmkit.sales.pipeline.Pipelines#standardSales()}. */
  public static OpportunityViewContributor standard() {
    return new OpportunityViewContributor(t -> Optional.of(PipelineCatalog.standard(t)));
  }

  @Override
  public String section() {
    return SECTION;
  }

  @Override
  public Optional<ViewSection> contribute(TenantStore store, CustomerView view) {
    Repository<Opportunity, OpportunityId> repo = store.repository(Opportunity.TYPE);
    Map<OpportunityId, Opportunity> found = new TreeMap<>(Comparator.comparing(OpportunityId::value));
    view.account().ifPresent(a ->
        repo.query(Criteria.eq(OpportunityFields.ACCOUNT_ID, a.id().value())).forEach(o -> found.put(o.id(), o)));
    view.contact().ifPresent(c ->
        repo.query(Criteria.eq(OpportunityFields.CONTACT_ID, c.id().value())).forEach(o -> found.put(o.id(), o)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Opportunity> open = new ArrayList<>();
    List<Opportunity> closed = new ArrayList<>();
    for (Opportunity o : found.values()) {
      (o.status().isClosed() ? closed : open).add(o);
    }
    open.sort(Comparator.comparing(Opportunity::closeDate).thenComparing(o -> o.id().value()));
    closed.sort(Comparator.comparing(Opportunity::stageEnteredAt).reversed().thenComparing(o -> o.id().value()));
    List<Opportunity> ordered = new ArrayList<>(open);
    ordered.addAll(closed);
    Optional<PipelineCatalog> catalog = catalogs.apply(store.tenantId());
    List<String> lines = new ArrayList<>();
    Set<RecordRef> dependsOn = new LinkedHashSet<>();
    for (Opportunity o : ordered) {
      dependsOn.add(o.ref());
      String stage = catalog.flatMap(c -> c.named(o.pipeline())).flatMap(p -> p.stage(o.stage()))
          .map(Stage::label).orElse(o.stage());
      String when = o.status().isClosed() ? o.status().name().toLowerCase(Locale.ROOT) + " " + o.closeDate() : "closes " + o.closeDate();
      lines.add(o.name() + " — " + o.amount() + " — " + stage + " (" + o.probability() + " %) — " + when);
    }
    String title = open.size() + " open, " + closed.size() + " closed opportunities";
    return Optional.of(new ViewSection(SECTION, title, List.copyOf(ordered), dependsOn, lines));
  }
}
