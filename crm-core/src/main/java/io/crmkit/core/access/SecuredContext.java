package io.crmkit.core.access;

import java.time.Clock;

/** What every secured repository of one principal shares. */
record SecuredContext(Principal principal, AccessPolicy policy, Clock clock, FieldRedactors redactors) {}
