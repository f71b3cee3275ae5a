package com.needlework.query.billing.documents;

import static com.needlework.query.billing.documents.Documents.PATIENT;
import static com.needlework.query.billing.documents.Documents.TODAY;
import static com.needlework.query.billing.documents.Documents.ZONE;
import static com.needlework.query.billing.documents.Documents.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.Money;
import com.needlework.query.billing.AccountViews.Account;
import com.needlework.query.billing.AccountViews.Entry;
import com.needlework.query.clinic.ClinicRecords.PractitionerView;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {

  private static final String HOSTILE_NAME = "Ana <b>Rivera</b> & \"Co\" <script>x</script>";

  private final DocumentRenderer renderer = new DocumentRenderer();

  private static StatementDocument statement(String patientName) {
    return StatementDocument.of(
        Documents.clinic(),
        Documents.patient(patientName),
        new Account(
            PATIENT,
            Money.of("135.00"),
            Money.ZERO,
            Money.of("135.00"),
            List.of(
                new Entry(
                    Instant.parse("2026-11-30T20:00:00Z"),
                    "PAYMENT",
                    "Payment by card",
                    Money.of("-50.00"),
                    Money.of("135.00"),
                    "CARD",
                    null)),
            List.of(invoice("INV-2026-0001", TODAY.minusDays(35), "185.00", "50.00")),
            List.of(Documents.needlingVisit(false), Documents.needlingVisit(true)),
            List.of(),
            List.of()),
        TODAY,
        ZONE);
  }

  private static SuperbillDocument superbill() {
    return SuperbillDocument.of(
        Documents.clinic(),
        new PractitionerView(
            PractitionerId.newId(),
            "Priya Natarajan, DPT",
            new WeeklyHours(List.of()),
            Npi.parse("1765432194")),
        Documents.patient("Ana Rivera"),
        Documents.needlingVisit(false),
        List.of(invoice("INV-2026-0001", TODAY, "185.00", "50.00")));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  @Test
  void aStatementPrintsTheVisitsPaymentsInvoicesBalanceAndAging() throws IOException {
    String text = text(renderer.statement(statement("Ana Rivera")));

    assertThat(text)
        .contains("Needlework Demo Physical Therapy PC")
        .contains("San Francisco, CA 94110-1234")
        .contains("Billing NPI: 1234567893")
        .contains("TIN: 94-1234567")
        .contains("Patient statement")
        .contains("Ana Rivera")
        .contains("01/02/1980")
        .contains("Statement date 12/02/2026")
        .contains("Balance due: $135.00")
        .contains("Due date: 10/28/2026")
        .contains("Visit on 11/30/2026")
        .contains("REVERSED")
        .contains("Payment by card")
        .contains("-$50.00")
        .contains("INV-2026-0001")
        .contains("Partly paid");
    assertThat(text).containsPattern("20561 .*GP 1 \\$95\\.00 \\$95\\.00");
    assertThat(text).containsPattern("97110 .*GP 2 \\$45\\.00 \\$90\\.00");
    assertThat(text)
        .containsPattern("\\$0\\.00 \\$0\\.00 \\$135\\.00 \\$0\\.00 \\$0\\.00 \\$135\\.00");
  }

  @Test
  void aSuperbillPrintsTheProvidersDiagnosesLinesAndWhatWasPaid() throws IOException {
    String text = text(renderer.superbill(superbill()));

    assertThat(text)
        .contains("Superbill")
        .contains("Priya Natarajan, DPT")
        .contains("1765432194")
        .contains("1234567893")
        .contains("94-1234567")
        .contains("Date of service 11/30/2026")
        .containsPattern("1 M54\\.50 Low back pain, unspecified")
        .containsPattern("2 M62\\.830 Muscle spasm of back")
        .containsPattern("3 G89\\.29")
        .containsPattern(
            "20561 Needle insertion\\(s\\) without injection, 3 or more .*GP 1,2 1 \\$95\\.00 \\$95\\.00")
        .containsPattern(
            "97110 Therapeutic exercise, each 15 minutes GP 1,2 2 \\$45\\.00 \\$90\\.00")
        .contains("Total charges $185.00")
        .contains("Amount paid $50.00")
        .contains("Balance $135.00");
  }

  @Test
  void escapesEveryTextItPrints() throws IOException {
    String html = renderer.html("statement", statement(HOSTILE_NAME));

    assertThat(html)
        .doesNotContain("<b>Rivera</b>")
        .doesNotContain("<script>")
        .contains("Ana &lt;b&gt;Rivera&lt;/b&gt; &amp; &quot;Co&quot;");
    assertThat(text(DocumentRenderer.pdf(html))).contains("Ana <b>Rivera</b> & \"Co\"");
  }
}
