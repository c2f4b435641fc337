package io.crmkit.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Makes new id texts. The default is {@link #uuidV7(Clock)}: time-ordered UUIDs (RFC 9562 version 7), so
 * ids sort by creation time and index well; hosts that own their ids plug in their own generator.
 *
 * <p>{@code ContactId id = ids.next(ContactId::new);}
 */
@FunctionalInterface
public interface IdGenerator {
  /** A new, unique id text. */
  String nextValue();

  /** A new typed id, e.g. {@code ids.next(ContactId::new)}. */
  default <I extends EntityId> I next(Function<String, I> factory) {
    return factory.apply(nextValue());
  }

  /**
   * Time-ordered UUID version 7 ids: 48 bits of Unix milliseconds from {@code clock}, then a 12-bit counter
   * that keeps ids strictly increasing within one generator even when the clock stands still or steps back,
   * then 62 random bits.
   */
  static IdGenerator uuidV7(Clock clock) {
    return new UuidV7(clock, new SecureRandom());
  }

  /** The UUIDv7 generator, seeded from {@link SecureRandom}. */
  final class UuidV7 implements IdGenerator {
    private final Clock clock;
    private final SecureRandom random;
    // the last (millis << 12 | counter) handed out; only ever grows
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    UuidV7(Clock clock, SecureRandom random) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String nextValue() {
      long now = (clock.millis() & 0xFFFF_FFFF_FFFFL) << 12;
      long stamp = last.updateAndGet(prev -> now > prev ? now : prev + 1);
      long millis = stamp >>> 12;
      long counter = stamp & 0xFFF;
      long msb = (millis << 16) | 0x7000L | counter;
      long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
      return new UUID(msb, lsb).toString();
    }
  }
}
