package com.needlework.command.web;

import com.needlework.api.scheduling.BookingChannel;
import com.needlework.api.staff.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Decides whether the current caller books as staff or as the public. */
public final class StaffChannel {

  private StaffChannel() {}

  public static BookingChannel current() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    boolean staff =
        caller != null
            && StaffRole.anyIn(AuthorityUtils.authorityListToSet(caller.getAuthorities()));
    return staff ? BookingChannel.STAFF : BookingChannel.PUBLIC;
  }
}
