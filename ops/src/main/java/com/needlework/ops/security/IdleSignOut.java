package com.needlework.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs staff out after {@code needlework.staff.idle-timeout} (15 minutes unless configured)
 * without activity: HIPAA's automatic logoff. A page's own refreshes (requests that carry {@value
 * #POLL} — the day view asks every two seconds) are not activity, so an open screen nobody uses
 * still signs out. The session ends before security reads it, so the sign-in page says why.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class IdleSignOut extends OncePerRequestFilter implements HttpSessionListener {

  static final String POLL = "X-Needlework-Poll";
  private static final String LAST_ACTIVITY = IdleSignOut.class.getName() + ".lastActivity";

  private final Duration idle;

  IdleSignOut(@Value("${needlework.staff.idle-timeout:15m}") Duration idle) {
    this.idle = idle;
  }

  @Override
  public void sessionCreated(HttpSessionEvent created) {
    created.getSession().setMaxInactiveInterval(Math.toIntExact(Math.max(1, idle.toSeconds())));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      long now = System.currentTimeMillis();
      Object last = session.getAttribute(LAST_ACTIVITY);
      if (last instanceof Long since && now - since > idle.toMillis()) {
        session.invalidate();
      } else if (request.getHeader(POLL) == null) {
        session.setAttribute(LAST_ACTIVITY, now);
      }
    }
    chain.doFilter(request, response);
  }
}
