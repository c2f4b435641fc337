/**
 * The state-machine engine: lifecycles (lead status, opportunity stages, case status, campaign status) as
 * validated data, and firing an event as a pure function from (state, event, context) to a {@link
 * io.crmkit.core.statemachine.Decision}. Build a {@link io.crmkit.core.statemachine.StateMachine} in code or
 * compile one from a stored {@link io.crmkit.core.statemachine.StateMachineSpec}; the caller persists the new
 * state, carries out the {@link io.crmkit.core.statemachine.Effect}s, and keeps a {@link
 * io.crmkit.core.statemachine.StateHistory} for time-in-state analytics. The engine holds no mutable state.
 */
@NullMarked
package io.crmkit.core.statemachine;

import org.jspecify.annotations.NullMarked;
