package io.crmkit.service.sla;

import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.service.calendar.BusinessCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The business calendars SLA targets refer to by key, all of one tenant.
 *
 * <p>{@code SlaCalendars.of(tenant, List.of(emeaHours, usHours))}
 */
public record SlaCalendars(TenantId tenantId, Map<String, BusinessCalendar> byKey) {
  public SlaCalendars {
    Objects.requireNonNull(tenantId, "tenantId");
    byKey = Map.copyOf(Objects.requireNonNull(byKey, "byKey"));
    byKey.forEach((k, c) -> {
      ValidationException.check(c.key().equals(k), "byKey." + k, "must map a calendar to its own key but holds " + c.key());
      ValidationException.check(c.tenantId().equals(tenantId), "byKey." + k, "must belong to tenant " + tenantId + " but belongs to " + c.tenantId());
    });
  }

  /** The calendars keyed by their own keys; two with one key are refused. */
  public static SlaCalendars of(TenantId tenantId, List<BusinessCalendar> calendars) {
    Map<String, BusinessCalendar> map = new LinkedHashMap<>();
    for (BusinessCalendar c : calendars) {
      ValidationException.check(map.put(c.key(), c) == null, "calendars", "must have distinct keys but '" + c.key() + "' repeats");
    }
    return new SlaCalendars(tenantId, map);
  }

  /** The calendar with {@code key}. */
  public Optional<BusinessCalendar> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
