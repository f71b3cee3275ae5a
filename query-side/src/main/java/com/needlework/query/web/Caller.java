package com.needlework.query.web;

import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.staff.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking: a member of staff, or the public. */
public final class Caller {

  private Caller() {}

  public static String name() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller == null ? "anonymous" : caller.getName();
  }

  public static BookingChannel channel() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller != null
            && StaffRole.anyIn(AuthorityUtils.authorityListToSet(caller.getAuthorities()))
        ? BookingChannel.STAFF
        : BookingChannel.PUBLIC;
  }
}
