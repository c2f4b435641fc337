package io.crmkit.service.cases;

/**
 * How urgent a case is, lowest first; SLA targets are usually set per priority.
 * {@code Case.builder(id, tenant).priority(CasePriority.HIGH)}
 */
public enum CasePriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
