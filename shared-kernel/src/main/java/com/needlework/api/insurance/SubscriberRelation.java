package com.needlework.api.insurance;

/** The patient's relation to the policy's subscriber. */
public enum SubscriberRelation {
  SELF,
  SPOUSE,
  CHILD,
  OTHER
}
