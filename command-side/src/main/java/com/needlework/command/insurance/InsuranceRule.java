package com.needlework.command.insurance;

/** Rules of recording insurance; each name is the {@code rule} of a 422 answer. */
enum InsuranceRule {
  UNKNOWN_PAYER,
  MEMBER_MISMATCH
}
