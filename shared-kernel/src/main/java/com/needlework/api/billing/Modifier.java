package com.needlework.api.billing;

/** The modifiers a needling clinic's lines carry. */
public enum Modifier {
  /** Services under an outpatient physical therapy plan of care. */
  GP,
  /** Medicare: medically necessary therapy above the yearly threshold. */
  KX
}
