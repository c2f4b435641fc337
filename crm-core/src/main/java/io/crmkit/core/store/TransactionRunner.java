package io.crmkit.core.store;

import java.util.function.Supplier;

/**
 * Runs multi-step domain work (lead conversion, merge, erasure) all-or-nothing: when {@code work} throws,
 * every write it made through the same tenant store is undone and the exception propagates. Nested calls
 * join the outer transaction.
 *
 * <p>{@code store.transactions().inTransaction(() -> convert(lead));}
 */
@FunctionalInterface
public interface TransactionRunner {
  <R> R inTransaction(Supplier<R> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
