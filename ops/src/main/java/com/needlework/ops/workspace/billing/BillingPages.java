package com.needlework.ops.workspace.billing;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.AdjustmentKind;
import com.needlework.api.billing.FeeId;
import com.needlework.api.billing.InvoiceNumber;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentMethod;
import com.needlework.api.billing.RecordAdjustmentCommand;
import com.needlework.api.billing.RecordPaymentCommand;
import com.needlework.api.billing.RefundPaymentCommand;
import com.needlework.api.billing.WaiveFeeCommand;
import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.billing.PostedIds;
import com.needlework.command.web.Commands;
import com.needlework.ops.workspace.FormError;
import com.needlework.query.audit.PhiAccessLog;
import com.needlework.query.billing.AccountRecords;
import com.needlework.query.billing.AccountViews.AccountBalance;
import com.needlework.query.billing.documents.Documents;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.patient.PatientRecords;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Billing's pages over the accounts read model, and its forms over the same commands the billing
 * API sends. Refunds and adjustments live under {@code /staff/billing/bookkeeping}, which only
 * billing and admins may open; payments and fee waivers under {@code /staff/billing}, which the
 * front desk may too. A payment form carries an {@code Idempotency-Key} generated when it is shown,
 * so the payment's id derives from it as the API's does and a double submit posts once.
 */
