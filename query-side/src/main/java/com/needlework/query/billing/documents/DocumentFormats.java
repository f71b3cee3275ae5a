package com.needlework.query.billing.documents;

import com.needlework.api.common.Money;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the documents write amounts ($1,234.50, exactly) and dates (12/02/2026), US style. */
public final class DocumentFormats {

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

  public String money(Money money) {
    DecimalFormat format =
        new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    format.setNegativePrefix("-$");
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(money.amount());
  }

  public String date(LocalDate date) {
    return date == null ? "" : US_DATE.format(date);
  }
}
