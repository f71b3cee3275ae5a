package com.needlework.query.billing.documents;

import com.needlework.api.billing.BillingCode;
import com.needlework.api.billing.ChargeLine;
import com.needlework.api.billing.ChargePayer;
import com.needlework.api.billing.Modifier;
import com.needlework.api.clinic.BillingIdentity;
import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PostalAddress;
import com.needlework.api.clinic.TaxId;
import com.needlework.api.clinic.VisitFees;
import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.query.billing.AccountViews.Invoice;
import com.needlework.query.billing.AccountViews.VisitCharges;
import com.needlework.query.billing.InvoiceStatus;
import com.needlework.query.clinic.ClinicRecords.ClinicView;
import com.needlework.query.patient.PatientRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The clinic, patient, lines and invoices the document tests print. */
final class Documents {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final String PATIENT = UUID.randomUUID().toString();
  static final String VISIT = UUID.randomUUID().toString();

  private Documents() {}

  static ClinicView clinic() {
    return new ClinicView(
        "Needlework Demo Clinic",
        ZONE,
        "CA",
        BookingRules.DEFAULT,
        new BillingIdentity(
            "Needlework Demo Physical Therapy PC",
            Npi.parse("1234567893"),
            TaxId.parse("94-1234567"),
            new PostalAddress(
                "2200 Mission Street", "Suite 3", "San Francisco", "CA", "941101234")),
        VisitFees.NONE);
  }

  static ClinicView clinicWithoutBillingIdentity() {
    return new ClinicView(
        "Needlework Demo Clinic", ZONE, "CA", BookingRules.DEFAULT, null, VisitFees.NONE);
  }

  static PatientRecord patient(String name) {
    return new PatientRecord(
        PatientId.parse(PATIENT), name, LocalDate.of(1980, 1, 2), null, null, null, null);
  }

  static ChargeLine line(String code, int units, String unitPrice) {
    Money price = Money.of(unitPrice);
    return new ChargeLine(
        BillingCode.parse(code),
        List.of(Modifier.GP),
        units,
        price,
        new Money(price.amount().multiply(BigDecimal.valueOf(units))),
        ChargePayer.SELF_PAY,
        List.of(1, 2));
  }

  static VisitCharges needlingVisit(boolean reversed) {
    return new VisitCharges(
        VISIT,
        PATIENT,
        LocalDate.of(2026, 11, 30),
        UUID.randomUUID().toString(),
        null,
        null,
        List.of("M54.50", "M62.830", "G89.29"),
        List.of(line("20561", 1, "95.00"), line("97110", 2, "45.00")),
        Money.of("185.00"),
        Money.ZERO,
        Money.of("185.00"),
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        Money.of("185.00"),
        Money.ZERO,
        reversed,
        reversed ? "Completed by mistake" : null);
  }

  /** An invoice due on {@code dueOn} with {@code paid} of {@code amount} paid. */
  static Invoice invoice(String number, LocalDate dueOn, String amount, String paid) {
    Money total = Money.of(amount);
    Money paidSoFar = Money.of(paid);
    return new Invoice(
        number,
        PATIENT,
        "Patient",
        VISIT,
        "Visit",
        dueOn.minusDays(30),
        dueOn,
        total,
        paidSoFar,
        total.minus(paidSoFar),
        paidSoFar.compareTo(total) >= 0
            ? InvoiceStatus.PAID
            : paidSoFar.compareTo(Money.ZERO) > 0 ? InvoiceStatus.PARTLY_PAID : InvoiceStatus.OPEN,
        null);
  }

  static Invoice voided(String number, LocalDate dueOn, String amount) {
    Money total = Money.of(amount);
    return new Invoice(
        number,
        PATIENT,
        "Patient",
        VISIT,
        "Visit",
        dueOn.minusDays(30),
        dueOn,
        total,
        Money.ZERO,
        Money.ZERO,
        InvoiceStatus.VOID,
        "Charged by mistake");
  }
}