@Controller
record BillingPages(
    AccountRecords accounts,
    PatientRecords patients,
    Documents documents,
    Commands commands,
    ClinicClock clock,
    PhiAccessLog audit) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.US);

  @GetMapping("/staff/billing")
  String accounts(
      @RequestParam(name = "sort", defaultValue = "name") String sort,
      @RequestParam(name = "show", defaultValue = "all") String show,
      Model model) {
    Comparator<AccountBalance> order =
        "balance".equals(sort)
            ? Comparator.comparing(AccountBalance::balance).reversed()
            : Comparator.comparing(AccountBalance::patientName, String.CASE_INSENSITIVE_ORDER);
    List<AccountBalance> listed =
        accounts.balances().stream()
            .filter(
                account ->
                    switch (show) {
                      case "owed" -> account.balance().compareTo(Money.ZERO) > 0;
                      case "credit" -> account.credit().compareTo(Money.ZERO) > 0;
                      default -> true;
                    })
            .sorted(order)
            .toList();
    audit.record("LIST_ACCOUNTS", "show=" + show);
    model.addAttribute("accounts", listed);
    model.addAttribute("sort", sort);
    model.addAttribute("show", show);
    return "staff/billing/accounts";
  }

  @GetMapping("/staff/billing/patients/{patientId}")
  String account(
      @PathVariable("patientId") PatientId patientId,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    model.addAttribute("done", done);
    return accountPage(patientId, Map.of(), null, model);
  }

  @PostMapping("/staff/billing/patients/{patientId}/payments")
  String pay(
      @PathVariable("patientId") PatientId patientId,
      @RequestParam Map<String, String> form,
      Principal staff,
      Model model,
      HttpServletResponse response) {
    try {
      PaymentId paymentId = PostedIds.payment(form.get("idempotencyKey"), patientId);
      commands.sendTo(
          "patient",
          patientId,
          new RecordPaymentCommand(
              AccountId.of(patientId),
              patientId,
              paymentId,
              amount(form),
              FormFields.required(
                  "method", form.get("method"), PaymentMethod::valueOf, "Choose how they paid"),
              form.get("reference"),
              FormFields.read("invoiceNumber", form.get("invoiceNumber"), InvoiceNumber::parse),
              staff.getName()));
    } catch (RuntimeException failure) {
      return refused(patientId, form, failure, "payment", model, response);
    }
    return "redirect:/staff/billing/patients/" + patientId + "?done=payment";
  }

  @PostMapping("/staff/billing/patients/{patientId}/fees/{feeId}/waive")
  String waive(
      @PathVariable("patientId") PatientId patientId,
      @PathVariable("feeId") FeeId feeId,
      @RequestParam Map<String, String> form,
      Principal staff,
      Model model,
      HttpServletResponse response) {
    try {
      commands.sendTo(
          "patient",
          patientId,
          new WaiveFeeCommand(AccountId.of(patientId), feeId, form.get("reason"), staff.getName()));
    } catch (RuntimeException failure) {
      return refused(patientId, form, failure, "waiver-" + feeId, model, response);
    }
    return "redirect:/staff/billing/patients/" + patientId + "?done=waiver";
  }

  @GetMapping("/staff/billing/bookkeeping/patients/{patientId}")
  String bookkeeping(@PathVariable("patientId") PatientId patientId, Model model) {
    return bookkeepingPage(patientId, Map.of(), null, model);
  }

  @PostMapping("/staff/billing/bookkeeping/patients/{patientId}/refunds")
  String refund(
      @PathVariable("patientId") PatientId patientId,
      @RequestParam Map<String, String> form,
      Principal staff,
      Model model,
      HttpServletResponse response) {
    try {
      commands.send(
          new RefundPaymentCommand(
              AccountId.of(patientId),
              FormFields.required(
                  "paymentId", form.get("paymentId"), PaymentId::parse, "Choose the payment"),
              amount(form),
              form.get("reason"),
              staff.getName()));
    } catch (RuntimeException failure) {
      return refusedBookkeeping(patientId, form, failure, "refund", model, response);
    }
    return "redirect:/staff/billing/patients/" + patientId + "?done=refund";
  }

  @PostMapping("/staff/billing/bookkeeping/patients/{patientId}/adjustments")
  String adjust(
      @PathVariable("patientId") PatientId patientId,
      @RequestParam Map<String, String> form,
      Principal staff,
      Model model,
      HttpServletResponse response) {
    try {
      commands.sendTo(
          "patient",
          patientId,
          new RecordAdjustmentCommand(
              AccountId.of(patientId),
              patientId,
              PostedIds.adjustment(form.get("idempotencyKey"), patientId),
              FormFields.required(
                  "kind", form.get("kind"), AdjustmentKind::valueOf, "Choose the kind"),
              amount(form),
              form.get("reason"),
              FormFields.read("invoiceNumber", form.get("invoiceNumber"), InvoiceNumber::parse),
              staff.getName()));
    } catch (RuntimeException failure) {
      return refusedBookkeeping(patientId, form, failure, "adjustment", model, response);
    }
    return "redirect:/staff/billing/patients/" + patientId + "?done=adjustment";
  }

  @GetMapping("/staff/billing/patients/{patientId}/statement.pdf")
  ResponseEntity<byte[]> statement(@PathVariable("patientId") PatientId patientId) {
    return documents.statement(patientId).inline();
  }

  @GetMapping("/staff/billing/visits/{visitId}/superbill.pdf")
  ResponseEntity<byte[]> superbill(@PathVariable("visitId") VisitId visitId) {
    return documents.superbill(visitId).inline();
  }

  @GetMapping("/staff/billing/day-close")
  String dayClose(@RequestParam(name = "date", required = false) LocalDate date, Model model) {
    LocalDate day = date == null ? clock.today() : date;
    audit.record("VIEW_DAY_CLOSE", "date=" + day);
    model.addAttribute("close", accounts.dayClose(day, clock.zone()));
    model.addAttribute("zone", clock.zone());
    model.addAttribute("when", WHEN);
    return "staff/billing/day-close";
  }

  @GetMapping("/staff/billing/unbilled")
  String unbilled(Model model) {
    audit.record("LIST_UNBILLED", "unbilled");
    model.addAttribute("unbilled", accounts.unbilled());
    return "staff/billing/unbilled";
  }

  private static Money amount(Map<String, String> form) {
    return FormFields.required(
        "amount", form.get("amount"), Money::of, "Give the amount, such as 30.00");
  }

  private String refused(
      PatientId patientId,
      Map<String, String> form,
      RuntimeException failure,
      String which,
      Model model,
      HttpServletResponse response) {
    FormError error = FormError.of(failure).orElseThrow(() -> failure);
    response.setStatus(422);
    model.addAttribute("refusedForm", which);
    return accountPage(patientId, form, error, model);
  }

  private String refusedBookkeeping(
      PatientId patientId,
      Map<String, String> form,
      RuntimeException failure,
      String which,
      Model model,
      HttpServletResponse response) {
    FormError error = FormError.of(failure).orElseThrow(() -> failure);
    response.setStatus(422);
    model.addAttribute("refusedForm", which);
    return bookkeepingPage(patientId, form, error, model);
  }

  private String accountPage(
      PatientId patientId, Map<String, String> form, FormError error, Model model) {
    addAccount(patientId, form, error, model);
    return "staff/billing/account";
  }

  private String bookkeepingPage(
      PatientId patientId, Map<String, String> form, FormError error, Model model) {
    addAccount(patientId, form, error, model);
    return "staff/billing/bookkeeping";
  }

  private void addAccount(
      PatientId patientId, Map<String, String> form, FormError error, Model model) {
    model.addAttribute("patient", patients.require(patientId));
    model.addAttribute("account", accounts.account(patientId));
    audit.record("VIEW_ACCOUNT", "patient=" + patientId);
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("methods", PaymentMethod.values());
    model.addAttribute("kinds", AdjustmentKind.values());
    model.addAttribute(
        "idempotencyKey", form.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
    model.addAttribute("zone", clock.zone());
    model.addAttribute("when", WHEN);
  }
}
