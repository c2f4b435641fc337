package io.crmkit.service.cases;

/**
 * The channel a case came in through, and the channel of each inbound message.
 * {@code Case.builder(id, tenant).channel(CaseChannel.EMAIL)}
 */
public enum CaseChannel {
  EMAIL,
  WEB_FORM,
  CHAT,
  PHONE,
  SOCIAL
}
