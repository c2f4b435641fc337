package io.crmkit.store.jdbc;

import io.crmkit.core.Aggregate;
import io.crmkit.core.EntityId;
import io.crmkit.core.json.CrmJson;
import io.crmkit.core.store.EntityType;
import java.util.Objects;

/**
 * Turns the aggregates of one entity type into the JSON document the store keeps, and back. The default,
 * {@link #crmJson(EntityType)}, is crmkit's own format; a host registers another one through
 * {@link JdbcStoreConfig.Builder#documentCodec} for an aggregate whose components the default cannot type
 * (for example a {@code Map<String, Object>} of mixed values).
 *
 * <p>{@code JdbcStoreConfig.custom().documentCodec(Invoice.TYPE, DocumentCodec.of(MyJson::write, MyJson::readInvoice))}
 *
 * @param <T> the aggregate type
 */
public interface DocumentCodec<T> {
  /** The JSON document of {@code record}. */
  String write(T record);

  /** The record a document from {@link #write} describes. */
  T read(String document);

  /** The codec made of two functions. */
  static <T> DocumentCodec<T> of(java.util.function.Function<T, String> write, java.util.function.Function<String, T> read) {
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(read, "read");
    return new DocumentCodec<>() {
      @Override
      public String write(T record) {
        return write.apply(record);
      }

      @Override
      public T read(String document) {
        return read.apply(document);
      }
    };
  }

  /** crmkit's JSON format: {@link CrmJson#documentOf} and {@link CrmJson#fromDocument}. */
  static <T extends Aggregate<I>, I extends EntityId> DocumentCodec<T> crmJson(EntityType<T, I> type) {
    Objects.requireNonNull(type, "type");
    return of(CrmJson::documentOf, json -> CrmJson.fromDocument(json, type));
  }
}
