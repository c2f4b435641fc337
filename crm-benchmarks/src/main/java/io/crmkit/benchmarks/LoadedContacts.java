package io.crmkit.benchmarks;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state shared by the read benchmarks: {@link SampleContacts} loaded once per trial into an
 * {@link InMemoryStore} (through {@code insertAll}), and the same contacts in the plain collections the
 * baselines read: a {@code HashMap} by e-mail, a {@code HashMap} by id and an {@code ArrayList}.
 *
 * <p>Take it as a benchmark method parameter: {@code public List<Contact> query(LoadedContacts data)}.
 */
@State(Scope.Benchmark)
public class LoadedContacts {
  /** How many contacts the store holds. */
  @Param("1000000")
  public int contacts;

  Repository<Contact, ContactId> repository;
  Map<String, Contact> byEmail;
  Map<String, Contact> byId;
  List<Contact> list;

  /** Generates and loads the contacts, and reports how long that took (outside any measurement). */
  @Setup(Level.Trial)
  public void load() {
    long t0 = System.nanoTime();
    List<Contact> generated = SampleContacts.generate(contacts);
    long t1 = System.nanoTime();
    repository = InMemoryStore.create().forTenant(SampleContacts.TENANT).repository(Contact.TYPE);
    List<Contact> stored = repository.insertAll(generated);
    long t2 = System.nanoTime();
    // the baselines hold the stored (version 1) records, so both sides read the very same objects
    list = new ArrayList<>(stored);
    byEmail = new HashMap<>(stored.size() * 2);
    byId = new HashMap<>(stored.size() * 2);
    for (Contact c : stored) {
      byEmail.put(c.primaryEmail().orElseThrow(), c);
      byId.put(c.id().value(), c);
    }
    System.out.printf(
        "%n[setup] generated %,d contacts in %,d ms; insertAll took %,d ms%n",
        contacts, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }
}
