package com.needlework.ops.workspace.admin;

import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.PayerRules;
import com.needlework.api.insurance.RegisterPayerCommand;
import com.needlework.api.insurance.TimedCodeRule;
import com.needlework.api.insurance.UnattendedEstimCode;
import com.needlework.command.web.Commands;
import com.needlework.query.insurance.PayerRecords;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Payers and the rules they bill by, registered with the command POST /api/payers sends. */
@Controller
record PayerPages(Commands commands, PayerRecords payers) {

  @GetMapping("/staff/admin/payers")
  String payers(Model model) {
    return page(model, Map.of(), null);
  }

  @PostMapping("/staff/admin/payers")
  String register(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      boolean medicare = inputs.checked("medicare");
      commands.send(
          new RegisterPayerCommand(
              PayerId.newId(),
              inputs.text("name"),
              inputs.text("electronicPayerId"),
              new PayerRules(
                  inputs.checked("needlingCovered"),
                  UnattendedEstimCode.parse(inputs.text("unattendedEstimCode")),
                  timedCodeRule(inputs.text("timedCodeRule")),
                  medicare,
                  inputs.money("kxThreshold"))));
      return "redirect:/staff/admin/payers";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return page(
          model,
          form,
          Refused.of(
              failure,
              "payer",
              "name",
              "electronicPayerId",
              "unattendedEstimCode",
              "timedCodeRule",
              "kxThreshold"));
    }
  }

  private static TimedCodeRule timedCodeRule(String value) {
    return value == null ? null : TimedCodeRule.valueOf(value);
  }

  private String page(Model model, Map<String, String> form, Refused refused) {
    model.addAttribute("payers", payers.payers());
    model.addAttribute("form", form);
    model.addAttribute("refused", refused);
    return "staff/admin/payers";
  }
}
