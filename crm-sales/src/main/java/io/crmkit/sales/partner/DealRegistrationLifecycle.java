package io.crmkit.sales.partner;

import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle of a deal registration as a crm-core state machine: draft → submitted → approved | rejected;
 * submitted → withdrawn; approved → converted | expired. Rejected, withdrawn, converted and expired are terminal.
 * Guards: submitting needs the required fields (a contact, at least one product of interest, an estimated amount
 * above zero, a close date not in the past); approving needs a close date not in the past; rejecting needs a
 * reason; converting needs an unexpired approval, and expiring an expired one. {@link DealRegistrations} fires
 * every change through it.
 *
 * <p>{@code Set<String> buttons = DealRegistrationLifecycle.MACHINE.availableEvents(reg.status(), facts);}
 */
public final class DealRegistrationLifecycle {
  public static final String DRAFT = "draft";
  public static final String SUBMITTED = "submitted";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String WITHDRAWN = "withdrawn";
  public static final String CONVERTED = "converted";
  public static final String EXPIRED = "expired";

  /** Events. */
  public static final String SUBMIT = "submit";
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final String WITHDRAW = "withdraw";
  public static final String CONVERT = "convert";
  public static final String EXPIRE = "expire";

  /** The states in which a registration competes for its customer: submitted and approved. */
  public static final List<String> ACTIVE = List.of(SUBMITTED, APPROVED);

  static final Guard<RegistrationFacts> COMPLETE = new Guard<>() {
    @Override
    public String name() {
      return "required_fields";
    }

    @Override
    public Optional<String> refusal(RegistrationFacts f) {
      DealRegistration r = f.registration();
      List<String> missing = new ArrayList<>();
      if (r.contact().isEmpty()) {
        missing.add("a customer contact");
      }
      if (r.products().isEmpty()) {
        missing.add("at least one product of interest");
      }
      if (r.estimatedAmount().isZero() || r.estimatedAmount().isNegative()) {
        missing.add("an estimated amount above zero");
      }
      if (r.closeDate().isBefore(f.today())) {
        missing.add("a close date not in the past (it is " + r.closeDate() + ", today is " + f.today() + ")");
      }
      return missing.isEmpty() ? Optional.empty() : Optional.of("the registration needs " + String.join(", ", missing));
    }
  };
  static final Guard<RegistrationFacts> CLOSE_DATE_AHEAD = Guard.of("close_date_ahead",
      f -> !f.registration().closeDate().isBefore(f.today()), "the deal's close date has passed; the partner must update it");
  static final Guard<RegistrationFacts> REASON_GIVEN = Guard.of("reason_given",
      f -> f.reason().filter(s -> !s.isBlank()).isPresent(), "a rejection needs a reason the partner can read");
  static final Guard<RegistrationFacts> NOT_EXPIRED = Guard.of("not_expired",
      f -> !f.isExpired(), "the approval expired; the partner must register the deal again");
  static final Guard<RegistrationFacts> PAST_EXPIRY = Guard.of("past_expiry",
      RegistrationFacts::isExpired, "the approval has not expired yet");

  /** The machine {@code deal_registration}. */
  public static final StateMachine<RegistrationFacts> MACHINE = StateMachine.<RegistrationFacts>builder("deal_registration")
      .states(DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, CONVERTED, EXPIRED)
      .initial(DRAFT)
      .terminal(REJECTED, WITHDRAWN, CONVERTED, EXPIRED)
      .transition(DRAFT, SUBMIT, SUBMITTED, COMPLETE)
      .transition(SUBMITTED, APPROVE, APPROVED, CLOSE_DATE_AHEAD)
      .transition(SUBMITTED, REJECT, REJECTED, REASON_GIVEN)
      .transition(SUBMITTED, WITHDRAW, WITHDRAWN)
      .transition(APPROVED, CONVERT, CONVERTED, NOT_EXPIRED)
      .transition(APPROVED, EXPIRE, EXPIRED, PAST_EXPIRY)
      .build();

  private DealRegistrationLifecycle() {}
}
