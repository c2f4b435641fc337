package io.crmkit.core.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.event.DomainEvent;
import io.crmkit.core.event.InProcessEventPublisher;
import io.crmkit.core.store.CrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Assembles {@link CustomerView}s and caches them per tenant and subject. A cached view is dropped as soon as
 * a {@link DomainEvent} of its tenant names one of the records it was read from ({@link
 * CustomerView#dependsOn()}), so a view is never older than the last event delivered to {@link #onEvent}.
 *
 * <pre>{@code
 * CustomerViews views = CustomerViews.builder(store).clock(clock).contributor(casesSection).build();
 * views.listenTo(bus);                                   // or call views.onEvent(e) from the host's own bus
 * CustomerView ada = views.view(tenant, RecordRef.of("contact", adaId));
 * }</pre>
 *
 * <p>Writes are only seen after their event: write through repositories that publish (for example {@link
 * io.crmkit.core.audit.Audit#audited}) and name in each event's related records the parties whose views
 * include the written record (the account of a contact, the links of an activity, both sides of a
 * relationship). Views are kept apart by tenant: a view is only ever served to, and only dropped by events
 * of, the tenant it was read in. Invalidation costs one pass over the cached views; size the cache to the
 * views that are read repeatedly (the default keeps 10,000 for 10 minutes). Thread-safe.
 */
public final class CustomerViews {
  private final CrmStore store;
  private final Clock clock;
  private final List<CustomerViewContributor> contributors;
  private final Cache<ViewKey, Cached> cache;
  // per tenant, how many invalidating events have been seen; lets view() notice an event during assembly
  private final Map<TenantId, AtomicLong> epochs = new ConcurrentHashMap<>();

  private CustomerViews(Builder b, Clock clock) {
    this.store = b.store;
    this.clock = clock;
    this.contributors = List.copyOf(b.contributors);
    this.cache = Caffeine.newBuilder()
        .maximumSize(b.maximumSize)
        .expireAfterWrite(b.expireAfter)
        .ticker(new ClockTicker(clock))
        .executor(Runnable::run)
        .build();
  }

  /** Starts a configuration over {@code store}; see {@link Builder} for the defaults. */
  public static Builder builder(CrmStore store) {
    return new Builder(store);
  }

  /**
   * The view of {@code subject} (a contact or an account) in {@code tenant}: the cached one while nothing it
   * depends on has changed, else freshly assembled.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact or account
   * @throws ValidationException if {@code subject} is neither a contact nor an account
   */
  public CustomerView view(TenantId tenant, RecordRef subject) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    ViewKey key = new ViewKey(tenant, subject);
    Cached hit = cache.getIfPresent(key);
    if (hit != null) {
      return hit.view();
    }
    AtomicLong epoch = epoch(tenant);
    long before = epoch.get();
    CustomerView view = ViewAssembly.assemble(store.forTenant(tenant), clock, subject, contributors);
    Cached fresh = new Cached(view, view.dependsOn());
    cache.put(key, fresh);
    if (epoch.get() != before) {
      // an event of this tenant arrived while we read; it may have missed the entry we just put
      cache.asMap().remove(key, fresh);
    }
    return view;
  }

  /**
   * Drops every cached view of the event's tenant that depends on one of the event's {@link
   * DomainEvent#subjects()}. Call it from the host's bus for every event, or use {@link #listenTo}.
   */
  public void onEvent(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    TenantId tenant = event.tenantId();
    epoch(tenant).incrementAndGet();
    Set<RecordRef> subjects = event.subjects();
    if (subjects.isEmpty()) {
      return;
    }
    List<ViewKey> stale = new ArrayList<>();
    cache.asMap().forEach((key, cached) -> {
      if (key.tenant().equals(tenant) && !Collections.disjoint(cached.dependsOn(), subjects)) {
        stale.add(key);
      }
    });
    cache.invalidateAll(stale);
  }

  /**
   * Subscribes {@link #onEvent} to every {@link DomainEvent} published on {@code bus}; close the returned
   * subscription to stop.
   */
  public InProcessEventPublisher.Subscription listenTo(InProcessEventPublisher bus) {
    return Objects.requireNonNull(bus, "bus").subscribe(DomainEvent.class, this::onEvent);
  }

  /** Drops the cached view of {@code subject} in {@code tenant}, if any. */
  public void invalidate(TenantId tenant, RecordRef subject) {
    cache.invalidate(new ViewKey(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(subject, "subject")));
  }

  /** Drops every cached view. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** How many views are cached now (an estimate while other threads work). */
  public long cachedViews() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  /** The contributors, in the order their sections appear. */
  public List<CustomerViewContributor> contributors() {
    return contributors;
  }

  private AtomicLong epoch(TenantId tenant) {
    return epochs.computeIfAbsent(tenant, t -> new AtomicLong());
  }

  private record ViewKey(TenantId tenant, RecordRef subject) {}

  private record Cached(CustomerView view, Set<RecordRef> dependsOn) {}

  /** Caffeine's time source, read from the injected clock so that expiry follows it (and tests can step it). */
  private record ClockTicker(Clock clock) implements Ticker {
    @Override
    public long read() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
  }

  /**
   * Configures {@link CustomerViews}; {@link #build()} validates. The {@link #clock} is required; defaults:
   * no contributors, at most 10,000 cached views, each kept at most 10 minutes.
   */
  public static final class Builder {
    private final CrmStore store;
    private @Nullable Clock clock;
    private final List<CustomerViewContributor> contributors = new ArrayList<>();
    private long maximumSize = 10_000;
    private Duration expireAfter = Duration.ofMinutes(10);

    private Builder(CrmStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The clock that stamps views, decides the org chart's day (in its zone) and ages the cache. Required. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Adds a contributor; its section appears after those added before it. */
    public Builder contributor(CustomerViewContributor value) {
      contributors.add(Objects.requireNonNull(value, "contributor"));
      return this;
    }

    /** Adds contributors in order. */
    public Builder contributors(List<? extends CustomerViewContributor> values) {
      values.forEach(this::contributor);
      return this;
    }

    /** How many views to keep at most; {@code 0} turns caching off. */
    public Builder maximumSize(long value) {
      ValidationException.check(value >= 0, "maximumSize", "must not be negative but was " + value);
      this.maximumSize = value;
      return this;
    }

    /** How long a cached view may be served at most, even without events. */
    public Builder expireAfter(Duration value) {
      Objects.requireNonNull(value, "expireAfter");
      ValidationException.check(!value.isNegative() && !value.isZero(), "expireAfter", "must be positive but was " + value);
      this.expireAfter = value;
      return this;
    }

    /**
     * The service.
     *
     * @throws NullPointerException without a clock
     * @throws ValidationException when two contributors claim the same section
     */
    public CustomerViews build() {
      Clock chosenClock = Objects.requireNonNull(clock, "clock");
      Set<String> sections = new HashSet<>();
      for (CustomerViewContributor c : contributors) {
        String name = Objects.requireNonNull(c.section(), "section");
        ValidationException.check(sections.add(name), "contributors", "two contributors add the section '" + name + "'");
      }
      return new CustomerViews(this, chosenClock);
    }
  }
}
