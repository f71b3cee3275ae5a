package com.needlework.api.staff;

import java.util.Collection;

/** What a staff member may do; each is a Spring Security role of the same name. */
public enum StaffRole {
  FRONT_DESK,
  CLINICIAN,
  BILLING,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }

  /** Whether a caller holding these granted authorities is one of the clinic's staff. */
  public static boolean anyIn(Collection<String> authorities) {
    for (StaffRole role : values()) {
      if (authorities.contains(role.authority())) {
        return true;
      }
    }
    return false;
  }
}
