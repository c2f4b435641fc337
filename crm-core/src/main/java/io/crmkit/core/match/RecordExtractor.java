package io.crmkit.core.match;

/**
 * Turns a host's records of type {@code T} into {@link MatchRecord}s with the fields of {@link #schema()}, so
 * one engine matches contacts, accounts, leads or anything else:
 * {@code RecordExtractor<Contact> x = PartyExtractors.contacts("US"); MatchRecord r = x.extract(contact);}.
 *
 * @param <T> the host record type
 */
public interface RecordExtractor<T> {
  /** The fields {@link #extract} fills and their kinds. */
  MatchSchema schema();

  /** The matcher's view of {@code record}. */
  MatchRecord extract(T record);
}
