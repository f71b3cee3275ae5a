package com.needlework.ops.workspace.admin;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.Fee;
import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.ClinicId;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PostalAddress;
import com.needlework.api.clinic.SetBillingIdentityCommand;
import com.needlework.api.clinic.SetFeeCommand;
import com.needlework.api.clinic.SetVisitFeesCommand;
import com.needlework.api.clinic.TaxId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.command.clinic.ClinicSettings;
import com.needlework.command.web.Commands;
import com.needlework.query.clinic.ClinicRecords;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fee schedule and the clinic's policy (late-cancel and no-show fees, billing identity), sent
 * as the commands PUT /api/fee-schedule/{code}, PUT /api/clinic/visit-fees and PUT
 * /api/clinic/billing-identity send.
 */
@Controller
record ClinicPolicyPages(Commands commands, ClinicSettings settings, ClinicRecords clinic) {

  @GetMapping("/staff/admin/fees")
  String fees(Model model) {
    return feesPage(model, Map.of(), null);
  }

  @PostMapping("/staff/admin/fees")
  String setFee(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      Fee fee =
          new Fee(
              BillingCode.parse(inputs.text("code")),
              inputs.text("description"),
              inputs.money("price"),
              inputs.date("effectiveFrom"));
      ClinicId clinicId = settings.clinicId();
      commands.sendTo("clinic", clinicId, new SetFeeCommand(clinicId, fee));
      return "redirect:/staff/admin/fees";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return feesPage(
          model, form, Refused.of(failure, "fee", "price", "code", "effectiveFrom", "description"));
    }
  }

  private String feesPage(Model model, Map<String, String> form, Refused refused) {
    model.addAttribute("fees", clinic.prices().fees());
    model.addAttribute("form", form);
    model.addAttribute("refused", refused);
    return "staff/admin/fees";
  }

  @GetMapping("/staff/admin/policy")
  String policy(Model model) {
    return policyPage(model, Map.of(), null);
  }

  @PostMapping("/staff/admin/policy/visit-fees")
  String visitFees(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      VisitFees fees = new VisitFees(inputs.money("lateCancellation"), inputs.money("noShow"));
      ClinicId clinicId = settings.clinicId();
      commands.sendTo("clinic", clinicId, new SetVisitFeesCommand(clinicId, fees));
      return "redirect:/staff/admin/policy";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return policyPage(
          model, form, Refused.of(failure, "visitFees", "lateCancellation", "noShow"));
    }
  }

  @PostMapping("/staff/admin/policy/billing-identity")
  String billingIdentity(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    try {
      Inputs inputs = new Inputs(form);
      BillingIdentity identity =
          new BillingIdentity(
              inputs.text("legalName"),
              Npi.parse(inputs.text("npi")),
              TaxId.parse(inputs.text("tin")),
              new PostalAddress(
                  inputs.text("line1"),
                  inputs.text("line2"),
                  inputs.text("city"),
                  inputs.text("state"),
                  inputs.text("zip")));
      ClinicId clinicId = settings.clinicId();
      commands.sendTo("clinic", clinicId, new SetBillingIdentityCommand(clinicId, identity));
      return "redirect:/staff/admin/policy";
    } catch (RuntimeException failure) {
      response.setStatus(422);
      return policyPage(
          model,
          form,
          Refused.of(
              failure,
              "billingIdentity",
              "legalName",
              "npi",
              "tin",
              "line1",
              "line2",
              "city",
              "state",
              "zip"));
    }
  }

  private String policyPage(Model model, Map<String, String> form, Refused refused) {
    ClinicRecords.ClinicView current = clinic.openClinic();
    model.addAttribute("visitFees", current.visitFees());
    model.addAttribute("identity", current.billingIdentity());
    model.addAttribute("form", form);
    model.addAttribute("refused", refused);
    return "staff/admin/policy";
  }
}
