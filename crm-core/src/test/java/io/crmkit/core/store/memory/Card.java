package io.crmkit.core.store.memory;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.TenantId;
import io.crmkit.core.query.FieldRef;
import io.crmkit.core.store.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A small aggregate for the in-memory store's tests: an indexed e-mail, indexed tags, an unindexed city. */
record Card(Card.CardId id, TenantId tenantId, long version, String email, Optional<String> city, List<String> tags, long counter)
    implements Aggregate<Card.CardId> {
  static final FieldRef<String> EMAIL = FieldRef.text("email");
  static final FieldRef<String> CITY = FieldRef.text("city");
  static final FieldRef<String> TAGS = FieldRef.text("tags");
  static final FieldRef<Long> COUNTER = FieldRef.number("counter");

  static final EntityType<Card, CardId> TYPE =
      EntityType.builder("card", Card.class, CardId::new)
          .field(EMAIL, Card::email)
          .optionalField(CITY, Card::city)
          .multiField(TAGS, Card::tags)
          .field(COUNTER, Card::counter)
          .index(EMAIL, TAGS)
          .build();

  Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(city, "city");
    tags = List.copyOf(tags);
  }

  static Card of(TenantId tenant, String id, String email, String city, String... tags) {
    return new Card(new CardId(id), tenant, 0, email, Optional.ofNullable(city), List.of(tags), 0);
  }

  @Override
  public Card withVersion(long v) {
    return new Card(id, tenantId, v, email, city, tags, counter);
  }

  Card withEmail(String e) {
    return new Card(id, tenantId, version, e, city, tags, counter);
  }

  Card withCounter(long c) {
    return new Card(id, tenantId, version, email, city, tags, c);
  }

  Card withTenantId(TenantId t) {
    return new Card(id, t, version, email, city, tags, counter);
  }

  record CardId(String value) implements EntityId {
    CardId {
      EntityId.checked(value, "cardId");
    }
  }
}
