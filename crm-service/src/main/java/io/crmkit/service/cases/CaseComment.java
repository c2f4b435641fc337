package io.crmkit.service.cases;

import io.crmkit.core.EntityId;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment on a case: an internal note or a public reply, who wrote it and when, and where it came from.
 * Comments are appended by {@link CaseService#comment} and by intake; a merge moves them to the surviving
 * case with {@code originalCase} naming the case they were written on.
 *
 * <p>{@code CaseComment c = CaseComment.of("cm-1", CommentVisibility.PUBLIC, "ada@example.com", "It fails again", at);}
 *
 * @param id unique within the tenant's comments (1 to 128 characters)
 * @param visibility internal note or public reply
 * @param author who wrote it: a user id or, for a customer's message, the sender's address
 * @param body the text, never blank
 * @param at when it was written
 * @param channel the channel of an inbound message it came from; empty for comments written in the product
 * @param messageId the inbound message's id (an e-mail's Message-ID), when it came from one
 * @param originalCase the case it was first written on, when a merge moved it here
 */
public record CaseComment(
    String id,
    CommentVisibility visibility,
    String author,
    String body,
    Instant at,
    Optional<CaseChannel> channel,
    Optional<String> messageId,
    Optional<CaseId> originalCase) {
  public CaseComment {
    EntityId.checked(id, "comment.id");
    Objects.requireNonNull(visibility, "visibility");
    EntityId.checked(author, "comment.author");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(originalCase, "originalCase");
    ValidationException.check(!body.isBlank(), "comment.body", "must not be blank");
    messageId.ifPresent(m -> ValidationException.check(!m.isBlank(), "comment.messageId", "must not be blank when present"));
  }

  /** A comment written in the product (no channel, no message id, not moved). */
  public static CaseComment of(String id, CommentVisibility visibility, String author, String body, Instant at) {
    return new CaseComment(id, visibility, author, body, at, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether customers may see it. */
  public boolean isPublic() {
    return visibility == CommentVisibility.PUBLIC;
  }

  /** This comment moved by a merge from {@code from}; a comment moved before keeps its first case. */
  public CaseComment movedFrom(CaseId from) {
    Objects.requireNonNull(from, "from");
    return originalCase.isPresent() ? this : new CaseComment(id, visibility, author, body, at, channel, messageId, Optional.of(from));
  }
}
