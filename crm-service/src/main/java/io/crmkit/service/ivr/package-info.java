/**
 * Contact-centre menus (IVR) as data: a {@link io.crmkit.service.ivr.Menu} is a tree of
 * {@link io.crmkit.service.ivr.MenuNode}s — prompts whose key presses or spoken intents lead to child nodes, and
 * leaves that play a recorded answer, transfer to a skill queue or hang up after a message — validated when built
 * (no dead ends, no dangling or duplicate choices, no unreachable nodes, no cycles, bounded depth) with a
 * {@link io.crmkit.service.ivr.RetryPolicy} for invalid input and silence. {@link io.crmkit.service.ivr.MenuSimulator}
 * walks a caller's inputs to the {@link io.crmkit.service.ivr.CallOutcome} (queue reached or message played) with
 * the path taken; it is total: every input sequence ends.
 */
@NullMarked
package io.crmkit.service.ivr;

import org.jspecify.annotations.NullMarked;
