package com.needlework.api.insurance;

public enum CoveragePriority {
  PRIMARY,
  SECONDARY
}
