package io.crmkit.service.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers of an inbound message in arrival order; names compare case-insensitively, as in RFC 5322.
 * {@code MessageHeaders.of(List.of(new MessageHeaders.Header("In-Reply-To", "<a@x>"))).first("in-reply-to")}
 *
 * @param headers every header, repeated names allowed
 */
public record MessageHeaders(List<Header> headers) {
  private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

  /** One header line. */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      io.crmkit.core.ValidationException.check(!name.isBlank(), "header.name", "must not be blank");
    }
  }

  public MessageHeaders {
    headers = List.copyOf(headers);
  }

  /** No headers (a phone call, say). */
  public static MessageHeaders none() {
    return new MessageHeaders(List.of());
  }

  public static MessageHeaders of(List<Header> headers) {
    return new MessageHeaders(headers);
  }

  /** This with one more header. */
  public MessageHeaders with(String name, String value) {
    List<Header> longer = new ArrayList<>(headers);
    longer.add(new Header(name, value));
    return new MessageHeaders(longer);
  }

  /** The first value of {@code name}, stripped. */
  public Optional<String> first(String name) {
    Objects.requireNonNull(name, "name");
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(h -> h.value().strip()).findFirst();
  }

  /** Every value of {@code name}, in order. */
  public List<String> all(String name) {
    Objects.requireNonNull(name, "name");
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
  }

  /** The message ids ({@code <id>}) in every value of {@code name}, in order, without angle brackets, lower-cased. */
  public List<String> messageIds(String name) {
    List<String> ids = new ArrayList<>();
    for (String value : all(name)) {
      Matcher m = MESSAGE_ID.matcher(value);
      while (m.find()) {
        ids.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(ids);
  }
}
