package com.needlework.api.scheduling;

/** How many muscles were needled: 20560 (one or two) or 20561 (three or more). */
public enum MusclesNeedled {
  ONE_OR_TWO,
  THREE_OR_MORE
}
