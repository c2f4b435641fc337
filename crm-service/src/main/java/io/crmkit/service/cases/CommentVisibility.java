package io.crmkit.service.cases;

/**
 * Who may read a case comment: an {@link #INTERNAL} note is for agents only, a {@link #PUBLIC} reply is part
 * of the conversation with the customer. {@code service.comment(id, version, CommentVisibility.INTERNAL, "…", "u-1")}
 */
public enum CommentVisibility {
  INTERNAL,
  PUBLIC
}
