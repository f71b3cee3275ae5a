package com.needlework.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends whoever is not signed in to the sign-in page, saying so when their session ran out (idle
 * sign-out). An htmx request gets {@code HX-Redirect}, so the whole page goes, not a fragment.
 */
class SignInFirst implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
      throws IOException {
    boolean expired =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    String signIn = request.getContextPath() + (expired ? "/login?expired" : "/login");
    if (request.getHeader("HX-Request") != null) {
      response.setHeader("HX-Redirect", signIn);
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    response.sendRedirect(signIn);
  }
}
