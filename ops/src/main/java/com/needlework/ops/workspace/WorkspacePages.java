package com.needlework.ops.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in, the workspace's front door, and the page for what a role may not see. */
@Controller
class WorkspacePages {

  @GetMapping("/login")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String expired,
      @RequestParam(required = false) String signedOut,
      Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("expired", expired != null);
    model.addAttribute("signedOut", signedOut != null);
    return "staff/login";
  }

  @GetMapping("/staff")
  String home() {
    return "redirect:/staff/day";
  }

  /** Also the answer to a refused POST (a form without its CSRF token, say). */
  @RequestMapping("/staff/forbidden")
  String forbidden(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "staff/forbidden";
  }
}
