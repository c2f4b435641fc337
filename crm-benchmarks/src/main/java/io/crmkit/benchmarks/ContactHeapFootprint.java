package io.crmkit.benchmarks;

import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.store.Repository;
import io.crmkit.core.store.memory.InMemoryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the retained heap per contact, not with JMH but with forced full GCs before and after loading:
 * the generated contacts alone, then the store holding them (its version-1 copies, id map and indexes),
 * then the store alone once the generated list is dropped, and a plain {@code HashMap} by id for
 * comparison. See {@link SampleContacts} for what a typical contact holds.
 *
 * <p>{@code java -Xmx8g -cp crm-benchmarks/target/benchmarks.jar io.crmkit.benchmarks.ContactHeapFootprint 1000000}
 */
public final class ContactHeapFootprint {
  private ContactHeapFootprint() {}

  /** Prints bytes per contact; the argument is the number of contacts (default 1,000,000). */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SampleContacts.generate(1_000); // loads classes and libphonenumber's metadata before the baseline
    long empty = usedAfterGc();

    List<Contact> generated = SampleContacts.generate(n);
    long withRecords = usedAfterGc();
    report("contacts alone (List of records, version 0)", withRecords - empty, n);

    Repository<Contact, ContactId> repository =
        InMemoryStore.create().forTenant(SampleContacts.TENANT).repository(Contact.TYPE);
    repository.insertAll(generated);
    long withStore = usedAfterGc();
    report("store on top of the contacts (copies + id map + indexes)", withStore - withRecords, n);

    generated = null; // the store keeps its own version-1 copies, which share every part of the originals
    long storeOnly = usedAfterGc();
    report("store alone, retained (what a host pays per contact)", storeOnly - empty, n);
    if (repository.count(io.crmkit.core.query.Criteria.all()) != n) {
      throw new IllegalStateException("the store lost contacts");
    }

    repository = null;
    long afterStore = usedAfterGc();
    Map<String, Contact> byId = new HashMap<>();
    for (Contact c : SampleContacts.generate(n)) {
      byId.put(c.id().value(), c);
    }
    long withMap = usedAfterGc();
    report("baseline: the contacts in a plain HashMap by id", withMap - afterStore, n);
    if (byId.size() != n) {
      throw new IllegalStateException("ids repeat");
    }
  }

  private static void report(String what, long bytes, int n) {
    System.out.printf("%-60s %,14d bytes  %,8.1f bytes/contact%n", what, bytes, (double) bytes / n);
  }

  /** Heap in use after full collections, once it stops shrinking. */
  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
