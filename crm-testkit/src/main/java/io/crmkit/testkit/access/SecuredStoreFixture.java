package io.crmkit.testkit.access;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.FieldRedactor;
import io.crmkit.core.access.FieldRedactors;
import io.crmkit.core.access.SecuredStore;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountFields;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactFields;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.CrmStore;
import io.crmkit.testkit.store.KitRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the secured-store kit shares: the owner field of each type its policy knows, a {@link FieldRedactor}
 * for the storage kit's {@link KitRecord}, and the registry of redactors the kit secures stores with.
 *
 * <p>{@code SecuredStore secured = SecuredStoreFixture.secure(store, policy);}
 */
public final class SecuredStoreFixture {
  private SecuredStoreFixture() {}

  /** The instant of the kit's fixed clock. */
  public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  /** The field naming the owner of each type the kit's policy knows, by type name. */
  public static final Map<String, FieldRef<String>> OWNER_FIELDS = Map.of(
      KitRecord.TYPE.name(), KitRecord.NAME,
      Contact.TYPE.name(), ContactFields.OWNER,
      Account.TYPE.name(), AccountFields.OWNER,
      Activity.TYPE.name(), Activity.OWNER);

  /** The KitRecord fields a policy may hide: the optional ones, the tags and the custom fields. */
  public static final List<String> KIT_REDACTABLE =
      List.of("nickname", "amount", "seenAt", "dueOn", "tags", "custom.tier", "custom.level");

  /** Removes and restores {@link #KIT_REDACTABLE}. */
  public static final FieldRedactor<KitRecord> KIT_REDACTOR = FieldRedactor.<KitRecord>builder()
      .field("nickname", r -> r.withNickname(Optional.empty()), (to, from) -> to.withNickname(from.nickname()))
      .field("amount", r -> r.withAmount(Optional.empty()), (to, from) -> to.withAmount(from.amount()))
      .field("seenAt", r -> r.withSeenAt(Optional.empty()), (to, from) -> to.withSeenAt(from.seenAt()))
      .field("dueOn", r -> r.withDueOn(Optional.empty()), (to, from) -> to.withDueOn(from.dueOn()))
      .field("tags", r -> r.withTags(List.of()), (to, from) -> to.withTags(from.tags()))
      .customFields((r, key) -> r.withCustomFields(without(r.customFields(), key)), (to, from, key) -> {
        Map<String, Object> copy = new HashMap<>(to.customFields());
        copy.remove(key);
        Object stored = from.customFields().get(key);
        if (stored != null) {
          copy.put(key, stored);
        }
        return to.withCustomFields(copy);
      })
      .build();

  /** crm-core's redactors and {@link #KIT_REDACTOR}. */
  public static final FieldRedactors REDACTORS = FieldRedactors.core().with(KitRecord.TYPE, KIT_REDACTOR);

  /** The kit's clock, fixed at {@link #NOW}. */
  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** {@code store} secured by {@code policy} with the kit's redactors and clock. */
  public static SecuredStore secure(CrmStore store, AccessPolicy policy) {
    return SecuredStore.of(store, policy, clock(), REDACTORS);
  }

  private static Map<String, Object> without(Map<String, Object> fields, String key) {
    Map<String, Object> copy = new HashMap<>(fields);
    copy.remove(key);
    return copy;
  }
}
