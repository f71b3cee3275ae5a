package com.needlework.command.consistency;

import java.util.List;

/**
 * The command side's streaming processors that act on events: they send commands, so they never
 * replay. Each name is its processing group and its key under {@code
 * axon.eventhandling.processors}, which the application fills from {@link #ALL}.
 */
public final class Reactions {

  /** Offers freed slots to the waitlist. */
  public static final String WAITLIST_MATCHER = "waitlist-matcher";

  public static final List<String> ALL = List.of(WAITLIST_MATCHER);

  private Reactions() {}
}
