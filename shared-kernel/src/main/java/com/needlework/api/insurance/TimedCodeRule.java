package com.needlework.api.insurance;

/** How a payer turns timed minutes into units: CMS's 8-minute rule over all, or code by code. */
public enum TimedCodeRule {
  CMS_8_MINUTE,
  PER_CODE
}
