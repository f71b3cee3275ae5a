package com.needlework.ops.workspace.admin;

import com.needlework.api.common.Refusal;
import com.needlework.api.staff.StaffRole;
import com.needlework.command.staff.StaffAccounts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff logins: who signs in with which roles; a new one registered through StaffAccounts. */
@Controller
record StaffLoginPages(StaffAccounts accounts) {

  @GetMapping("/staff/admin/staff")
  String logins(Model model) {
    return page(model, Map.of(), Set.of(), null);
  }

  @PostMapping("/staff/admin/staff")
  String create(
      @RequestParam Map<String, String> form,
      @RequestParam(required = false) List<String> roles,
      Model model,
      HttpServletResponse response) {
    Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
    try {
      for (String role : roles == null ? List.<String>of() : roles) {
        chosen.add(role(role));
      }
      Inputs inputs = new Inputs(form);
      accounts.register(
          inputs.text("username"), inputs.text("displayName"), chosen, form.get("password"));
      return "redirect:/staff/admin/staff";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      Map<String, String> kept = new HashMap<>(form);
      kept.remove("password");
      return page(
          model,
          kept,
          chosen,
          Refused.of(failure, "login", "username", "displayName", "roles", "password"));
    }
  }

  private static StaffRole role(String name) {
    try {
      return StaffRole.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      throw Refusal.invalidField("roles", "There is no role '" + name + "'");
    }
  }

  private String page(
      Model model, Map<String, String> form, Set<StaffRole> chosen, Refused refused) {
    model.addAttribute("logins", accounts.logins());
    model.addAttribute("allRoles", StaffRole.values());
    model.addAttribute("chosen", chosen);
    model.addAttribute("form", form);
    model.addAttribute("refused", refused);
    return "staff/admin/staff";
  }
}
