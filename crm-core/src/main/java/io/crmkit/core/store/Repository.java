package io.crmkit.core.store;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrencyConflictException;
import io.crmkit.core.EntityId;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.query.Criteria;
import io.crmkit.core.query.Page;
import io.crmkit.core.query.PageRequest;
import io.crmkit.core.query.Query;
import io.crmkit.core.query.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The records of one entity type in one tenant. Writes check versions optimistically: {@link #insert}
 * takes a record at version 0 and stores version 1; {@link #update} takes the version it read and stores the
 * next one, or throws {@link ConcurrencyConflictException} and writes nothing.
 *
 * <pre>{@code
 * Contact saved = contacts.insert(contact);
 * Contact renamed = contacts.update(saved.withName(...));
 * Page<Contact> page = contacts.page(Criteria.all(), Sort.byId(), PageRequest.first(100));
 * }</pre>
 *
 * @param <T> the aggregate type
 * @param <I> its id type
 */
public interface Repository<T extends Aggregate<I>, I extends EntityId> {
  EntityType<T, I> type();

  Optional<T> find(I id);

  /** The record with {@code id}, or {@link NotFoundException}. */
  default T get(I id) {
    return find(id).orElseThrow(() -> new NotFoundException(type().name(), id.value()));
  }

  /** The records with the given ids that exist, in the order of {@code ids}. */
  default List<T> findAll(Collection<I> ids) {
    List<T> out = new ArrayList<>(ids.size());
    for (I id : ids) {
      find(id).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Stores a new record (version 0) and returns it at version 1.
   *
   * @throws ConcurrencyConflictException if a record with that id exists (expected version 0)
   * @throws io.crmkit.core.AccessDeniedException if the record belongs to another tenant
   */
  T insert(T record);

  /** Inserts many new records; all or none are stored. Stores may batch this. */
  default List<T> insertAll(Collection<T> records) {
    List<T> out = new ArrayList<>(records.size());
    for (T r : records) {
      out.add(insert(r));
    }
    return out;
  }

  /**
   * Replaces the stored record whose version equals {@code record.version()} and returns it with the next
   * version.
   *
   * @throws ConcurrencyConflictException if the stored version differs or the record is gone
   */
  T update(T record);

  /**
   * Deletes the record if its stored version is {@code expectedVersion}.
   *
   * @throws ConcurrencyConflictException if the stored version differs or the record is gone
   */
  void delete(I id, long expectedVersion);

  /** The records matching the query, in its order, up to its limit. */
  List<T> query(Query query);

  default List<T> query(Criteria criteria) {
    return query(Query.where(criteria));
  }

  long count(Criteria criteria);

  /** One page of the records matching {@code criteria} in {@code sort} order (keyset paging). */
  Page<T> page(Criteria criteria, Sort sort, PageRequest request);

  /**
   * All records matching {@code criteria} in id order, for bulk work; close the stream when done
   * (try-with-resources). Stores stream without loading everything at once where they can.
   */
  Stream<T> stream(Criteria criteria);
}
