package io.crmkit.core.match;

/**
 * What a duplicate rule does when a record being created or updated matches existing ones: let it through,
 * let it through with an alert for the user, or refuse it. Used in {@link DuplicateRule}.
 */
public enum DuplicateAction {
  ALLOW,
  ALERT,
  BLOCK
}
